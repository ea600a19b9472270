#!/usr/bin/env bash
# Measures the scoring engine's single-thread throughput with JMH (se.hlt.assessment.bench.EngineBenchmark).
# Needs only a JDK and Maven. One JMH operation is one form scored, so ops/s is forms per second.
#
#   bench/engine.sh            # the default settings below
#   bench/engine.sh -i 10      # any extra arguments go to JMH, after the defaults (so they override them)
#   OFFLINE=-o bench/engine.sh # build without touching the network
#
# Nothing is installed into ~/.m2: the classes come from the reactor's target/ folders.
set -euo pipefail

cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"

# Compile main and test classes (JMH's annotation processor generates the benchmark code during test-compile),
# and write the test class path of the core module. Both in one reactor run, so that the norms module resolves
# to its freshly built target/classes, never to a stale jar in ~/.m2.
mvn -q ${OFFLINE:-} -pl hlt-assessment-core -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

core=hlt-assessment-core/target
if [[ ! -f "$core/test-classes/META-INF/BenchmarkList" ]]; then
    echo "JMH generated no benchmarks: the annotation processor did not run during test-compile." >&2
    echo "(JDK 23+ no longer runs processors found on the class path; configure annotationProcessorPaths.)" >&2
    exit 1
fi
classpath="$core/test-classes:$core/classes:$(cat "$core/bench-classpath.txt")"

# 1 fork, 3 warm-up iterations of 2 s, 5 measured iterations of 2 s, 1 thread, throughput in operations/second.
java -cp "$classpath" org.openjdk.jmh.Main 'se.hlt.assessment.bench.EngineBenchmark' \
    -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -bm thrpt -tu s \
    -rf csv -rff "$out/engine.csv" "$@"

echo
echo "Forms scored per second, one thread (target for scoreAnswerArray: 2,000,000):"
# JMH's CSV (CRLF line ends): "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
tail -n +2 "$out/engine.csv" | tr -d '"\r' | \
    awk -F, '$7 == "ops/s" { name = $1; sub(/.*\./, "", name); printf "  %-18s %12.0f forms/s  (+/- %.0f)\n", name, $5, $6 }'
