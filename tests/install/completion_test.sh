#!/usr/bin/env bash
# Checks the bash completion and the man page against the real command line: what the completion
# offers (commands, options of each command, formats, severities, rule ids) must be exactly what
# `upgrade-risk ... --help` lists, and the man page must document every command, option and format.
# From a clone, with no upgrade-risk on PATH, completing ./build/upgrade-risk must ask that very
# executable for the formats and rule ids.
# usage: completion_test.sh EXE COMPLETION_FILE MAN_PAGE
set -euo pipefail
exe=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
completion=$2
man_page=$3
# The completion asks the installed upgrade-risk for formats and rules: put the built one first.
bin=$(mktemp -d)
clone=$(mktemp -d)
trap 'rm -rf "$bin" "$clone"' EXIT
ln -s "$exe" "$bin/upgrade-risk"
path_without_upgrade_risk=$PATH
PATH=$bin:$PATH
source "$completion"
complete -p upgrade-risk | grep -q -- '-F _upgrade_risk' || { echo "completion not registered"; exit 1; }

failures=0
fail() {
    echo "$*"
    failures=$((failures + 1))
}

# The reply to completing the last word of WORDS, sorted, one line.
complete_words() {
    read -r -a COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _upgrade_risk
    printf '%s\n' "${COMPREPLY[@]}" | sort | xargs
}

expect() {
    local got
    got=$(complete_words "$1")
    [[ $got == "$2" ]] || fail "completing '$1': got '$got', expected '$2'"
}

# Option names (-o, --output) of a --help text's "Options:" section, sorted, one line.
help_options() {
    sed -n '/^Options:/,/^$/p' | grep -oE '^  (-[a-zA-Z],)?--?[a-z][a-z-]*' | tr ',' '\n' | tr -d ' ' | sort | xargs
}

# 1. What --help lists, the completion offers, and nothing else.
top_help=$("$exe" --help)
commands=$(sed -n '/^Subcommands:/,/^$/p' <<<"$top_help" | grep -oE '^  [a-z]+' | xargs -n1 | sort | xargs)
[ -n "$commands" ] || fail "no subcommands found in upgrade-risk --help"
expect "upgrade-risk " "$(printf '%s\n' $commands $(help_options <<<"$top_help") | sort | xargs)"
for command in $commands; do
    expect "upgrade-risk $command x -" "$("$exe" "$command" --help | help_options)"
done
analyze_help=$("$exe" analyze --help)
formats=$(grep -oE '^ {20,}[a-z][a-z0-9-]*:' <<<"$analyze_help" | tr -d ' :' | sort | xargs)
[ -n "$formats" ] || fail "no formats found in upgrade-risk analyze --help"
expect "upgrade-risk analyze x -o " "$formats"
expect "upgrade-risk analyze x --output " "$formats"
severities=$(grep -- '--fail-on' <<<"$analyze_help" | grep -oE '\([a-z, ]+\)' | tr -d '(),' | xargs -n1 | sort | xargs)
[ -n "$severities" ] || fail "no severities found in upgrade-risk analyze --help"
expect "upgrade-risk analyze x --fail-on " "$severities"
rule_ids=$("$exe" rules | awk '/^[a-z]/ {print $1}' | sort | xargs)
[ -n "$rule_ids" ] || fail "no rule ids found in upgrade-risk rules"
expect "upgrade-risk explain " "$rule_ids"
expect "upgrade-risk analyze x --fail-on c" "critical"
expect "upgrade-risk analyze x --fail-on-new " "$severities"
expect "upgrade-risk analyze x --fail-on-verdict " "go go-with-conditions no-go"
expect "upgrade-risk plan x --fail-on-verdict n" "no-go"
expect "upgrade-risk plan x --sarif-min-severity " "$severities"
expect "upgrade-risk analyze x -o sa" "sarif"

# 2. In a clone, the command being completed is asked, as ./build/upgrade-risk or build/upgrade-risk,
# with no upgrade-risk on PATH (any folder that holds one is left out of it).
mkdir "$clone/build"
ln -s "$exe" "$clone/build/upgrade-risk"
PATH=$(tr ':' '\n' <<<"$path_without_upgrade_risk" |
    while read -r dir; do [[ -x $dir/upgrade-risk ]] || printf '%s:' "$dir"; done)
PATH=${PATH%:}
cd "$clone"
command -v upgrade-risk >/dev/null && fail "upgrade-risk is still on PATH: $(command -v upgrade-risk)"
for clone_exe in ./build/upgrade-risk build/upgrade-risk; do
    expect "$clone_exe analyze x -o " "$formats"
    expect "$clone_exe plan x --output j" "json"
    expect "$clone_exe explain " "$rule_ids"
    expect "$clone_exe explain prereq-a" "prereq-authrest-kit"
done
cd - >/dev/null
PATH=$bin:$path_without_upgrade_risk

# 3. The man page documents every command, long option and format (roff escapes '-' as '\-').
for command in $commands; do
    grep -q "^\.B upgrade-risk $command\$" "$man_page" || fail "man page: no synopsis line for '$command'"
done
for command in $commands; do
    for option in $("$exe" "$command" --help | help_options | xargs -n1 | grep -- '^--' | grep -v -- '--help'); do
        grep -qF -- "${option//-/\\-}" "$man_page" || fail "man page: '$command $option' is not documented"
    done
done
for option in --version --verbose; do
    grep -qF -- "${option//-/\\-}" "$man_page" || fail "man page: '$option' is not documented"
done
for format in $formats; do
    sed -n '/^\.SH FORMATS/,/^\.SH /p' "$man_page" | grep -q "^\.B $format\$" ||
        fail "man page: format '$format' is not described under FORMATS"
done
exit $((failures > 0))
