#!/bin/sh
# Installs what is missing, builds, and starts Userdesk in demo mode: a
# built-in sandbox with demo data, no account needed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
exec "$build/app/userdesk" --demo "$@"
