#!/bin/sh
# CSV import benchmark: generates a ~100 MB WoowUp customers file, then times
#   (a) csvbench parse  - read, decode, split into fields
#   (b) csvbench full   - the same plus column mapping, conversion, validation
#       (and csvbench parse once more with the block scanner's portable path)
#   (c) Python 3's csv.reader over the same file (the baseline)
# and prints MB/s, the ratio to Python and the peak RSS of each. Each program
# runs on one thread; besides the wall clock, MB per CPU second is printed: on
# a machine shared with other work the wall clock also counts waiting for a
# core, the CPU time only the work.
#
#   bench/run_csv_bench.sh [BUILD_DIR] [SIZE_MB]
# BUILD_DIR defaults to build-bench (configured RelWithDebInfo, -O2, if missing).
# SIZE_MB defaults to 100; 1000 shows that memory stays flat for a 1 GB file
# (generating it takes a few minutes, once).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
size=${2:-100}
data=${TMPDIR:-/tmp}/userdesk-bench
csv=$data/customers-${size}mb.csv

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target csvbench >/dev/null
bench=$build/bench/csvbench

mkdir -p "$data"
if [ ! -f "$csv" ]; then
    echo "generating $csv …"
    python3 "$here/gen_customers_csv.py" "$csv" --size-mb "$size"
fi
bytes=$(stat -c %s "$csv")

# Peak RSS in kB of a command: /usr/bin/time -v when installed, else the
# program's own VmHWM (csvbench prints it; Python's is read the same way).
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
import csv, sys, time
start = time.perf_counter()
cpu_start = time.process_time()
rows = fields = 0
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.reader(f):
        rows += 1
        fields += len(row)
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
rss = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
print(f"mode=python rows={rows} fields={fields} seconds={seconds:.3f} cpu_seconds={cpu:.3f} peak_rss={rss}kB")
'

echo "file: $csv ($bytes bytes)"
for mode in parse portable full python; do
    if [ "$mode" = python ]; then
        measure python3 -c "$python_reader" "$csv" >"$data/$mode.txt"
    elif [ "$mode" = portable ]; then
        # The block scanner's portable path, as on a machine without SSE2.
        USERDESK_CSV_PORTABLE_SCAN=1 measure "$bench" "$csv" parse >"$data/$mode.txt"
    else
        measure "$bench" "$csv" "$mode" >"$data/$mode.txt"
    fi
    line=$(cat "$data/$mode.txt")
    seconds=$(echo "$line" | sed -n 's/.* seconds=\([0-9.]*\).*/\1/p')
    cpu=$(echo "$line" | sed -n 's/.* cpu_seconds=\([0-9.]*\).*/\1/p')
    # Without /usr/bin/time, the peak the program read from /proc itself.
    [ -n "$rss" ] || rss=$(echo "$line" | sed -n 's/.* peak_rss=\([0-9]*\)kB.*/\1/p')
    eval "seconds_$mode=$seconds cpu_$mode=$cpu rss_$mode=${rss:-0}"
    echo "$line${rss:+ time_v_max_rss=${rss}kB}"
done

python3 - "$bytes" "$seconds_parse" "$seconds_portable" "$seconds_full" "$seconds_python" \
    "$cpu_parse" "$cpu_portable" "$cpu_full" "$cpu_python" \
    "$rss_parse" "$rss_portable" "$rss_full" "$rss_python" <<'PY'
import sys
size = int(sys.argv[1])
names = ("parse", "portable", "full", "python")
wall = dict(zip(names, map(float, sys.argv[2:6])))
cpu = dict(zip(names, map(float, sys.argv[6:10])))
rss = dict(zip(names, map(int, sys.argv[10:14])))
mb = size / 1e6
print(f"\n{'':8}{'MB/s':>8}{'x Python':>10}{'MB/CPU-s':>10}{'x Python':>10}{'peak RSS':>12}")
for name in names:
    peak = f"{rss[name] / 1024:9.1f} MB" if rss[name] else ""
    print(f"{name:8}{mb / wall[name]:8.1f}{wall['python'] / wall[name]:10.2f}"
          f"{mb / cpu[name]:10.1f}{cpu['python'] / cpu[name]:10.2f}{peak}")
PY
