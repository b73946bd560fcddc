#!/bin/sh
# Builds the libFuzzer targets of fuzz/ with clang (address + undefined
# sanitizers) into ./build-fuzz (or $USERDESK_FUZZ_BUILD_DIR) and runs each
# for SECONDS (default 60), starting from the seed corpus in fuzz/corpus/.
# Prints executions and findings per target; exits 1 when anything was found.
# A crashing input is left in build-fuzz/artifacts/<target>/: make it a data
# row of tests/system/hostile/ and fix the cause.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_csvreader fuzz_importmapping fuzz_importrows fuzz_wazzupdecode fuzz_woowupdecode fuzz_sheetreader"}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DUSERDESK_FUZZ=ON -DUSERDESK_WERROR=ON \
    -DUSERDESK_BUILD_TESTS=OFF -DUSERDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target userdesk_fuzzers

# ASan's quarantine of freed memory (256 MB by default) grows the RSS of a
# fast target by itself; at 20,000 runs a second fuzz_woowupdecode passed
# the RSS limit in 30 s with 24 MB live. A smaller quarantine keeps the
# limit meaning "one input blew up" (the same target stays near 140 MB).
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:quarantine_size_mb=64"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=0
printf '%-20s %12s %8s %10s %s\n' target executions exec/s corpus findings
for target in $targets; do
    case $target in
    fuzz_csvreader | fuzz_importmapping | fuzz_importrows) maxLen=131072 ;; # past the sniffer's 64 KiB sample
    fuzz_sheetreader) maxLen=65536 ;; # whole small workbooks
    *) maxLen=16384 ;;
    esac
    # The seeds stay as committed; what the fuzzer learns goes to the build dir.
    work="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    rm -rf "$artifacts" # findings of an earlier run were reported then
    mkdir -p "$work" "$artifacts"
    log="$build/$target.log"
    status=0
    "$build/fuzz/$target" -max_total_time="$seconds" -max_len="$maxLen" -rss_limit_mb=1024 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$work" "$root/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    corpus=$(find "$work" -type f | wc -l)
    findings=$(find "$artifacts" -type f | wc -l)
    printf '%-20s %12s %8s %10s %s\n' "$target" "${execs:-?}" "${rate:-?}" "$corpus" "$findings"
    if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
        failed=1
        echo "--- $target failed (exit $status); the end of $log:"
        tail -n 40 "$log"
    fi
done
exit $failed
