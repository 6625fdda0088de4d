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
# A negative count would wrap around to no limit at all: refused before it is read.
check 2 "upgrade-risk: error: --max-per-wave needs a whole number, 0 or more, not '-1'" \
    plan "$example" -o p.xml --max-per-wave -1
check 2 "upgrade-risk: error: --max-diagnostics needs a whole number, 0 or more, not '-5'" \
    analyze "$example" --max-diagnostics -5
check 2 "upgrade-risk: error: say what to do"
check 2 "this is a folder, not an inventory file" validate "$(dirname "$example")"
# '-' reads standard input, named <stdin> in messages, hashed as the bytes read.
check 0 "<stdin>: valid inventory" validate - <"$example"
check 0 "\"sha256\": \"$(sha256sum <"$example" | cut -d' ' -f1)\"" analyze - -o json <"$example"
check 2 "<stdin>:1:" validate - <<<'<inventory format="1"><organization name="O"><site name="S"><server name="A" version="4.1"/></site></organization></inventory>'
# Two outputs on standard output would run together (the JSON would not parse): refused, saying
# which and how to send one to a file; nothing is written.
check 2 "upgrade-risk: error: -o json and -o csv both write to standard output, where one would run into the other; send one to a file: -o csv=FILE" \
    analyze "$example" -o json -o csv
check 2 "upgrade-risk: error: -o sarif=-, -o text and --json - all write to standard output, where one would run into the other; send all but one to a file: -o text=FILE -o json=FILE" \
    analyze "$example" --json - -o sarif=- -o text
check 2 "upgrade-risk: error: -o - (the planned inventory) and -o markdown both write to standard output, where one would run into the other; send one to a file: -o markdown=FILE" \
    plan "$example" -o - -o markdown
[ -z "$("$exe" analyze "$example" -o json -o csv 2>/dev/null)" ] || { echo "a refused run wrote to stdout"; failed=1; }
check 0 '"format_version": 2' analyze "$example" -o json -o csv=/dev/null
# The planned inventory on standard output is alone there: the plan goes to stderr.
planned=$("$exe" plan "$example" -o - 2>/dev/null)
[[ $planned == "<?xml"* && $planned == *"</inventory>" ]] || { echo "plan -o -: stdout is not the planned inventory alone:"; echo "$planned" | tail -3; failed=1; }
check 0 "Redmond: move Redmond-Paris DRC from SERVERA to SERVERB before Wave 1" plan "$example" -o -
# CI gates: a tripped gate says which threshold and how many findings reached it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
check 1 "upgrade-risk: --fail-on high: 2 findings are high or critical; exit status 1" \
    analyze "$example" --fail-on high
check 1 "upgrade-risk: --fail-on critical: 1 finding is critical; exit status 1" \
    analyze "$example" --fail-on critical -o json=/dev/null
check 1 "upgrade-risk: --fail-on low: 3 findings are low, medium, high or critical; exit status 1" \
    plan "$example" -o "$scratch/planned.xml" --fail-on low
check 1 "upgrade-risk: --fail-on-verdict go-with-conditions: the verdict is no-go; exit status 1" \
    analyze "$example" --fail-on-verdict go-with-conditions
check 1 "upgrade-risk: --fail-on-verdict go: the verdict is go; exit status 1" \
    plan "$example" -o "$scratch/planned.xml" --fail-on-verdict go
check 0 "verdict of the planned rollout go" plan "$example" -o "$scratch/planned.xml" --fail-on-verdict go-with-conditions
check 2 "upgrade-risk: error: --fail-on-verdict nogo: use no-go, go-with-conditions or go (did you mean 'no-go'?)" \
    analyze "$example" --fail-on-verdict nogo
check 2 "upgrade-risk: error: --fail-on-new needs --baseline FILE, the JSON report of an earlier run, to tell which findings are new (for every finding: --fail-on)" \
    analyze "$example" --fail-on-new high
check 2 "upgrade-risk: error: --fail-on-new hgh: use critical, high, medium, low or info" \
    analyze "$example" --fail-on-new hgh
# SARIF over its cap keeps the most severe results and says, in the log and on stderr, what it
# left out and where every finding is.
check 0 "upgrade-risk: warning: The SARIF report holds 1 of the 3 results. To stay within --sarif-max-results 1 (GitHub code scanning takes at most 25,000 results a run), the least severe were left out: 1 high and 1 medium. Every finding is in the JSON and CSV reports (-o json=FILE, -o csv=FILE)." \
    analyze "$example" -o "sarif=$scratch/capped.sarif" --sarif-max-results 1
[ "$(grep -c '"ruleId"' "$scratch/capped.sarif")" -eq 1 ] || { echo "--sarif-max-results 1: not 1 result"; failed=1; }
grep -q '"ruleId": "backout-breaks-intersite-replication"' "$scratch/capped.sarif" || { echo "--sarif-max-results 1 did not keep the critical result"; failed=1; }
check 0 "The SARIF report holds 1 of the 3 results. Left out as below --sarif-min-severity critical: 1 high and 1 medium." \
    analyze "$example" -o sarif=- --sarif-min-severity critical
check 2 "upgrade-risk: error: --sarif-max-results -1: give a whole number of results, or 0 for no cap (GitHub code scanning takes at most 25,000)" \
    analyze "$example" -o sarif=- --sarif-max-results -1
check 2 "upgrade-risk: error: --sarif-min-severity hihg: use critical, high, medium, low or info" \
    plan "$example" -o "$scratch/planned.xml" --sarif-min-severity hihg
# An option that does nothing in this run says so.
check 0 "upgrade-risk: warning: --template-dir does nothing without an HTML report" \
    analyze "$example" --template-dir templates
check 0 "upgrade-risk: warning: --sarif-min-severity does nothing without a SARIF report (add -o sarif=FILE)" \
    analyze "$example" --sarif-min-severity high
check 0 "upgrade-risk: warning: --sarif-max-results does nothing without a SARIF report" \
    plan "$example" -o "$scratch/planned.xml" --sarif-max-results 10
"$exe" analyze "$example" -o sarif=/dev/null --sarif-min-severity high 2>&1 | grep -q "does nothing" &&
    { echo "--sarif-min-severity with a SARIF report: warned that it does nothing"; failed=1; }
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
