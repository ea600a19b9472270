#!/usr/bin/env bash
# Times `hlt batch sdq` end to end (JVM start included) on generated rows: random valid parent 4-17 baseline
# forms with about one cell in twenty empty. Needs only a JDK and Maven. Prints rows/second and wall time.
#
#   bench/batch-sdq.sh                       # 1,000,000 rows (issue 16's target: under 2.0 s)
#   bench/batch-sdq.sh 10000000 --xmx64m     # 10,000,000 rows in a 64 MB heap (the batch must stream)
#   OFFLINE=-o bench/batch-sdq.sh            # build without touching the network
#
# The ./hlt launcher builds the command line if it is stale (not timed) and passes JAVA_OPTS to the JVM.
# Nothing is installed into ~/.m2. Files go to bench/out/ (ignored by git); the input is kept for reruns.
set -euo pipefail

cd "$(dirname "$0")/.."
rows=1000000
heap=""
for arg in "$@"; do
    case "$arg" in
        --xmx64m) heap="-Xmx64m" ;;
        --xmx128m) heap="-Xmx128m" ;;
        ''|*[!0-9]*) echo "usage: bench/batch-sdq.sh [ROWS] [--xmx64m|--xmx128m]" >&2; exit 2 ;;
        *) rows="$arg" ;;
    esac
done
out=bench/out
mkdir -p "$out"
input="$out/batch-sdq-$rows.csv"

# The generator lives in the bench module (its jar, with the module's upstream built in the same reactor run).
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
if [[ ! -f "$input" ]]; then
    echo "Generating $rows rows into $input ..."
    java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqCsv "$rows" "$input"
fi
./hlt batch sdq --help > /dev/null  # builds the jar now if needed, so that the build is not timed

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Scoring $rows rows (${heap:-default heap}) ..."
start=$(date +%s%N)
status=0
JAVA_OPTS="$heap ${JAVA_OPTS:-}" ./hlt batch sdq --in "$input" --out "$out/batch-sdq-scored.csv" \
    2> "$out/batch-sdq-stderr.txt" || status=$?
end=$(date +%s%N)
cat "$out/batch-sdq-stderr.txt"
if [[ $status -ne 0 ]]; then
    echo "hlt batch sdq exited with $status (expected 0: every generated row is valid)" >&2
    exit 1
fi
if ! grep -q "^rows $rows, scored $rows, errors 0\(;.*\)\{0,1\}$" "$out/batch-sdq-stderr.txt"; then
    echo "unexpected summary (expected: rows $rows, scored $rows, errors 0)" >&2
    exit 1
fi

ms=$(( (end - start) / 1000000 ))
echo
awk -v rows="$rows" -v ms="$ms" 'BEGIN {
    printf "wall time %.2f s (JVM start included), %.0f rows/s\n", ms / 1000, rows / (ms / 1000) }'
echo "input $(du -h "$input" | cut -f1), output $(du -h "$out/batch-sdq-scored.csv" | cut -f1)"
