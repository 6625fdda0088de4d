#!/usr/bin/env bash
# The command line as people type it: help, version, the spelling the docs use, and mistakes
# answered in the tool's words with the nearest name (issue 16).
# usage: command_line.sh EXE EXAMPLE_INVENTORY
set -uo pipefail
exe=$1
example=$2
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
check() {  # check EXPECTED_STATUS PATTERN ARGS...
    local expected=$1 pattern=$2 output status
    shift 2
    output=$("$exe" "$@" 2>&1)
    status=$?
    if [ "$status" -ne "$expected" ] || ! grep -qF -- "$pattern" <<<"$output"; then
        echo "upgrade-risk $*: exit $status (expected $expected), output:"
        sed 's/^/  /' <<<"$output"
        echo "  expected to contain: $pattern"
        failed=1
    fi
}
check 0 "Usage: upgrade-risk" help
check 0 "Usage: upgrade-risk plan" help plan
check 2 "no command called 'plna'" help plna
check 0 "." version
check 0 "." -V
check 0 "GO" analyse "$example"
check 0 "info: reading" -v analyze "$example"
check 1 "info: reading" analyze -v "$example" --fail-on critical
check 2 "upgrade-risk: error: unknown option '--fail-om' for analyze (did you mean '--fail-on'?)" \
    analyze "$example" --fail-om high
check 2 "upgrade-risk: error: unknown command 'analyzee' (did you mean 'analyze'?)" analyzee "$example"
check 2 "upgrade-risk: error: analyze needs INVENTORY" analyze
check 2 "upgrade-risk: error: --json was given more than once; give it once" \
    analyze "$example" --json a.json --json b.json
check 2 "upgrade-risk: error: analyze did not expect b.xml (it reads one inventory)" analyze a.xml b.xml
check 2 "upgrade-risk: error: --max-per-wave needs a whole number, not 'many'" \
    plan "$example" -o p.xml --max-per-wave many
check 2 "upgrade-risk: error: say what to do"
check 2 "this is a folder, not an inventory file" validate "$(dirname "$example")"
# '-' reads standard input, named <stdin> in messages, hashed as the bytes read.
check 0 "<stdin>: valid inventory" validate - <"$example"
check 0 "\"sha256\": \"$(sha256sum <"$example" | cut -d' ' -f1)\"" analyze - -o json <"$example"
check 2 "<stdin>:1:" validate - <<<'<inventory format="1"><organization name="O"><site name="S"><server name="A" version="4.1"/></site></organization></inventory>'
# An option that does nothing in this run says so.
check 0 "upgrade-risk: warning: --template-dir does nothing without an HTML report" \
    analyze "$example" --template-dir templates
check 0 "sha256 $(sha256sum <"$example" | cut -d' ' -f1)" analyze -v "$example"
# -vv adds the time of each step and the peak memory.
check 0 "debug: [" -vv analyze "$example"
check 0 "debug: peak memory" -vv validate "$example"
check 0 "debug: [" plan -vv "$example" -o "$work/planned.xml"
# --start and --spacing that date no wave say so.
check 0 "upgrade-risk: warning: --start does nothing: the plan adds no wave, and the rollout's waves keep their own starts (--keep-waves)" \
    plan "$example" -o "$work/planned.xml" --keep-waves --start 1999-01-01T00:00:00Z
sed '/<rollout/,/<\/rollout>/d' "$example" >"$work/no-rollout.xml"
check 0 "upgrade-risk: warning: --spacing does nothing: no wave has a start to count from; give the first new wave's with --start" \
    plan "$work/no-rollout.xml" -o "$work/planned.xml" --spacing 2d
if "$exe" plan "$work/no-rollout.xml" -o "$work/planned.xml" --spacing 2d --start 1999-01-01T00:00:00Z 2>&1 |
    grep -q "does nothing"; then
    echo "plan --spacing with --start warned that it does nothing"
    failed=1
fi
exit $failed
