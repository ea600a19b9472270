#!/usr/bin/env bash
# Times `hlt batch sdq` against a plain Python scorer of the same rules (bench/python/sdq_score.py: the csv module,
# the same definition and norms files, no dependencies) on the same generated parent 4-17 rows with age and sex,
# in alternating runs, and prints each run, the medians and the ratio, with a machine line (cores, JDK, Python,
# load), since a shared machine's load moves every figure.
#
#   bench/python-vs-hlt.sh                 # 1,000,000 rows, 3 runs each
#   bench/python-vs-hlt.sh 200000 5        # 200,000 rows, 5 runs each
#   OFFLINE=-o bench/python-vs-hlt.sh      # build without touching the network
#
# Before timing, the two must agree: on the first 20,000 rows every score, band and z-score the Python scorer writes
# must be the one hlt writes, or the script stops (a fast wrong scorer would be no baseline).
set -euo pipefail

cd "$(dirname "$0")/.."
rows="${1:-1000000}"
runs="${2:-3}"
out=bench/out
mkdir -p "$out"
input="$out/batch-sdq-$rows.csv"
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
if [[ ! -f "$input" ]]; then
    echo "Generating $rows rows into $input ..."
    java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqCsv "$rows" "$input"
fi
./hlt batch sdq --help >/dev/null  # builds the jar now if needed, so that the build is not timed

head -20001 "$input" >"$out/py-sample.csv"
./hlt batch sdq --in "$out/py-sample.csv" --out "$out/py-sample-hlt.csv" 2>/dev/null
python3 bench/python/sdq_score.py "$out/py-sample.csv" "$out/py-sample-py.csv"
python3 bench/python/agree.py "$out/py-sample-hlt.csv" "$out/py-sample-py.csv"

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(python3 --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
seconds() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo "$(( (e - s) / 1000000 ))"; }
hlt_ms=(); py_ms=()
for run in $(seq 1 "$runs"); do
    h=$(seconds ./hlt batch sdq --in "$input" --out "$out/py-vs-hlt-hlt.csv")
    p=$(seconds python3 bench/python/sdq_score.py "$input" "$out/py-vs-hlt-py.csv")
    echo "run $run: hlt $h ms, python $p ms"
    hlt_ms+=("$h"); py_ms+=("$p")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
h=$(median "${hlt_ms[@]}"); p=$(median "${py_ms[@]}")
awk -v h="$h" -v p="$p" -v rows="$rows" 'BEGIN {
    printf "medians, %d rows: hlt batch sdq %.2f s (JVM start included), python %.2f s: hlt %.1f times as fast\n",
        rows, h / 1000, p / 1000, p / h }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
