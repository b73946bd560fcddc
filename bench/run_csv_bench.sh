#!/bin/sh
# CSV import benchmark: generates a ~100 MB WoowUp customers file, then times
#   (a) csvbench parse  - read, decode, split into fields
#   (b) csvbench full   - the same plus column mapping, conversion, validation
#   (c) Python 3's csv.reader over the same file (the baseline)
# and prints MB/s, the ratio to Python and the peak RSS of each.
#
#   bench/run_csv_bench.sh [BUILD_DIR] [SIZE_MB]
# BUILD_DIR defaults to build-bench (configured RelWithDebInfo, -O2, if missing).
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
rows = fields = 0
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.reader(f):
        rows += 1
        fields += len(row)
seconds = time.perf_counter() - start
rss = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")][0]
print(f"mode=python rows={rows} fields={fields} seconds={seconds:.3f} peak_rss={rss}kB")
'

echo "file: $csv ($bytes bytes)"
for mode in parse full python; do
    if [ "$mode" = python ]; then
        measure python3 -c "$python_reader" "$csv" >"$data/$mode.txt"
    else
        measure "$bench" "$csv" "$mode" >"$data/$mode.txt"
    fi
    line=$(cat "$data/$mode.txt")
    seconds=$(echo "$line" | sed -n 's/.*seconds=\([0-9.]*\).*/\1/p')
    eval "seconds_$mode=$seconds"
    echo "$line${rss:+ time_v_max_rss=${rss}kB}"
done

python3 - "$bytes" "$seconds_parse" "$seconds_full" "$seconds_python" <<'PY'
import sys
size, parse, full, python = int(sys.argv[1]), *map(float, sys.argv[2:])
mb = size / 1e6
print(f"\n{'':8}{'MB/s':>8}{'x Python':>10}")
for name, seconds in (("parse", parse), ("full", full), ("python", python)):
    print(f"{name:8}{mb / seconds:8.1f}{python / seconds:10.2f}")
PY
