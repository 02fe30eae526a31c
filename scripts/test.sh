#!/usr/bin/env bash
# Quick start, command 2 of 2 (and what CI runs, via .ci/run): installs what is
# missing, builds dyad with its tests and benchmarks, runs every test with
# CTest, then runs each fuzz target for a short fixed time under
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/fuzz.sh).
# Set DYAD_SKIP_FUZZ=1 to run only the CTest suites.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --fuzz
build=${DYAD_BUILD_DIR:-build/test}
jobs=$(nproc)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_BUILD_TESTS=ON \
  -DDYAD_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"$jobs"
ctest --test-dir "$build" -j"$jobs" --output-on-failure --timeout 600
if [ "${DYAD_SKIP_FUZZ:-0}" != 1 ]; then
  scripts/fuzz.sh "${DYAD_FUZZ_SECONDS:-20}"
fi
