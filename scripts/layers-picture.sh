#!/bin/sh
# Regenerates docs/layers.svg, the picture of the layers in the README, from
# the build itself: CMake's --graphviz of our own libraries and programs
# (no Qt, no test, bench or fuzz targets), the libraries of models/ drawn
# inside one box, laid out by Graphviz's dot. An arrow is a
# target_link_libraries(); dotted is PRIVATE. Run it after changing one;
# needs cmake and dot (Debian's graphviz package).
set -eu
cd "$(dirname "$0")/.."
if ! command -v dot >/dev/null 2>&1; then
    echo "layers-picture: dot is not installed (apt-get install graphviz)" >&2
    exit 2
fi
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
# cmake --graphviz reads its options from the build folder.
cat > "$build/CMakeGraphVizOptions.cmake" <<'OPTIONS'
set(GRAPHVIZ_GRAPH_NAME "Userdesk")
set(GRAPHVIZ_EXTERNAL_LIBS FALSE)
set(GRAPHVIZ_INTERFACE_LIBS FALSE)
set(GRAPHVIZ_GENERATE_PER_TARGET FALSE)
set(GRAPHVIZ_GENERATE_DEPENDERS FALSE)
set(GRAPHVIZ_IGNORE_TARGETS "_resources_[0-9]+$")
OPTIONS
cmake -S . -B "$build" -G Ninja -DUSERDESK_BUILD_TESTS=OFF -DUSERDESK_BUILD_BENCH=OFF \
    --graphviz="$build/layers.dot" >/dev/null

# The libraries with a folder under models/.
models=$(for f in models/*/CMakeLists.txt; do basename "$(dirname "$f")"; done | tr '\n' ' ')
# Drop CMake's legend (every kind of target it knows; ours are static
# libraries, octagons, and programs, eggs) and put the models/ ones in a box.
awk -v models="$models" '
    BEGIN { n = split(models, m, " "); for (i = 1; i <= n; ++i) inModels["userdesk_" m[i]] = 1 }
    /^subgraph clusterLegend/ { legend = 1 }
    legend { if ($0 ~ /^}/) legend = 0; next }
    /^}/ {
        print "subgraph cluster_models {"
        print "  label = \"models/\"; style = rounded; color = gray40; fontcolor = gray40;"
        for (i = 1; i <= count; ++i) print "  \"" ids[i] "\";"
        print "}"
    }
    match($0, /"node[0-9]+" \[ label = "[^"]+"/) {
        split(substr($0, RSTART, RLENGTH), part, "\"")
        if (part[4] in inModels) ids[++count] = part[2]
    }
    { print }
' "$build/layers.dot" > "$build/userdesk.dot"
dot -Tsvg "$build/userdesk.dot" -o docs/layers.svg
echo "layers-picture: wrote docs/layers.svg"
