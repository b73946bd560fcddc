#!/bin/sh
# Installs what is missing, builds, and runs every test with CTest.
# Tests run offscreen, inside a private D-Bus session with its own unlocked
# GNOME keyring, so the real system keychain is exercised without touching
# the person's own.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" "$@"

export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
