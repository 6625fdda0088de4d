#!/bin/sh
# Runs upgrade-risk-bench on every generator profile at each size (docs/performance.md).
# usage: tests/perf/bench-profiles.sh [BUILD_DIR]
# Environment: PROFILES (default: every profile), SIZES (default 10000 100000 1000000),
# REPEAT (default 3; files of 100 MB and more run once), WORK (default /tmp/upgrade-risk-profiles).
# Each profile's table goes to stdout and to WORK/PROFILE.txt. Run it on an idle machine: the
# 1M-server files take several minutes each and about 3.5 GB of memory (xmllint's).
set -eu
build=${1:-build}
profiles=${PROFILES:-$("$build/upgrade-risk-gen" --help | sed -n 's/^  \([a-z-]*\) (N\/.*/\1/p')}
sizes=${SIZES:-10000 100000 1000000}
work=${WORK:-/tmp/upgrade-risk-profiles}
mkdir -p "$work"
for profile in $profiles; do
  files=""
  for servers in $sizes; do
    file="$work/$profile-$servers.xml"
    "$build/upgrade-risk-gen" --profile "$profile" --servers "$servers" -o "$file"
    files="$files $file"
  done
  echo "=== profile $profile"
  # shellcheck disable=SC2086 # the file list is meant to split
  nice "$build/upgrade-risk-bench" --repeat "${REPEAT:-3}" $files | tee "$work/$profile.txt"
done
