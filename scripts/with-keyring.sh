#!/bin/sh
# Runs a command with a fresh, unlocked gnome-keyring in the current D-Bus
# session (start it under dbus-run-session). For tests only.
set -eu
keyring_home=$(mktemp -d)
export XDG_DATA_HOME="$keyring_home"
# --unlock creates and unlocks the "login" collection with this throwaway password.
printf 'userdesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
status=0
"$@" || status=$?
rm -rf "$keyring_home"
exit $status
