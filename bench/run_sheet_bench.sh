#!/bin/sh
# Workbook reading benchmark: generates a 100,000-row, 18-column .xlsx
# (typed cells, shared strings) with openpyxl, then in the same run times
#   (a) sheetbench      - SheetReader, every row as the import gets it
#   (b) openpyxl        - load_workbook(read_only=True), every row's values
# and prints rows/s, the ratio to openpyxl and the peak RSS of each. Both
# run on one thread; besides the wall clock, rows per CPU second are
# printed: on a machine shared with other work the wall clock also counts
# waiting for a core, the CPU time only the work.
#
#   bench/run_sheet_bench.sh [BUILD_DIR] [ROWS]
# BUILD_DIR defaults to build-bench (configured RelWithDebInfo, -O2, if missing).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
rows=${2:-100000}
data=${TMPDIR:-/tmp}/userdesk-bench
xlsx=$data/customers-${rows}.xlsx
# Debian's Python with python3-openpyxl, whatever python3 is on the PATH.
python=/usr/bin/python3

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target sheetbench >/dev/null
bench=$build/bench/sheetbench

mkdir -p "$data"
if [ ! -f "$xlsx" ]; then
    echo "generating $xlsx …"
    "$python" "$here/gen_sheet_xlsx.py" "$xlsx" --rows "$rows"
fi
bytes=$(stat -c %s "$xlsx")

measure() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v "$@" 2>"$data/time.txt"
        rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$data/time.txt")
    else
        "$@"
        rss=
    fi
}

python_reader='
import sys, time
import openpyxl
start = time.perf_counter()
cpu_start = time.process_time()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
ws = wb.worksheets[0]
rows = fields = 0
for row in ws.iter_rows(values_only=True):
    rows += 1
    fields += len(row)
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
rss = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
print(f"mode=openpyxl rows={rows} fields={fields} seconds={seconds:.3f} cpu_seconds={cpu:.3f} peak_rss={rss}kB")
'

echo "file: $xlsx ($bytes bytes)"
for mode in userdesk openpyxl; do
    if [ "$mode" = openpyxl ]; then
        measure "$python" -c "$python_reader" "$xlsx" >"$data/sheet-$mode.txt"
    else
        measure "$bench" "$xlsx" >"$data/sheet-$mode.txt"
    fi
    line=$(cat "$data/sheet-$mode.txt")
    count=$(echo "$line" | sed -n 's/.* rows=\([0-9]*\).*/\1/p')
    seconds=$(echo "$line" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
    cpu=$(echo "$line" | sed -n 's/.* cpu_seconds=\([0-9.]*\).*/\1/p')
    [ -n "$rss" ] || rss=$(echo "$line" | sed -n 's/.* peak_rss=\([0-9]*\)kB.*/\1/p')
    eval "rows_$mode=$count seconds_$mode=$seconds cpu_$mode=$cpu rss_$mode=${rss:-0}"
    echo "$line${rss:+ time_v_max_rss=${rss}kB}"
done

[ "$rows_userdesk" = "$rows_openpyxl" ] || echo "warning: row counts differ"
"$python" - "$rows_userdesk" "$seconds_userdesk" "$seconds_openpyxl" "$cpu_userdesk" \
    "$cpu_openpyxl" "$rss_userdesk" "$rss_openpyxl" <<'PY'
import sys
rows = int(sys.argv[1])
wall = dict(zip(("userdesk", "openpyxl"), map(float, sys.argv[2:4])))
cpu = dict(zip(("userdesk", "openpyxl"), map(float, sys.argv[4:6])))
rss = dict(zip(("userdesk", "openpyxl"), map(int, sys.argv[6:8])))
print(f"\n{'':10}{'rows/s':>10}{'x openpyxl':>12}{'rows/CPU-s':>12}{'x openpyxl':>12}{'peak RSS':>12}")
for name in ("userdesk", "openpyxl"):
    peak = f"{rss[name] / 1024:9.1f} MB" if rss[name] else ""
    print(f"{name:10}{rows / wall[name]:10.0f}{wall['openpyxl'] / wall[name]:12.2f}"
          f"{rows / cpu[name]:12.0f}{cpu['openpyxl'] / cpu[name]:12.2f}{peak:>12}")
PY
