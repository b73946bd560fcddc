#!/bin/sh
# Configures and builds Userdesk into ./build (or $USERDESK_BUILD_DIR).
# Extra arguments go to cmake's configure step, e.g. -DUSERDESK_WERROR=ON.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${USERDESK_BUILD_TYPE:-RelWithDebInfo} "$@"
cmake --build "$build" --parallel "$(nproc)"
