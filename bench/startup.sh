#!/usr/bin/env bash
# Times what a key person feels: the start of the short commands, through ./hlt as a user runs them (JVM start,
# class-data sharing archive, JIT settings of the launcher). Prints the median wall and CPU time of each command over
# RUNS runs (default 10), taken in turn, with a machine line. Issue 16's targets: hlt score of one form and hlt
# enter's first prompt under 0.3 s, hlt --help under 0.2 s.
#
#   bench/startup.sh        # 10 runs of each
#   bench/startup.sh 20
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${1:-10}"
./hlt --version >/dev/null  # builds the jar and the archive if needed, outside the timing
# A class the archive leaves out is read from the jar and verified at every start: the launcher keeps the dump's
# warnings, and a "Skipping" line names such a class (picocli's, when a lambda of its interfaces links it at dump
# time: see Hlt.Failures). Dynamic proxies ("Cannot find jdk/proxy...") cannot be archived by JDK 17 at all.
left_out="$(grep 'Skipping' hlt-assessment-cli/target/hlt.jsa.log 2>/dev/null | grep -v 'Hidden class' || true)"
if [ -n "$left_out" ]; then
    echo "startup.sh: the class-data archive left out classes of the jar:" >&2
    echo "$left_out" >&2
    exit 1
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "launcher: $(git log -1 --format=%h -- hlt 2>/dev/null || echo '?') $(git diff --quiet -- hlt 2>/dev/null || echo '(changed)')"
commands=(
    "score|./hlt score examples/sdq-parent-baseline.json"
    "help|./hlt --help"
    "enter (first prompt, then end of input)|./hlt enter sdq --id k-1 --out $scratch"
    "batch sdq, 10 rows|./hlt batch sdq --in examples/sdq-parent-batch.csv --out $scratch/out.csv"
)
for run in $(seq 1 "$runs"); do
    for c in "${commands[@]}"; do
        /usr/bin/time -f "${c%%|*}|%e|%U|%S" -a -o "$scratch/times" bash -c "${c#*|} </dev/null >/dev/null 2>&1" || true
    done
done
python3 - "$scratch/times" <<'PY'
import statistics, sys, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    if line.count("|") != 3:
        continue  # "Command exited with non-zero status": enter ends without input on purpose
    name, wall, user, system = line.rstrip("\n").split("|")
    runs[name].append((float(wall), float(user) + float(system)))
for name, values in runs.items():
    print(f"{name:40s} wall {statistics.median(v[0] for v in values):.2f} s, cpu {statistics.median(v[1] for v in values):.2f} s"
          f" (median of {len(values)})")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
