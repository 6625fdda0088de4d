#!/usr/bin/env bash
# Builds the libFuzzer target with clang in build-fuzz/ and fuzzes the whole pipeline
# (load, analyze, every report format) for SECONDS (default 60), seeded with the example
# and golden inventories. A crash stops the run and leaves the input in
# build-fuzz/artifacts/; copy it to tests/fuzz/regressions/ once fixed.
#   tests/fuzz/run_fuzzer.sh            # the 60 s CI run
#   tests/fuzz/run_fuzzer.sh 3600 -jobs=2 -workers=2   # the long run (docs/security.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true

tests/fuzz/configure_sanitizer_build.sh
cmake --build build-fuzz --target inventory_fuzzer

seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds" build-fuzz/corpus build-fuzz/artifacts
for file in inventory/examples/*.xml tests/golden/*/inventory.xml tests/fuzz/regressions/*; do
  [ -f "$file" ] || continue
  [ "$(basename "$file")" = README.md ] && continue
  cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"
done

# Graphviz and its font stack keep process-long caches; see lsan-fast-unwind.supp.
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan-fast-unwind.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# New inputs go to build-fuzz/corpus (kept between local runs); seeds are only read.
build-fuzz/inventory_fuzzer build-fuzz/corpus "$seeds" \
  -dict=tests/fuzz/inventory.dict -max_total_time="$seconds" -rss_limit_mb=2048 \
  -timeout=10 -max_len=16384 -print_final_stats=1 \
  -artifact_prefix=build-fuzz/artifacts/ "$@"
