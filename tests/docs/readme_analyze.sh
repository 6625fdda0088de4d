#!/usr/bin/env bash
# Checks that README.md shows what upgrade-risk really does: the quick start's first command
# (run in a scratch folder) prints the lines the README quotes, and the terminal summary of the
# "### analyze" section is what `upgrade-risk analyze inventory/examples/q195908.xml` prints
# today (the version number aside).
# usage: readme_analyze.sh EXE SOURCE_DIR
set -euo pipefail
exe=$1
cd "$2"
expected=$(awk '
    /^### / { inside = ($0 == "### analyze") }
    inside && /^```text$/ { block = 1; next }
    block && /^```$/ { exit }
    block { print }
' README.md)
[ -n "$expected" ] || { echo "readme_analyze: no text block in README.md's analyze section"; exit 1; }
actual=$("$exe" analyze inventory/examples/q195908.xml)
normalize() { sed -E '1s/^upgrade-risk [^:]+:/upgrade-risk VERSION:/'; }
if ! diff -u <(normalize <<<"$expected") <(normalize <<<"$actual"); then
    echo "readme_analyze: README.md's analyze example differs from the real output (above); update it"
    exit 1
fi

command=$(grep -m1 '^\.ci/setup && \./build/upgrade-risk analyze ' README.md)
[ -n "$command" ] || { echo "readme_analyze: no analyze command in the quick start"; exit 1; }
quoted=$(awk '/Command 1 ends with$/ { found = 1; next }
              found && /^```text$/ { block = 1; next }
              block && /^```$/ { exit }
              block { print }' README.md)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$PWD/inventory" "$work/inventory"
read -ra words <<<"${command#.ci/setup && ./build/upgrade-risk }"
printed=$(cd "$work" && "$exe" "${words[@]}" 2>&1)
if [ "$printed" != "$quoted" ]; then
    diff -u <(echo "$quoted") <(echo "$printed") || true
    echo "readme_analyze: the quick start's first command prints something else than the README says"
    exit 1
fi
echo "readme_analyze: the quick start and the analyze example are the real output"
