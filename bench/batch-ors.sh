#!/usr/bin/env bash
# Times `hlt batch ors --series` end to end, as a user runs it: JVM start, reading, scoring every form with the
# engine, assessing every client's series, and writing the output, series and errors files.
# Needs only a JDK and Maven.
#
#   bench/batch-ors.sh                      # 100,000 clients x 5 sessions x (ORS + SRS) = 1,000,000 rows
#   CLIENTS=10000 bench/batch-ors.sh        # a smaller file
#   CLIENTS=1000000 HEAP=64m bench/batch-ors.sh   # 10,000,000 rows, the memory run in a 64 MB heap
#   JAVA_OPTS=-XX:+UseSerialGC bench/batch-ors.sh   # JVM options for the timed run (./hlt passes JAVA_OPTS on)
#   OFFLINE=-o bench/batch-ors.sh           # build without touching the network
#
# The synthetic file comes from se.hlt.assessment.bench.OrsSessionsGenerator (the bench module; the same file for
# the same arguments). About one row in 500 has a deliberate mistake, so the run ends with exit code 1 and an
# errors file, as a real file would. After the timed run, the same file is run again with a 32 MB heap (HEAP=)
# to show that memory is bounded by the largest client's rows, plus 8 to 16 bytes per client (the fingerprints
# that notice a client whose rows are not together): 2,000,000 clients need more than 32 MB.
set -euo pipefail

cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
clients=${CLIENTS:-100000}
sessions=${SESSIONS:-5}

# Build the generator (the bench module's jar) and the command line, outside the timing.
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests > "$out/build.log" 2>&1 || {
    cat "$out/build.log" >&2
    exit 1
}
./hlt --version > /dev/null

java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.OrsSessionsGenerator \
    "$out/sessions.csv" "$clients" "$sessions"
rows=$(( $(wc -l < "$out/sessions.csv") - 1 ))
bytes=$(wc -c < "$out/sessions.csv")

run() {
    ./hlt batch ors --in "$out/sessions.csv" --out "$out/scored.csv" --series "$out/series.csv" \
        --errors "$out/errors.csv" --lang en 2> "$out/batch.log" || {
        code=$?
        # 1 means "done, and some rows are in the errors file": expected for this file
        if [[ $code -ne 1 ]]; then cat "$out/batch.log" >&2; exit "$code"; fi
    }
}

start=$(date +%s%N)
run
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))

echo "Input:     $rows rows ($clients clients), $(( bytes / 1024 / 1024 )) MB: $out/sessions.csv"
echo "Result:    $(head -1 "$out/batch.log")"
echo "Wall time: $(awk -v ms="$ms" 'BEGIN { printf "%.2f s", ms / 1000 }') end to end (JAVA_OPTS: ${JAVA_OPTS:-none})"
echo "Rate:      $(awk -v r="$rows" -v ms="$ms" 'BEGIN { printf "%.0f rows/s", r * 1000 / ms }')"
echo "Machine:   $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

heap="${HEAP:-32m}"
heap_opts="${JAVA_OPTS:-} -Xmx$heap"
if JAVA_OPTS="$heap_opts" run; then
    echo "Memory:    the same run completes with a $heap heap ($(head -1 "$out/batch.log"))"
fi
