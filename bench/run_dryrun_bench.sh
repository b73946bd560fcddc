#!/bin/sh
# The import's real path at scale: `userdesk-cli import FILE --dry-run`
# (read, map, validate, plan against the account: the import dialog's check
# step, through the same ImportSession) against an empty WoowUp account in
# the sandbox, beside `csvbench FILE full` (read, map, validate, nothing
# kept) over the same file in the same run. For each row count it generates
# an 18-column customers file, all rows valid and new
# (gen_valid_customers.py, kept between runs), and prints the wall and CPU
# seconds and the peak RSS (/usr/bin/time -v) of both, and their ratios.
#
#   bench/run_dryrun_bench.sh [BUILD_DIR] [ROWS...]
# ROWS defaults to 100000 1000000. Targets (issue 20): the dry run within
# 2.5x csvbench's time; under 100 MB at 100,000 rows, 300 MB at 1,000,000.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
[ $# -gt 0 ] && shift
counts=${*:-100000 1000000}
key=demo-woowup-key
data=${TMPDIR:-/tmp}/userdesk-bench/dryrun

if [ ! -x /usr/bin/time ]; then
    "$root/scripts/install-deps.sh"
fi
. "$here/sandbox_common.sh"
cmake --build "$build" --target csvbench >>"$data/build.log" 2>&1

start_sandbox --seed empty

# run NAME COMMAND...: wall and CPU seconds and peak RSS (kB) from time -v.
run() {
    name=$1
    shift
    /usr/bin/time -v "$@" >"$data/$name.out" 2>"$data/$name.time" || {
        echo "$name failed:" >&2
        tail -20 "$data/$name.out" "$data/$name.time" >&2
        exit 1
    }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$data/$name.time" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    user=$(sed -n 's/.*User time (seconds): //p' "$data/$name.time")
    sys=$(sed -n 's/.*System time (seconds): //p' "$data/$name.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$data/$name.time")
    echo "$name wall=$wall cpu=$(echo "$user $sys" | awk '{ print $1 + $2 }') rss_kb=$rss"
}

echo "== Import dry run vs csvbench full (empty WoowUp account, all rows valid)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
results=
for rows in $counts; do
    csv=$data/valid-$rows.csv
    if [ ! -f "$csv" ]; then
        echo "generating $csv …"
        python3 "$here/gen_valid_customers.py" "$csv" --rows "$rows"
    fi
    curl -sf -X POST "$base/__sandbox/reset" >/dev/null
    rm -f "$data/journal.sqlite"
    csvbench=$(run "csvbench-$rows" "$build/bench/csvbench" "$csv" full)
    dryrun=$(USERDESK_API_KEY=$key USERDESK_JOURNAL=$data/journal.sqlite \
        run "dryrun-$rows" "$build/app/userdesk-cli" --service woowup \
        --base-url "$base/apiv3/" import "$csv" --dry-run)
    echo "$csvbench"
    echo "$dryrun"
    sed -n 's/^plan: /  plan: /p' "$data/dryrun-$rows.out"
    results="$results $rows $(stat -c %s "$csv") ${csvbench#* } ${dryrun#* }"
done

python3 - $results <<'PY'
import sys
args = sys.argv[1:]
def value(pair):
    return float(pair.split("=")[1])
print(f"\n{'rows':>9}{'MB':>7} | {'csvbench s':>11}{'cpu':>7}{'MB':>7} | {'dry run s':>10}"
      f"{'cpu':>7}{'MB':>8} | {'x time':>7}{'x cpu':>7}{'us/row':>8}{'KB/row':>8}")
for i in range(0, len(args), 8):
    rows, size = int(args[i]), int(args[i + 1])
    bw, bc, br, dw, dc, dr = map(value, args[i + 2:i + 8])
    print(f"{rows:9}{size / 1e6:7.1f} | {bw:11.2f}{bc:7.2f}{br / 1024:7.1f} | {dw:10.2f}"
          f"{dc:7.2f}{dr / 1024:8.1f} | {dw / bw:7.2f}{dc / bc:7.2f}{dc / rows * 1e6:8.1f}"
          f"{(dr - br) / rows:8.2f}")
print("targets: dry run within 2.5x csvbench's time; peak < 100 MB at 100,000 rows, "
      "< 300 MB at 1,000,000")
PY
