#!/usr/bin/env bash
# Configures build-fuzz/: clang with AddressSanitizer, UndefinedBehaviorSanitizer and
# libFuzzer coverage. .ci/run builds and tests everything there; run_fuzzer.sh builds the
# fuzz target there. One build serves both, so CI compiles the project twice, not three times.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DENABLE_FUZZING=ON -DENABLE_WERROR=ON >/dev/null
