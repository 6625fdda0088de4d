#!/usr/bin/env bash
# Loads the bash completion and checks what it offers.  usage: completion_test.sh COMPLETION_FILE
set -euo pipefail
source "$1"
complete -p upgrade-risk | grep -q -- '-F _upgrade_risk' || { echo "completion not registered"; exit 1; }

failures=0
# expect "WORDS..." "EXPECTED REPLY": completes the last word of WORDS.
expect() {
    read -r -a COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _upgrade_risk
    local got="${COMPREPLY[*]}"
    if [[ $got != "$2" ]]; then
        echo "completing '$1': got '$got', expected '$2'"
        failures=$((failures + 1))
    fi
}
expect "upgrade-risk an" "analyze"
expect "upgrade-risk v" "validate"
expect "upgrade-risk analyze x.xml -o s" "sarif"
expect "upgrade-risk analyze x.xml --output m" "markdown"
expect "upgrade-risk analyze x.xml --fail-on c" "critical"
expect "upgrade-risk analyze x.xml --fail-" "--fail-on"
expect "upgrade-risk analyze x.xml --bas" "--baseline"
expect "upgrade-risk init --f" "--force"
exit $((failures > 0))
