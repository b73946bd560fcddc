#!/bin/sh
# Undo benchmark, on ROWS WoowUp customers in an empty sandbox:
#  1. an import that creates them, then
#  2. an import that changes two fields of each (city, last name): ROWS
#     updates, whose undo reads each customer and patches the two fields back;
#  3. the undo of 2 (the updates), then the undo of 1 (the creates: a read
#     and a delete per customer).
# For each undo: the requests it took (from the sandbox's counters), its
# time at the limit used here (6,000 a minute, to finish in seconds), the
# time that many requests take at WoowUp's documented 140 a minute, and the
# journal's bytes per changed record.
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
# The same customers, two fields changed: every row an update.
python3 - "$data/customers.csv" "$data/changed.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as src, \
        open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    reader = csv.DictReader(src)
    writer = csv.DictWriter(out, reader.fieldnames, lineterminator="\r\n")
    writer.writeheader()
    for row in reader:
        row["city"] = "Mar del Plata" if row["city"] != "Mar del Plata" else "Salta"
        row["last_name"] = row["last_name"] + "-Ruiz"
        writer.writerow(row)
PY
start_sandbox --seed empty --woowup-rate "$limit" --woowup-window-ms 60000

now_ns() { date +%s%N; }
cli() {
    USERDESK_API_KEY=$key USERDESK_JOURNAL=$data/journal.sqlite \
        "$build/app/userdesk-cli" --service woowup --base-url "$base/apiv3/" "$@"
}
newest() { cli history --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])'; }
rm -f "$data/journal.sqlite" "$data/journal.sqlite-wal" "$data/journal.sqlite-shm"
cli import "$data/customers.csv" --rate-limit "$limit" --json >"$data/import.json"
creates=$(newest)
cli import "$data/changed.csv" --rate-limit "$limit" --json >"$data/update.json"
updates=$(newest)

# undo NAME OPERATION: runs it, writes NAME.json and NAME.figures
undo() {
    bytes=$(python3 - "$data/journal.sqlite" "$2" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(sum(len(r[0] or "") + len(r[1] or "") + len(r[2] or "") + len(r[3] or "") + 64
          for r in db.execute("SELECT snapshot, after, fields, record_key FROM items "
                              "WHERE operation_id = ?", (int(sys.argv[2]),))))
PY
)
    curl -sf "$base/__sandbox/stats" >"$data/before.stats.json"
    start=$(now_ns)
    cli undo "$2" --rate-limit "$limit" --json >"$data/$1.json" || true
    end=$(now_ns)
    curl -sf "$base/__sandbox/stats" >"$data/after.stats.json"
    python3 - "$data" "$1" "$start" "$end" "$bytes" <<'PY'
import json, sys
data, name, start, end, item_bytes = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
undo = json.load(open(f"{data}/{name}.json"))
total = lambda s: json.load(open(f"{data}/{s}.stats.json"))["requests"]["total"]
requests = total("after") - total("before")
changed = undo["reverted"] + undo["conflicts"] + undo["failed"]
seconds = (end - start) / 1e9
print(f"{name}: {changed} changes: reverted {undo['reverted']}, conflicts {undo['conflicts']}, "
      f"failed {undo['failed']}")
print(f"  requests: {requests} ({requests / max(changed, 1):.2f} per change)")
print(f"  time at 6,000/min: {seconds:.1f} s; at the documented 140/min: "
      f"{requests / 140:.1f} min")
print(f"  journal: {item_bytes / max(changed, 1):.0f} bytes per changed record of the operation "
      f"undone (before-image, what was written, fields, key, row overhead)")
PY
}
undo undo-updates "$updates"
undo undo-creates "$creates"
