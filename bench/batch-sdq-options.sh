#!/usr/bin/env bash
# Times `hlt batch sdq` on one generated file under several JVM option sets, in alternating runs, checks that
# every set writes the same bytes, and prints every run and each set's median. For choices such as the garbage
# collector, or one reading thread against two (-XX:ActiveProcessorCount=1 makes the JVM see one core, so the
# file is read front to back by one thread; it also leaves the JVM one fewer compiler and collector thread).
#
#   bench/batch-sdq-options.sh [-n ROWS] [-r RUNS] 'LABEL=JAVA OPTIONS' ...
#   bench/batch-sdq-options.sh 'default=' 'serial=-XX:+UseSerialGC' 'one core=-XX:+UseSerialGC -XX:ActiveProcessorCount=1'
#
# Defaults: 1,000,000 rows, 5 runs. The input is made by the bench module's generator and kept in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=1000000
runs=5
while getopts "n:r:" flag; do
    case "$flag" in
        n) rows=$OPTARG ;;
        r) runs=$OPTARG ;;
        *) echo "usage: bench/batch-sdq-options.sh [-n ROWS] [-r RUNS] 'LABEL=JAVA OPTIONS' ..." >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
(( $# >= 1 )) || { echo "give at least one 'LABEL=JAVA OPTIONS'" >&2; exit 2; }
out=bench/out
mkdir -p "$out"
input="$out/batch-sdq-$rows.csv"
if [[ ! -f "$input" ]]; then
    mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
    java -cp bench/target/benchmarks.jar se.hlt.assessment.bench.GenerateSdqCsv "$rows" "$input"
fi
./hlt batch sdq --help > /dev/null  # builds the jar now if needed, so that the build is not timed

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times
for ((i = 1; i <= runs; i++)); do
    line="run $i:"
    for ((k = 1; k <= $#; k++)); do
        set_=${!k}
        label=${set_%%=*}
        t0=$(date +%s%N)
        JAVA_OPTS="${set_#*=} ${JAVA_OPTS:-}" ./hlt batch sdq --in "$input" --out "$out/options-$k.csv" 2>/dev/null
        t1=$(date +%s%N)
        s=$(awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }')
        times[$k]="${times[$k]:-} $s"
        line="$line  $label $s s"
    done
    echo "$line"
done
for ((k = 2; k <= $#; k++)); do
    cmp "$out/options-1.csv" "$out/options-$k.csv"
    cmp "$out/options-1.errors.csv" "$out/options-$k.errors.csv"
done
echo "every set wrote the same bytes"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((k = 1; k <= $#; k++)); do
    set_=${!k}
    median=$(printf '%s\n' ${times[$k]} | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "median of $runs runs over $rows rows: ${set_%%=*} ($(printf '%s' "${set_#*=}")) $median s"
done
