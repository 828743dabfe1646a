#!/usr/bin/env bash
# Loads the generated completion scripts in real bash, zsh and fish and completes commands,
# options, option values and matrix ids with them; renders the generated manual page with
# `man -l`. Closes with 'N passed, N failed'.
#
# Usage: bash Tests/Completion/check_completion.sh TECHMATRIX_BINARY
set -uo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
expect() { # expect NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); printf 'FAIL %s:\n  expected: %q\n  actual:   %q\n' "$1" "$2" "$3"; fi
}

"$bin" --generate-completion-script bash > "$work/c.bash"
"$bin" --generate-completion-script zsh > "$work/c.zsh"
"$bin" --generate-completion-script fish > "$work/c.fish"
"$bin" --generate-manpage > "$work/techmatrix.1"
name=$(basename "$bin")

# bash: COMPREPLY for a command line whose last word is being completed.
bash_complete() {
  bash --norc -c 'source "$1" || exit 9; line=$2; read -r -a COMP_WORDS <<< "$line"; [[ "$line" == *" " ]] && COMP_WORDS+=(""); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _'"$name"'; printf "%s\n" "${COMPREPLY[@]}"' _ "$work/c.bash" "$1" | sort | tr '\n' ' '
}
expect "bash loads without error" "" "$(bash --norc -c 'source "$1"' _ "$work/c.bash" 2>&1)"
expect "bash: commands" "rank render " "$(bash_complete "$name r")"
expect "bash: options" "--orientation --output --output-dir " "$(bash_complete "$name render --o")"
expect "bash: option values" "columns rows " "$(bash_complete "$name render --orientation ")"
expect "bash: audit formats" "json md text " "$(bash_complete "$name audit --format ")"
expect "bash: matrix ids" "service-meshes " "$(bash_complete "$name rank serv")"
expect "bash: show's options" "--color " "$(bash_complete "$name show --co")"
expect "bash: show's colour values" "always auto never " "$(bash_complete "$name show --color ")"
expect "bash: global options" "--generate-completion-script --generate-manpage " "$(bash_complete "$name --gen")"

# zsh: the script loads under compinit and registers itself; its candidates are those a user sees.
expect "zsh loads under compinit and registers" "_$name" "$(zsh -f -c 'autoload -U compinit; compinit -u -d "$2/zcompdump"; source "$1" || exit 9; print -r -- ${_comps['"$name"']}' _ "$work/c.zsh" "$work" 2>&1)"
zsh_candidates() { zsh -f -c 'source "$1"; _'"$name"'_candidates "$2" "$3" "$4"' _ "$work/c.zsh" "$@" | grep -- "^$3" | sort | tr '\n' ' '; }
expect "zsh: commands" "rank render " "$(zsh -f -c 'source "$1"; _'"$name"'_candidates "" "" r' _ "$work/c.zsh" | grep '^r' | sort | tr '\n' ' ')"
expect "zsh: options" "--fail-on --format " "$(zsh -f -c 'source "$1"; _'"$name"'_candidates audit audit --f' _ "$work/c.zsh" | grep -- '^--f' | sort | tr '\n' ' ')"
expect "zsh: option values" "error warning " "$(zsh -f -c 'source "$1"; _'"$name"'_candidates audit --fail-on ""' _ "$work/c.zsh" | sort | tr '\n' ' ')"

# fish: `complete -C` prints what fish offers for a command line.
fish_complete() { fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$work/c.fish" "$1" | cut -f1 | sort | tr '\n' ' '; }
expect "fish loads without error" "" "$(fish --no-config -c 'source $argv[1]' "$work/c.fish" 2>&1)"
expect "fish: commands" "rank render " "$(fish_complete "$name r")"
expect "fish: options" "--orientation --output --output-dir " "$(fish_complete "$name render --o")"
expect "fish: option values" "columns rows " "$(fish_complete "$name render --orientation ")"
expect "fish: matrix ids" "service-meshes " "$(fish_complete "$name audit serv")"
expect "fish: show's options" "--width " "$(fish_complete "$name show --wi")"

# The manual page renders with man -l and names every command.
manual=$(MANWIDTH=100 man -l -P cat "$work/techmatrix.1" 2>&1)
expect "man -l renders the page" "0" "$?"
for command in render show list validate export diff embed audit rank; do
  case "$manual" in *"   $command"*) passed=$((passed + 1)) ;; *) failed=$((failed + 1)); echo "FAIL man page lacks command $command" ;; esac
done
case "$manual" in *"EXIT STATUS"*) passed=$((passed + 1)) ;; *) failed=$((failed + 1)); echo "FAIL man page lacks EXIT STATUS" ;; esac

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
