#!/bin/sh
# Runs every benchmark, each against its baseline in the same run, prints
# their figures and ratios, and at the end one summary table of them all
# against the targets (bench/summarize.py). Builds RelWithDebInfo (-O2) into
# build-bench.
#
#   bench/run_all.sh [CSV_SIZE_MB]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=$root/build-bench
size=${1:-100}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" >/dev/null

log=${TMPDIR:-/tmp}/userdesk-bench/run_all.log
mkdir -p "$(dirname "$log")"
{
    echo "== machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1)"
    echo
    echo "== 1. CSV reading (${size} MB) vs Python's csv.reader"
    "$here/run_csv_bench.sh" "$build" "$size"
    echo
    echo "== 1b. Workbook reading (100,000 rows, 18 columns) vs openpyxl read-only"
    "$here/run_sheet_bench.sh" "$build" 100000
    echo
    "$here/run_import_bench.sh" "$build"
    echo
    "$here/run_sync_bench.sh" "$build"
    echo
    echo "== 4. Tables: 100,000 customers vs QStandardItemModel"
    QT_QPA_PLATFORM=offscreen "$build/bench/tablebench" 2>/dev/null
    echo
    echo "== 5. Start-up vs an empty Qt window"
    "$here/run_startup_bench.sh" "$build"
} 2>&1 | tee "$log"
echo
echo "== Summary (full output in $log)"
python3 "$here/summarize.py" "$log"
