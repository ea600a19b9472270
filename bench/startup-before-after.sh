#!/usr/bin/env bash
# Alternates the start of the short commands between another checkout's ./hlt and this tree's, as
# bench/before-after.sh does for the long ones: each launcher with its own jar and class-data archive, as a user
# runs it. Prints a machine line and, per command, the median wall and CPU time of each build.
#
#   git worktree add /tmp/before 3c71bc0 && (cd /tmp/before && ./hlt --version)
#   bench/startup-before-after.sh /tmp/before [RUNS]       # RUNS defaults to 12
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(cd "${1:?usage: bench/startup-before-after.sh BEFORE_CHECKOUT [RUNS]}" && pwd)
after=$(pwd)
runs=${2:-12}
(cd "$before" && ./hlt --version >/dev/null) && ./hlt --version >/dev/null  # builds outside the timing
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
commands=(
    "score|./hlt score examples/sdq-parent-baseline.json"
    "help|./hlt --help"
    "enter|./hlt enter sdq --id k-1 --out OUT/k.json"  # the first prompt, then the end of input
    "batch10|./hlt batch sdq --in examples/sdq-parent-batch.csv --out OUT/scored.csv"
)
for ((i = 0; i < runs; i++)); do
    for build in before after; do
        dir=$before; [[ $build == after ]] && dir=$after
        rm -rf "${scratch:?}/$build" && mkdir -p "$scratch/$build"
        for c in "${commands[@]}"; do
            command=${c#*|}
            (cd "$dir" && /usr/bin/time -f "$build|${c%%|*}|%e|%U|%S" -a -o "$scratch/times" \
                bash -c "${command//OUT/$scratch/$build} </dev/null >/dev/null 2>&1") || true
        done
    done
done
python3 - "$scratch/times" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    parts = line.rstrip("\n").split("|")
    if len(parts) == 5:  # not "Command exited with non-zero status": enter ends without input on purpose
        runs[(parts[1], parts[0])].append((float(parts[2]), float(parts[3]) + float(parts[4])))
for name in ("score", "help", "enter", "batch10"):
    b, a = runs[(name, "before")], runs[(name, "after")]
    wall = lambda v: statistics.median(x[0] for x in v)
    cpu = lambda v: statistics.median(x[1] for x in v)
    print(f"{name:8s} wall {wall(b):.2f} -> {wall(a):.2f} s, cpu {cpu(b):.2f} -> {cpu(a):.2f} s (median of {len(a)})")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
