#!/bin/sh
# Import-rate benchmark: N new WoowUp customers into a
# sandbox with 50 ms latency and a limit of 6,000 requests per 60 s, by
#   ours        userdesk-cli import --rate-limit 6000 (journalled, limited)
#   curl loop   one `curl` POST after another
#   xargs -P 16 sixteen `curl` POSTs at a time (no limiter, no retry)
# each against a freshly reset sandbox, and prints rows/s, requests/min
# against the limit, failed rows and duplicate creates. Ours also gets a
# sending-phase rate: from its "plan:" line (printed when the lookups are
# done) to its last line.
#
#   bench/run_import_bench.sh [BUILD_DIR] [ROWS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
rows=${2:-2000}
limit=6000
latency=50
key=demo-woowup-key
data=${TMPDIR:-/tmp}/userdesk-bench/import

. "$here/sandbox_common.sh"

python3 "$here/gen_import_customers.py" "$data" --rows "$rows"

start_sandbox --seed empty --latency-ms "$latency" \
    --woowup-rate "$limit" --woowup-window-ms 60000

now_ns() { date +%s%N; }
fresh() { curl -sf -X POST "$base/__sandbox/reset" >/dev/null; }
stats() { curl -sf "$base/__sandbox/stats" >"$data/$1.stats.json"; }

# ours: every output line stamped, so planning and sending can be told apart
fresh
rm -f "$data/journal.sqlite"
start=$(now_ns)
USERDESK_API_KEY=$key USERDESK_JOURNAL=$data/journal.sqlite \
    "$build/app/userdesk-cli" --service woowup --base-url "$base/apiv3/" \
    import "$data/customers.csv" --rate-limit "$limit" --json 2>"$data/ours.err" \
    | while IFS= read -r line; do echo "$(now_ns) $line"; done >"$data/ours.out" || true
end=$(now_ns)
echo "$start $end" >"$data/ours.time"
stats ours

post() {
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H "Authorization: Basic $key" \
        -H 'Content-Type: application/json' --data-binary "@$1" "$base/apiv3/users" || true
}

# baseline (a): a shell loop
fresh
start=$(now_ns)
for body in "$data"/bodies/*.json; do
    post "$body"
done >"$data/loop.codes"
end=$(now_ns)
echo "$start $end" >"$data/loop.time"
stats loop

# baseline (b): xargs -P 16
fresh
start=$(now_ns)
ls "$data"/bodies/*.json | xargs -P 16 -I{} curl -s -o /dev/null -w '%{http_code}\n' \
    -X POST -H "Authorization: Basic $key" -H 'Content-Type: application/json' \
    --data-binary @{} "$base/apiv3/users" >"$data/xargs.codes" || true
end=$(now_ns)
echo "$start $end" >"$data/xargs.time"
stats xargs

python3 - "$data" "$rows" "$limit" "$latency" <<'PY'
import json, sys
data, rows, limit, latency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])

def load(name):
    start, end = map(int, open(f"{data}/{name}.time").read().split())
    stats = json.load(open(f"{data}/{name}.stats.json"))
    return (end - start) / 1e9, stats

def posts(stats):
    return sum(stats["requests"]["by_route"].get("POST /apiv3/users", {}).values())

results = []
seconds, stats = load("ours")
lines = [l.rstrip("\n").split(" ", 1) for l in open(f"{data}/ours.out", encoding="utf-8")]
summary = {}
plan_ns = last_ns = None
for stamp, text in lines:
    if text.startswith("plan:"):
        plan_ns = int(stamp)
    if text.startswith("{"):
        summary = json.loads(text)
        last_ns = int(stamp)
if not summary:
    print("userdesk-cli import printed no result:", open(f"{data}/ours.err").read(), file=sys.stderr)
failed = summary.get("failed", rows) + summary.get("not_sent", 0) + summary.get("invalid", 0)
sending = (last_ns - plan_ns) / 1e9 if plan_ns and last_ns else None
results.append(("userdesk-cli import", seconds, failed, stats, sending))
for name, label in (("loop", "curl loop (sequential)"), ("xargs", "xargs -P 16 curl")):
    seconds, stats = load(name)
    codes = open(f"{data}/{name}.codes").read().split()
    failed = sum(1 for c in codes if not c.startswith("2")) + (rows - len(codes))
    results.append((label, seconds, failed, stats, None))

print(f"== 2. Import rate: {rows} new WoowUp customers, sandbox latency {latency} ms, "
      f"limit {limit} requests/60 s")
# The curl baselines are bound by process start-up, so by the CPU: say how busy it was.
print("load average at the end: " + " ".join(open("/proc/loadavg").read().split()[:3]))
print(f"{'':24}{'wall s':>8}{'rows/s':>8}{'req/min':>9}{'% limit':>9}{'failed':>8}"
      f"{'429s':>6}{'dupes':>7}{'stored':>8}{'requests':>10}")
for label, seconds, failed, stats, _ in results:
    done = rows - failed
    total = stats["requests"]["total"]
    per_min = total / seconds * 60
    print(f"{label:24}{seconds:8.2f}{done / seconds:8.1f}{per_min:9.0f}{per_min / limit * 100:8.1f}%"
          f"{failed:8}{stats['requests']['by_status'].get('429', 0):6}"
          f"{stats['duplicate_creates']:7}{stats['woowup_customers']:8}{total:10}")
label, seconds, failed, stats, sending = results[0]
if sending:
    sent = posts(stats)
    per_min = sent / sending * 60
    print(f"ours, sending phase only: {sending:.2f} s, {sent} creates, {sent / sending:.1f} rows/s, "
          f"{per_min:.0f} requests/min = {per_min / limit * 100:.1f}% of the limit "
          f"(planning took {seconds - sending:.2f} s incl. process start, "
          f"{stats['requests']['total'] - sent} request(s))")
ours_rate = (rows - results[0][2]) / results[0][1]
for label, seconds, failed, _, _ in results[1:]:
    rate = (rows - failed) / seconds
    print(f"ratio ours / {label}: {ours_rate / rate:.2f}x rows/s" if rate else
          f"ratio ours / {label}: n/a (no rows imported)")
ok = results[0][2] == 0 and results[0][3]["duplicate_creates"] == 0 \
    and results[0][3]["woowup_customers"] == rows
print("targets (>= 95% of the limit while sending, 0 failed, 0 duplicates): "
      + ("met" if ok and sending and posts(results[0][3]) / sending * 60 >= 0.95 * limit
         else "NOT met"))
PY
