#!/bin/sh
# Installs what is missing, builds, and runs every test with CTest.
# Tests run offscreen; the keychain tests start their own private D-Bus
# session with a throwaway unlocked GNOME keyring, so the real Secret Service
# is exercised without touching the person's own.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" "$@"

export QT_QPA_PLATFORM=offscreen
exec ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
