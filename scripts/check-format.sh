#!/bin/sh
# Fails when a C++ file of the tree is not as .clang-format wants it, and
# names the lines. Debian's clang-format (scripts/install-deps.sh installs
# it); CLANG_FORMAT picks another. To fix: clang-format -i on the files named.
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT="${CLANG_FORMAT:-clang-format}"
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
    echo "check-format: $CLANG_FORMAT is not installed (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
# The files git knows, so that build folders and scratch files are left out.
if ! git ls-files -z -- '*.cpp' '*.h' | xargs -0 "$CLANG_FORMAT" --dry-run --Werror; then
    echo "check-format: the files above are not formatted; run $CLANG_FORMAT -i on them" >&2
    exit 1
fi
echo "check-format: every .cpp and .h is formatted ($("$CLANG_FORMAT" --version))"
