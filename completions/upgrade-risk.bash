# bash completion for upgrade-risk                                   -*- shell-script -*-
# Installed as share/bash-completion/completions/upgrade-risk; or: source completions/upgrade-risk.bash

_upgrade_risk() {
    local cur prev words cword
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    local commands="validate analyze init schema rules explain"
    local formats="json text html sarif csv markdown"
    local severities="info low medium high critical"

    # The subcommand is the first word that is not an option.
    local command="" i
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            command=${COMP_WORDS[i]}
            break
        fi
    done

    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version --verbose" -- "$cur"))
        return
    fi

    case $prev in
        -o | --output)
            # FORMAT or FORMAT=FILE: names first, then files after the '='.
            if [[ $cur == *=* ]]; then
                COMPREPLY=($(compgen -f -- "${cur#*=}"))
            else
                COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            fi
            return
            ;;
        --fail-on)
            COMPREPLY=($(compgen -W "$severities" -- "$cur"))
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
            return
            ;;
    esac

    local options="--help"
    case $command in
        analyze) options+=" -o --output --json --html --fail-on --baseline --max-backup-age --template-dir" ;;
        init) options+=" --force" ;;
        explain)
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(upgrade-risk rules 2>/dev/null | awk '{print $1}')" -- "$cur"))
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
