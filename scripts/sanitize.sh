#!/bin/sh
# Builds every target and test with AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc) into ./build-asan (or $USERDESK_ASAN_BUILD_DIR) and runs the whole
# CTest suite there. Leaks are reported; only third-party leaks listed in
# scripts/lsan.supp (Qt's, fontconfig's, D-Bus's one-time allocations) are
# suppressed, never ours. Extra arguments go to ctest (e.g. -R tst_csvreader).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_ASAN_BUILD_DIR:-$root/build-asan}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DUSERDESK_SANITIZE=ON -DUSERDESK_WERROR=ON -DUSERDESK_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# Instrumented code runs several times slower: tests with time bounds scale them.
export USERDESK_TEST_TIME_SCALE=${USERDESK_TEST_TIME_SCALE:-4}
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
exec ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$(nproc)" "$@"
