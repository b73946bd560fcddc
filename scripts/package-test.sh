#!/bin/sh
# Builds the Debian package in its own build directory, installs it with
# apt-get like a user would (apt-get install ./userdesk_*.deb), checks that
# the installed programs start, then removes the package again.
#
#   ./scripts/package-test.sh          # build dir: ./build-package
#   USERDESK_PACKAGE_BUILD_DIR=/tmp/pkg ./scripts/package-test.sh
#
# Needs root for apt-get (uses sudo otherwise). Exit status 0 when every
# check passed. The package is removed even when a check fails.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${USERDESK_PACKAGE_BUILD_DIR:-$root/build-package}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'package-test: FAILED: %s\n' "$*" >&2; exit 1; }

step "Building the package in $build"
# Tests and benchmarks are not part of the package; a Release build is what
# users get.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DUSERDESK_BUILD_TESTS=OFF -DUSERDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build"
rm -f "$build"/userdesk_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
set -- "$build"/userdesk_*_*.deb
[ -f "$1" ] || fail "cpack made no userdesk_<version>_<arch>.deb"
deb=$1
ls -l "$deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends

step "Installing it with apt-get"
cleanup() {
    step "Removing the package"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq userdesk >/dev/null || true
    rm -rf "$scratch"
}
scratch=$(mktemp -d)
trap cleanup EXIT
trap 'exit 1' INT TERM
# apt-get wants a path, not a bare file name, to take it for a local package.
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")" >/dev/null

step "Checking what it installed"
for file in /usr/bin/userdesk /usr/bin/userdesk-cli /usr/bin/userdesk-sandbox \
    /usr/share/applications/userdesk.desktop \
    /usr/share/icons/hicolor/scalable/apps/userdesk.svg \
    /usr/share/icons/hicolor/48x48/apps/userdesk.png \
    /usr/share/metainfo/io.github.userdesk.Userdesk.metainfo.xml; do
    [ -e "$file" ] || fail "$file is missing"
    echo "ok $file"
done
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net /usr/share/metainfo/io.github.userdesk.Userdesk.metainfo.xml
fi

step "Starting the installed programs"
# No display on CI: Qt's offscreen platform. Settings and data go to a
# scratch home so the check leaves nothing behind.
export QT_QPA_PLATFORM=offscreen
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cd "$scratch"

version=$(/usr/bin/userdesk --version) || fail "userdesk --version"
echo "$version"
expected=$(dpkg-deb --field "$deb" Version)
case "$version" in
*"$expected"*) ;;
*) fail "userdesk --version says \"$version\", the package is $expected" ;;
esac
/usr/bin/userdesk --help | grep -q -- '--demo' || fail "userdesk --help does not list --demo"
echo "userdesk --help lists --demo"
/usr/bin/userdesk-cli --help >/dev/null || fail "userdesk-cli --help"
echo "userdesk-cli --help works"

# The demo must still be running when timeout stops it (exit 124): a crash
# or an early exit gives another status.
status=0
timeout 5 /usr/bin/userdesk --demo >"$scratch/demo.log" 2>&1 || status=$?
if [ "$status" -ne 124 ]; then
    cat "$scratch/demo.log" >&2
    fail "userdesk --demo exited with $status before the 5 s timeout"
fi
echo "userdesk --demo ran until the timeout"

step "package-test: PASSED ($(basename "$deb"), $(du -h "$deb" | cut -f1))"
