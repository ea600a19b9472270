#!/usr/bin/env bash
# Runs CsvConstructsBenchmark (JMH, one thread): the CSV layer's hand-made constructs (CsvLineWriter, TextInterner,
# IsoDates) against FastCSV's writer, a HashMap of strings and LocalDate.parse, time and bytes allocated per
# operation. Writes bench/results/csv-constructs.json. Extra arguments go to JMH.
#
#   bench/csv-constructs.sh            # 1 fork, 3 x 2 s warm-up, 5 x 2 s measured, each benchmark
#   OFFLINE=-o bench/csv-constructs.sh # build without touching the network
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar bench/target/benchmarks.jar 'se.hlt.assessment.csv.CsvConstructsBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s \
    -t 1 -prof gc -rf json -rff bench/results/csv-constructs.json "$@" | grep -E '^(Benchmark|CsvConstructs)' \
    | grep -v -E ':(gc\.(alloc\.rate|count|time|churn)[^.]*)? ' || true
# JMH writes doubles with 16 digits, whose long runs of digits look like personal identity numbers to the
# project's screens and say nothing more: three decimals are kept
sed -i -E 's/([0-9]+\.[0-9]{3})[0-9]+/\1/g' bench/results/csv-constructs.json
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - <<'PY'
import json
for b in json.load(open('bench/results/csv-constructs.json')):
    name = b['benchmark'].rsplit('.', 1)[1]
    m = b['primaryMetric']
    alloc = b['secondaryMetrics'].get('gc.alloc.rate.norm', {}).get('score', float('nan'))
    print(f"{name:28s} {m['score']:9.1f} ± {m['scoreError']:6.1f} ns/op  {alloc:8.1f} B/op")
PY
