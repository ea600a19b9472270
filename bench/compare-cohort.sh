#!/usr/bin/env bash
# Times `hlt compare` and then `hlt cohort --by area,ageband` end to end, as a user runs them (JVM start
# included), on generated baseline and follow-up files. Needs only a JDK and Maven.
#
#   bench/compare-cohort.sh                  # 1,000,000 baseline + 1,000,000 follow-up rows (issue 16's target: under 6 s)
#   bench/compare-cohort.sh 100000           # smaller files
#   JAVA_OPTS=-Xmx2g bench/compare-cohort.sh # JVM options for the timed runs (./hlt passes JAVA_OPTS on)
#   OFFLINE=-o bench/compare-cohort.sh       # build without touching the network
#
# The files come from se.hlt.assessment.bench.GenerateSdqPairsCsv (the bench module; the same files for the same
# arguments): parent 4-17 forms with id, date, age, sex, area, period and consent, about one cell in twenty
# empty; about one child in a hundred has no follow-up and one in two hundred a second baseline, so compare ends
# with exit code 1 (some rows unmatched or in conflict), as with real files. Files go to bench/out/ (ignored by
# git) and are kept for reruns. Nothing is installed into ~/.m2.
set -euo pipefail

cd "$(dirname "$0")/.."
rows=${1:-1000000}
case "$rows" in ''|*[!0-9]*) echo "usage: bench/compare-cohort.sh [ROWS]" >&2; exit 2 ;; esac
out=bench/out
mkdir -p "$out"

# Build the generator (the bench module's jar) and the command line, outside the timing.
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests > "$out/build.log" 2>&1 || {
    cat "$out/build.log" >&2
    exit 1
}
./hlt --version > /dev/null

baseline="$out/compare-baseline-$rows.csv"
followup="$out/compare-followup-$rows.csv"
if [[ ! -f "$baseline" || ! -f "$followup" ]]; then
    echo "Generating $rows baseline and $rows follow-up rows ..."
    java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqPairsCsv "$rows" \
        "$baseline" "$followup"
fi

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.2f", ns / 1e9 }'; }

echo "Pairing $rows + $rows rows, then the cohort by area and age band ..."
start=$(now)
code=0
./hlt compare --baseline "$baseline" --followup "$followup" --out "$out/pairs.csv" --lang en \
    2> "$out/compare.log" || code=$?
middle=$(now)
if [[ $code -gt 1 ]]; then
    cat "$out/compare.log" >&2
    echo "hlt compare exited with $code" >&2
    exit 1
fi
./hlt cohort "$out/pairs.csv" --by area,ageband --out "$out/cohort.csv" --lang en \
    > "$out/cohort.txt" 2> "$out/cohort.log" || {
    code=$?
    cat "$out/cohort.log" >&2
    echo "hlt cohort exited with $code" >&2
    exit 1
}
end=$(now)

echo
echo "compare: $(head -1 "$out/compare.log")"
echo "cohort:  $(head -1 "$out/cohort.log")"
echo
echo "hlt compare  $(seconds $((middle - start))) s"
echo "hlt cohort   $(seconds $((end - middle))) s"
echo "total        $(seconds $((end - start))) s (JVM starts included; issue 16's target: under 6 s)"
echo "input $(du -ch "$baseline" "$followup" | tail -1 | cut -f1), pairs $(du -h "$out/pairs.csv" | cut -f1)," \
    "cohort $(wc -l < "$out/cohort.csv") lines"
