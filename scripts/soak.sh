#!/bin/sh
# Fault soak: OPS mixed WoowUp operations (default 5000: CSV
# imports, edits, bulk deletes, restores) through the real engines against
# the sandbox with 20% faults and 5 ms latency, then the server compared
# with what the engines reported. SEED replays a run (default: random,
# printed). Builds tst_faultsoak in ./build-soak (or $USERDESK_SOAK_BUILD_DIR)
# and prints operations by kind, faults by kind, failures reported, the
# person's retries, duplicates, lost records and the time taken. Exit 0
# only when nothing was created twice, lost or changed unasked.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_SOAK_BUILD_DIR:-$root/build-soak}
ops=${1:-5000}
seed=${2:-}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DUSERDESK_WERROR=ON -DUSERDESK_BUILD_BENCH=OFF
cmake --build "$build" --target tst_faultsoak --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export USERDESK_SOAK_OPS="$ops"
if [ -n "$seed" ]; then
    export USERDESK_SOAK_SEED="$seed"
fi
# The soak's own lines and Qt Test's verdict; the whole output stays in the log.
log="$build/soak.log"
status=0
"$build/tests/system/soak/tst_faultsoak" -maxwarnings 0 soak >"$log" 2>&1 || status=$?
grep -E 'soak:|^PASS|^FAIL|^Totals|Loc:' "$log" || true
echo "full output: $log"
exit "$status"
