#!/bin/sh
# Undo benchmark: imports ROWS new WoowUp customers into an empty sandbox,
# then undoes the import (a read and a delete per customer) with userdesk-cli undo, and prints the requests the
# undo took, its time at the limit used (6,000 a minute, to finish in
# seconds), the time that many requests take at the documented 140 a
# minute, and the journal's bytes per changed record.
#
#   bench/run_undo_bench.sh [BUILD_DIR] [ROWS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
rows=${2:-1000}
limit=6000
key=demo-woowup-key
data=${TMPDIR:-/tmp}/userdesk-bench/undo

. "$here/sandbox_common.sh"

python3 "$here/gen_import_customers.py" "$data" --rows "$rows"
start_sandbox --seed empty --woowup-rate "$limit" --woowup-window-ms 60000

now_ns() { date +%s%N; }
cli() {
    USERDESK_API_KEY=$key USERDESK_JOURNAL=$data/journal.sqlite \
        "$build/app/userdesk-cli" --service woowup --base-url "$base/apiv3/" "$@"
}
rm -f "$data/journal.sqlite" "$data/journal.sqlite-wal" "$data/journal.sqlite-shm"
cli import "$data/customers.csv" --rate-limit "$limit" --json >"$data/import.json"
id=$(cli history --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
bytes=$(python3 - "$data/journal.sqlite" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(sum(len(r[0] or "") + len(r[1] or "") + len(r[2] or "") + len(r[3] or "") + 64
          for r in db.execute("SELECT snapshot, after, fields, record_key FROM items")))
PY
)
curl -sf "$base/__sandbox/stats" >"$data/before.stats.json"
start=$(now_ns)
cli undo "$id" --rate-limit "$limit" --json >"$data/undo.json" || true
end=$(now_ns)
curl -sf "$base/__sandbox/stats" >"$data/after.stats.json"
python3 - "$data" "$start" "$end" "$bytes" <<'PY'
import json, sys
data, start, end, item_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
undo = json.load(open(f"{data}/undo.json"))
total = lambda s: json.load(open(f"{data}/{s}.stats.json"))["requests"]["total"]
requests = total("after") - total("before")
changed = undo["reverted"] + undo["conflicts"] + undo["failed"]
seconds = (end - start) / 1e9
print(f"undo of {changed} changes: reverted {undo['reverted']}, conflicts {undo['conflicts']}, "
      f"failed {undo['failed']}")
print(f"requests: {requests} ({requests / max(changed, 1):.2f} per change)")
print(f"time at 6,000/min: {seconds:.1f} s; at the documented 140/min: "
      f"{requests / 140:.1f} min")
print(f"journal history items: {item_bytes / max(changed, 1):.0f} bytes per changed record "
      f"(before-image, what was written, fields, key, row overhead)")
PY
