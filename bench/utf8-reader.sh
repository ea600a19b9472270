#!/usr/bin/env bash
# Runs Utf8ReaderBenchmark (JMH, one thread): the CSV readers' UTF-8 decoding (Utf8Reader) against the JDK's strict
# reader, on a megabyte of SDQ rows with Swedish place names and on the same rows in ASCII. Writes
# bench/results/utf8-reader.json. Extra arguments go to JMH.
#
#   bench/utf8-reader.sh               # 1 fork, 3 x 2 s warm-up, 5 x 2 s measured, each benchmark and text
#   OFFLINE=-o bench/utf8-reader.sh    # build without touching the network
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -jar bench/target/benchmarks.jar 'se.hlt.assessment.csv.Utf8ReaderBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s \
    -t 1 -rf json -rff bench/results/utf8-reader.json "$@" | grep -E '^(Benchmark|Utf8Reader)' || true
sed -i -E 's/([0-9]+\.[0-9]{3})[0-9]+/\1/g' bench/results/utf8-reader.json
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
