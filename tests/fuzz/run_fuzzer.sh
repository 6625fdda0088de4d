#!/usr/bin/env bash
# Builds a libFuzzer target with clang in build-fuzz/ and fuzzes it for SECONDS (default 60).
# TARGET (default inventory) is one of
#   inventory    the whole pipeline (load, analyze, every report format), seeded with the
#                example and golden inventories;
#   user-inputs  --template-dir files and --baseline reports (tests/fuzz/user_inputs.h), seeded
#                with tests/fuzz/user-inputs/ and every file of templates/.
# A crash stops the run and leaves the input in build-fuzz/artifacts/; copy it, once fixed, to
# tests/fuzz/regressions/ (inventory) or tests/fuzz/user-inputs/ (user-inputs).
#   tests/fuzz/run_fuzzer.sh 45                          # the CI runs (.ci/run)
#   tests/fuzz/run_fuzzer.sh 15 user-inputs
#   tests/fuzz/run_fuzzer.sh 3600 -jobs=2 -workers=2     # the long run (docs/security.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
shift || true
target=inventory
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then target="$1"; shift; fi

tests/fuzz/configure_sanitizer_build.sh
seeds="build-fuzz/seeds-$target"
corpus=build-fuzz/corpus  # the inventory's; other targets' get their name
[ "$target" = inventory ] || corpus="build-fuzz/corpus-$target"
rm -rf "$seeds" && mkdir -p "$seeds" "$corpus" build-fuzz/artifacts
case "$target" in
  inventory)
    fuzzer=inventory_fuzzer
    for file in inventory/examples/*.xml tests/golden/*/inventory.xml tests/fuzz/regressions/*; do
      [ -f "$file" ] || continue
      [ "$(basename "$file")" = README.md ] && continue
      cp "$file" "$seeds/$(echo "$file" | tr '/' '_')"
    done
    options=(-dict=tests/fuzz/inventory.dict -max_len=16384)
    ;;
  user-inputs)
    fuzzer=user_inputs_fuzzer
    for file in tests/fuzz/user-inputs/*; do
      [ "$(basename "$file")" = README.md ] && continue
      cp "$file" "$seeds/"
    done
    for file in templates/*; do
      { printf 't%s\n' "$(basename "$file")"; cat "$file"; } > "$seeds/template-$(basename "$file")"
    done
    options=(-max_len=65536)
    ;;
  *)
    echo "run_fuzzer.sh: unknown target '$target' (inventory or user-inputs)" >&2
    exit 2
    ;;
esac
cmake --build build-fuzz --target "$fuzzer"

# Graphviz and its font stack keep process-long caches; see lsan-fast-unwind.supp.
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan-fast-unwind.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# New inputs go to the corpus folder (kept between local runs); seeds are only read.
"build-fuzz/$fuzzer" "$corpus" "$seeds" "${options[@]}" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
  -artifact_prefix=build-fuzz/artifacts/ "$@"
