#!/usr/bin/env bash
# Alternates runs of two builds of the command line on the same generated inputs, as the redesign issue asks
# ("alternating before/after runs on the same machine"), and prints every run and the median of each command.
#
#   bench/before-after.sh BEFORE.jar [AFTER.jar] [ROWS] [RUNS]
#
# AFTER.jar defaults to this tree's hlt-assessment-cli/target/hlt.jar, ROWS to 1,000,000, RUNS to 3. Since
# 2026-12-07 that jar holds the command line's classes only and names its dependencies in lib/ beside it: to keep a
# build for later, copy its whole target folder (hlt.jar and lib/), e.g. cp -r hlt-assessment-cli/target /tmp/before.
# The commands
# are those of bench/batch-sdq.sh, bench/compare-cohort.sh and bench/batch-ors.sh, with the JVM flags ./hlt gives
# them (compare and cohort: C1 only and the serial collector; batch: the serial collector). Inputs come from the bench module's generators and
# stay in bench/out/ for reruns. A first line gives the machine (cores, JDK, load), since a shared machine's load
# moves every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: bench/before-after.sh BEFORE.jar [AFTER.jar] [ROWS] [RUNS]}
after=${2:-hlt-assessment-cli/target/hlt.jar}
rows=${3:-1000000}
runs=${4:-3}
out=bench/out
mkdir -p "$out"
[[ -f bench/target/benchmarks.jar ]] || mvn -q -B ${OFFLINE:-} -pl bench -am package -DskipTests
gen() { java -cp bench/target/benchmarks.jar "se.hlt.assessment.bench.$1" "${@:2}"; }
[[ -f "$out/batch-sdq-$rows.csv" ]] || gen GenerateSdqCsv "$rows" "$out/batch-sdq-$rows.csv"
[[ -f "$out/compare-baseline-$rows.csv" ]] || gen GenerateSdqPairsCsv "$rows" "$out/compare-baseline-$rows.csv" \
    "$out/compare-followup-$rows.csv"
[[ -f "$out/sessions.csv" ]] || gen OrsSessionsGenerator "$out/sessions.csv" 100000 5

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
step() { # name jar -> seconds
    local name=$1 jar=$2 t0 t1
    t0=$(date +%s%N)
    case "$name" in
        batch-sdq) java -XX:+UseSerialGC -jar "$jar" batch sdq --in "$out/batch-sdq-$rows.csv" --out "$out/ba-scored.csv" \
                       --errors "$out/ba-errors.csv" --lang en 2>/dev/null || true ;;
        compare) java "${fast[@]}" -jar "$jar" compare --baseline "$out/compare-baseline-$rows.csv" \
                     --followup "$out/compare-followup-$rows.csv" --out "$out/ba-pairs.csv" --lang en 2>/dev/null || true ;;
        cohort) java "${fast[@]}" -jar "$jar" cohort "$out/ba-pairs.csv" --by area,ageband --out "$out/ba-cohort.csv" \
                    --lang en >/dev/null 2>&1 || true ;;
        batch-ors) java -XX:+UseSerialGC -jar "$jar" batch ors --in "$out/sessions.csv" --out "$out/ba-ors.csv" \
                       --series "$out/ba-series.csv" --errors "$out/ba-ors-errors.csv" --lang en 2>/dev/null || true ;;
    esac
    t1=$(date +%s%N)
    awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for name in batch-sdq compare cohort batch-ors; do
    b=(); a=()
    for ((i = 0; i < runs; i++)); do
        b+=("$(step "$name" "$before")")
        a+=("$(step "$name" "$after")")  # compare leaves ba-pairs.csv for cohort: the after build's, every time
    done
    mb=$(median "${b[@]}"); ma=$(median "${a[@]}")
    printf '%-10s before %s  after %s  median %s -> %s s (%s%%)\n' "$name" "${b[*]}" "${a[*]}" "$mb" "$ma" \
        "$(awk -v x="$mb" -v y="$ma" 'BEGIN { printf "%+.0f", (y - x) / x * 100 }')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
