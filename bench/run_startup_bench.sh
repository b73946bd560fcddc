#!/bin/sh
# Start-up benchmark: `userdesk --demo` from process start to the main window
# shown with the first page of customers painted (offscreen), and its memory
# then; baseline in the same run: an empty Qt window with a table.
#
#   bench/run_startup_bench.sh [BUILD_DIR] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-bench}
runs=${2:-7}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target userdesk emptywindow >/dev/null
export QT_QPA_PLATFORM=offscreen
export HOME=${TMPDIR:-/tmp}/userdesk-startup-home   # no saved accounts or layout

# Prints "median_wall_ms median_rss_kib" over $runs runs of the command.
measure() {
    for i in $(seq "$runs"); do
        start=$(date +%s%N)
        line=$("$@" 2>/dev/null | tail -1)
        end=$(date +%s%N)
        echo "$(( (end - start) / 1000000 )) $(echo "$line" | sed 's/.*resident \([0-9]*\) KiB.*/\1/')"
    done | sort -n | awk '{ wall[NR] = $1; rss[NR] = $2 } END { m = int((NR + 1) / 2); print wall[m], rss[m] }'
}

set -- $(measure "$build/app/userdesk" --demo --quit-after-first-page)
ours_ms=$1 ours_kib=$2
set -- $(measure "$build/bench/emptywindow")
base_ms=$1 base_kib=$2

awk -v runs="$runs" -v om="$ours_ms" -v ok="$ours_kib" -v bm="$base_ms" -v bk="$base_kib" 'BEGIN {
    printf "%-44s %10s %12s\n", "start-up (median of " runs ", wall clock)", "ms", "resident MB"
    printf "%-44s %10d %12.1f\n", "userdesk --demo, first page of customers", om, ok / 1024
    printf "%-44s %10d %12.1f\n", "baseline: empty Qt window with a table", bm, bk / 1024
    printf "ratio userdesk / baseline: time %.1fx, memory %.1fx   (targets: <= 1000 ms, <= 120 MB)\n", om / bm, ok / bk
}'
