#!/bin/sh
# Installs the Debian 12 packages Userdesk needs to build, test and run.
# Uses sudo when not root. Safe to run again: apt-get skips what is there.
set -eu

PACKAGES="
build-essential cmake ninja-build pkg-config
qt6-base-dev qt6-base-dev-tools
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libqt6svg6 qt6-svg-dev libgl-dev
qtkeychain-qt6-dev libuchardet-dev
libquazip1-qt6-dev libexpat1-dev python3-openpyxl
dbus dbus-x11 gnome-keyring xvfb xauth imagemagick
python3 curl time
clang libclang-rt-14-dev
iso-codes clang-format
"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -n "$missing" ]; then
    echo "Installing Debian packages:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
