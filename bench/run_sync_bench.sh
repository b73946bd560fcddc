#!/bin/sh
# Wazzup sync benchmark: a 1,000-user staff file synced
# with --delete-missing into an account of 600 users (200 of them differ,
# 100 are not in the file). Counts the requests the sandbox received during
# the sync, by route, from /__sandbox/stats before and after it (the seed
# stays: reset would wipe it), compares them with the minimum the API
# allows, and checks the server against the file. Exits 1 when the sync
# sent more than the minimum or the server differs from the file.
#
#   bench/run_sync_bench.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
key=demo-wazzup-key
data=${TMPDIR:-/tmp}/userdesk-bench/sync

. "$here/sandbox_common.sh"

python3 "$here/gen_wazzup_sync.py" "$data"

start_sandbox --seed empty --latency-ms 50
echo "$base $key" >"$data/base"

python3 "$here/wazzup_sync_check.py" seed "$base" "$key" "$data/server.json"
curl -sf "$base/__sandbox/stats" >"$data/before.json"
rm -f "$data/journal.sqlite"
start=$(date +%s%N)
status=0
USERDESK_API_KEY=$key USERDESK_JOURNAL=$data/journal.sqlite \
    "$build/app/userdesk-cli" --service wazzup --base-url "$base/v3/" \
    import "$data/users.csv" --delete-missing --max-delete 100 --json >"$data/cli.out" 2>"$data/cli.err" || status=$?
end=$(date +%s%N)
curl -sf "$base/__sandbox/stats" >"$data/after.json"

python3 "$here/wazzup_sync_check.py" report "$data" || status=1
echo "sync wall time: $(( (end - start) / 1000000 )) ms (sandbox latency 50 ms)"
if [ -s "$data/cli.err" ]; then
    echo "userdesk-cli said:"
    cat "$data/cli.err"
fi
exit "$status"
