#!/usr/bin/env bash
# Builds every fuzz target in fuzz/ with clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for SECONDS (default 20) from a
# fixed seed. Exits non-zero, keeping the crashing input, if any target fails.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
scripts/setup.sh --fuzz
build=${DYAD_FUZZ_BUILD_DIR:-build/fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDYAD_BUILD_FUZZ=ON -DDYAD_BUILD_TESTS=OFF -DDYAD_BUILD_BENCH=OFF \
  -DDYAD_SANITIZE=address,undefined >/dev/null
cmake --build "$build" -j"$(nproc)" >/dev/null
status=0
for target in "$build"/fuzz/fuzz_*; do
  [ -x "$target" ] || continue
  name=$(basename "$target")
  corpus="$build/corpus-$name"
  mkdir -p "$corpus"
  # Seed each target with real inputs of its kind from the sample corpus and
  # the shipped dictionaries (read only; new inputs go to $corpus).
  case "${name#fuzz_}" in
    warc) seeds="examples/corpus/crawl" ;;
    html) seeds="examples/corpus/html" ;;
    jsonl) seeds="examples/corpus/feeds examples/corpus/wire" ;;
    gzip) seeds="examples/corpus/feeds examples/corpus/text" ;;
    text) seeds="examples/corpus/text" ;;
    dictionary) seeds="data/dictionaries" ;;
    quotes) seeds="examples/corpus/text" ;;
    *) seeds="" ;;
  esac
  if "$target" -max_total_time="$seconds" -seed=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/$name-" "$corpus" $seeds >"$build/$name.log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs' "$build/$name.log" | grep -o '[0-9]*' || echo "?")
    echo "fuzz: $name ok ($runs runs in ${seconds}s, ASan+UBSan)"
  else
    echo "fuzz: $name FAILED; see $build/$name.log" >&2
    tail -40 "$build/$name.log" >&2
    status=1
  fi
done
exit $status
