# bash completion for upgrade-risk                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/upgrade-risk; or: source completions/upgrade-risk.bash
# Report formats and rule ids come from the upgrade-risk being completed, so they never go stale:
# ./build/upgrade-risk in a clone (bash falls back on the completion of the name after the last
# '/'), else the upgrade-risk on PATH.

# Runs the upgrade-risk of the command line being completed with the arguments given, stderr
# discarded. Its first word is used as a path when it names an executable file; it is never
# evaluated (a leading ~/ is expanded as the shell would).
_upgrade_risk_run() {
    local exe=${COMP_WORDS[0]}
    [[ $exe == "~/"* ]] && exe=$HOME/${exe#"~/"}
    [[ $exe == */* && -f $exe && -x $exe ]] || exe=upgrade-risk
    command "$exe" "$@" 2>/dev/null
}

_upgrade_risk() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    local commands="validate analyze plan rules explain init schema help version"
    local severities="critical high medium low info"

    # The subcommand is the first word that is not an option.
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands -h --help -V --version -v --verbose" -- "$cur"))
        return
    fi

    if [[ $command == analyze || $command == plan ]]; then
        case $prev in
            -o | --output)
                # FORMAT or FORMAT=FILE: format names first, then files after the '='.
                if [[ $cur == *=* ]]; then
                    COMPREPLY=($(compgen -f -- "${cur#*=}"))
                else
                    local formats
                    formats=$(_upgrade_risk_run analyze --help |
                        sed -n 's/^ \{20,\}\([a-z][a-z0-9-]*\): .*/\1/p')
                    COMPREPLY=($(compgen -W "$formats" -- "$cur"))
                fi
                return
                ;;
            --fail-on | --fail-on-new | --sarif-min-severity)
                COMPREPLY=($(compgen -W "$severities" -- "$cur"))
                return
                ;;
            --fail-on-verdict)
                COMPREPLY=($(compgen -W "no-go go-with-conditions go" -- "$cur"))
                return
                ;;
            --target)
                COMPREPLY=($(compgen -W "5.5 5.0" -- "$cur"))
                return
                ;;
            --spacing)
                COMPREPLY=($(compgen -W "12h 1d 7d" -- "$cur"))
                return
                ;;
            --baseline | --json | --html)
                COMPREPLY=($(compgen -f -- "$cur"))
                return
                ;;
            --template-dir)
                COMPREPLY=($(compgen -d -- "$cur"))
                return
                ;;
            --max-backup-age)
                COMPREPLY=($(compgen -W "24h 36h 2d" -- "$cur"))
                return
                ;;
            --sarif-max-results)
                COMPREPLY=($(compgen -W "25000 5000 0" -- "$cur"))
                return
                ;;
        esac
    fi

    local options="-h --help"
    case $command in
        validate) options+=" --max-diagnostics" ;;
        analyze) options+=" -o --output --json --html --baseline --fail-on --fail-on-verdict --fail-on-new --max-backup-age --sarif-max-results --sarif-min-severity --template-dir --max-diagnostics" ;;
        plan) options+=" -o --output --json --html --fail-on --fail-on-verdict --max-backup-age --sarif-max-results --sarif-min-severity --target --max-per-wave --keep-waves --start --spacing --max-diagnostics" ;;
        init) options+=" -f --force" ;;
        explain)
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(_upgrade_risk_run rules | awk '/^[a-z]/ {print $1}')" -- "$cur"))
                return
            fi
            ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -o filenames -F _upgrade_risk upgrade-risk
