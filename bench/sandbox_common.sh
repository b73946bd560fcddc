# Sourced by run_import_bench.sh and run_sync_bench.sh, after they set
# root, build and data: configures and builds what they run, then
#   start_sandbox ARGS...   starts userdesk-sandbox --port 0 ARGS in the
#                           background (stopped when the script exits) and
#                           sets base to its address.

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
mkdir -p "$data"
if ! cmake --build "$build" --parallel "$(nproc)" --target userdesk-cli userdesk-sandbox \
    >"$data/build.log" 2>&1; then
    tail -30 "$data/build.log" >&2
    exit 1
fi

start_sandbox() {
    "$build/sandbox/userdesk-sandbox" --port 0 "$@" >"$data/sandbox.out" 2>"$data/sandbox.err" &
    sandbox=$!
    trap 'kill "$sandbox" 2>/dev/null || true' EXIT INT TERM
    port=
    for _ in $(seq 100); do
        port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$data/sandbox.out")
        [ -n "$port" ] && break
        sleep 0.1
    done
    if [ -z "$port" ]; then
        echo "the sandbox did not start:" >&2
        cat "$data/sandbox.err" >&2
        exit 1
    fi
    base=http://127.0.0.1:$port
}
