#!/bin/sh
# Runs a command with a fresh, unlocked gnome-keyring in the current D-Bus
# session (start it under dbus-run-session). For tests only.
set -eu
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home"
printf '' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
status=0
"$@" || status=$?
rm -rf "$keyring_home"
exit $status
