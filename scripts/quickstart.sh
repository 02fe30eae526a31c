#!/usr/bin/env bash
# Quick start, command 1 of 2: installs what is missing, builds dyad (with its
# web page), and runs the main job on the bundled sample corpus: ingests
# examples/corpus into ./dyad.db (events, quotes, copies, stories), prints a
# summary, then serves the web page on it and prints its address (Ctrl-C
# stops it; DYAD_NO_SERVE=1 skips serving, DYAD_PORT picks the port, 8080 by
# default). Safe to run again (re-ingesting is a no-op).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build=${DYAD_BUILD_DIR:-build/release}
mkdir -p "$build"
log="$build/quickstart-build.log"
if ! { cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DDYAD_BUILD_TESTS=OFF \
         -DDYAD_BUILD_BENCH=OFF && cmake --build "$build" -j"$(nproc)" --target dyad; } \
       >"$log" 2>&1; then
  tail -50 "$log" >&2
  echo "quickstart: the build failed; the whole log is in $log" >&2
  exit 1
fi
echo "built $build/dyad"
"$build/dyad" --db dyad.db ingest examples/corpus && status=0 || status=$?
echo
echo "Next: $build/dyad stories | $build/dyad relations NATO CHN --by month | $build/dyad --help"
if [ "$status" -gt 1 ] || [ "${DYAD_NO_SERVE:-0}" = 1 ]; then exit $status; fi
echo "Serving the web page on the sample corpus (Ctrl-C to stop):"
exec "$build/dyad" --db dyad.db serve --host 127.0.0.1 --port "${DYAD_PORT:-8080}"
