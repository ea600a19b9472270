#!/usr/bin/env bash
# The hostile-input suite (HostileInputsTest) at length: more random mixes of broken CSV per command, and a seed
# of your choice, e.g. bench/hostile.sh 40 7. The suite in `mvn verify` runs 12 mixes with seed 12 (~750 inputs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mixes="${1:-60}"
seed="${2:-$RANDOM}"
cd "$here"
echo "hostile inputs: $mixes mixes per command, seed $seed" >&2
mvn -B -q -o test -pl hlt-assessment-cli -am -Dtest=HostileInputsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhlt.hostile.mixes="$mixes" -Dhlt.hostile.seed="$seed" -Dhlt.hostile.shown=50
