#!/usr/bin/env bash
# Measures the scoring engine's single-thread throughput with JMH (se.hlt.assessment.bench.EngineBenchmark).
# Needs only a JDK and Maven. One JMH operation is one form scored, so ops/s is forms per second; JMH's GC
# profiler (-prof gc) adds the bytes allocated per form (gc.alloc.rate.norm).
#
#   bench/engine.sh            # the default settings below
#   bench/engine.sh -i 10      # any extra arguments go to JMH, in place of the defaults they name
#   OFFLINE=-o bench/engine.sh # build without touching the network
#
# The results go to bench/results/engine.json (JMH's JSON, committed; see bench/results/README.md), so a run
# replaces the committed figures: commit them with the machine line, or `git checkout bench/results` them away.
# Nothing is installed into ~/.m2: the benchmarks jar is built by a reactor run from the bench module's sources.
set -euo pipefail

cd "$(dirname "$0")/.."
out=bench/out
results=bench/results
mkdir -p "$out" "$results"

# Build bench/target/benchmarks.jar (JMH's annotation processor generates the benchmark code while the bench
# module compiles) in one reactor run with its upstream modules, so that core and norms come from their fresh
# target/ folders, never from a stale jar in ~/.m2.
mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests

jar=bench/target/benchmarks.jar
if [[ ! -f bench/target/classes/META-INF/BenchmarkList ]]; then
    echo "JMH generated no benchmarks: the annotation processor did not run while the bench module compiled." >&2
    echo "(It must be named in maven-compiler-plugin's annotationProcessorPaths in bench/pom.xml.)" >&2
    exit 1
fi

# The summary below reads the JSON file JMH wrote: the default one, or the one an extra -rff named.
json="$results/engine.json"
args=("$@")
for ((i = 0; i + 1 < ${#args[@]}; i++)); do
    if [[ ${args[i]} == -rff ]]; then json=${args[i + 1]}; fi
done

# 1 fork, 3 warm-up iterations of 2 s, 5 measured iterations of 2 s, 1 thread, throughput in operations/second,
# and the GC profiler for the allocation per operation. JMH refuses an option given twice, so a default that the
# extra arguments give again is left out.
defaults=(-f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -bm thrpt -tu s -rf json -rff "$results/engine.json")
options=()
for ((d = 0; d < ${#defaults[@]}; d += 2)); do
    given=false
    for a in "$@"; do [[ $a == "${defaults[d]}" ]] && given=true; done
    $given || options+=("${defaults[d]}" "${defaults[d + 1]}")
done
java -jar "$jar" 'se.hlt.assessment.bench.EngineBenchmark' "${options[@]}" -prof gc "$@"
# JMH writes doubles with 16 digits, whose long runs of digits look like personal identity numbers to the
# project's screens and say nothing more: three decimals are kept
sed -i -E 's/([0-9]+\.[0-9]{3})[0-9]+/\1/g' "$json"

# JMH's JSON, pretty-printed one field a line: each benchmark's "benchmark" name, then its "primaryMetric"
# (ops/s) and its "secondaryMetrics" (the GC profiler's, among them gc.alloc.rate.norm in B/op), each with a
# "score" and a "scoreError" ("NaN", quoted, when there are too few iterations for an error).
summary() {
    awk -v want="$1" '
        /"benchmark" *:/ { name = $0; sub(/.*\./, "", name); sub(/".*/, "", name); metric = "" }
        /"primaryMetric" *:/ { metric = "primary" }
        /"gc\.alloc\.rate\.norm" *:/ { metric = "norm" }
        /"[a-z.]+" *: *\{/ && !/"(primaryMetric|gc\.alloc\.rate\.norm|secondaryMetrics|scorePercentiles)"/ { metric = "" }
        metric == want && /"score" *:/ { v = $0; sub(/.*: */, "", v); gsub(/[",]/, "", v); score = v }
        metric == want && /"scoreError" *:/ {
            e = $0; sub(/.*: */, "", e); gsub(/[",]/, "", e)
            printf "%s %s %s\n", name, score, e
        }' "$json"
}

echo
echo "Forms scored per second, one thread (target for scoreAnswerArray, issue 16: 5,000,000):"
summary primary | awk '{ printf "  %-18s %12.0f forms/s  (+/- %.0f)\n", $1, $2, $3 }'
echo "Bytes allocated per form (JMH's gc.alloc.rate.norm):"
summary norm | awk '{ printf "  %-18s %12.0f B/form\n", $1, $2 }'
echo "JMH's results: $json"
