#!/usr/bin/env bash
# Checks that the terminal summary shown in README.md's "### analyze" section is what
# `upgrade-risk analyze inventory/examples/q195908.xml` prints today (the version number aside),
# so the README never shows an outdated report.
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
echo "readme_analyze: the README's analyze example is the real output"
