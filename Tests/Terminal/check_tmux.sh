#!/usr/bin/env bash
# `techmatrix show` in a real terminal: tmux gives it a pseudo-terminal of a known size, and
# what it drew is read back with its escape codes (capture-pane -e). Checks that colour is on in
# a terminal, off with NO_COLOR, off with --color never and off into a pipe; that the table
# fits the terminal's own width (100 columns here, asked of the system, not COLUMNS); and that
# --ascii draws with ASCII only. Usage: check_tmux.sh <techmatrix binary>
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
command -v tmux >/dev/null || { echo "tmux is missing: install Debian's tmux"; exit 1; }
work=$(mktemp -d)
socket=""
trap '[ -z "$socket" ] || tmux -S "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
passed=0
failed=0
check() { # name, condition (exit status of the rest)
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Runs a shell command in a fresh 100x400 tmux window and prints what the pane shows, with
# escape codes, once the command has finished.
# Each run has a server of its own, so that none meets the previous one shutting down.
runs=0
run_in_tmux() {
  runs=$((runs + 1))
  socket="$work/tmux-$runs.sock"
  printf 'unset COLUMNS NO_COLOR\nexport TERM=xterm-256color\n%s\ntmux -S "%s" wait-for -S finished\nsleep 600\n' "$1" "$socket" > "$work/run-$runs.sh"
  tmux -S "$socket" -f /dev/null new-session -d -x 100 -y 400 "sh '$work/run-$runs.sh'"
  timeout 60 tmux -S "$socket" wait-for finished
  tmux -S "$socket" capture-pane -p -e -S - -E -
  tmux -S "$socket" kill-server 2>/dev/null || true
}

run_in_tmux "'$bin' show service-meshes" > "$work/terminal.txt"
has_escape() { grep -q $'\e\\[' "$1"; }
check "colour in a terminal" has_escape "$work/terminal.txt"
check "the title is bold" grep -q $'\e\\[1mService meshes' "$work/terminal.txt"

run_in_tmux "NO_COLOR=1 '$bin' show service-meshes" > "$work/no-color.txt"
check "no colour with NO_COLOR" bash -c "! grep -q \$'\\e\\\\[' '$work/no-color.txt'"
run_in_tmux "NO_COLOR= '$bin' show service-meshes" > "$work/empty-no-color.txt"
check "an empty NO_COLOR does not turn colour off" has_escape "$work/empty-no-color.txt"
run_in_tmux "'$bin' show service-meshes --color never" > "$work/never.txt"
check "no colour with --color never" bash -c "! grep -q \$'\\e\\\\[' '$work/never.txt'"
run_in_tmux "'$bin' show service-meshes | cat" > "$work/pipe.txt"
check "no colour into a pipe" bash -c "! grep -q \$'\\e\\\\[' '$work/pipe.txt'"
"$bin" show service-meshes --color always > "$work/always.txt"
check "colour with --color always, even into a file" has_escape "$work/always.txt"

# Widths: every line of what the pane shows fits its 100 columns, and the table is wider than
# the 80 a program assumes without asking, so the width came from the terminal.
widths() {
  python3 - "$1" <<'PY'
import re, sys, unicodedata
text = re.sub(r"\x1b\[[0-9;]*m", "", open(sys.argv[1], encoding="utf-8").read())
def width(line):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
lines = [l.rstrip() for l in text.split("\n")]
table = [l for l in lines if l.startswith("┌")]
print(max(width(l) for l in lines), width(table[0]) if table else 0)
PY
}
read -r widest table < <(widths "$work/terminal.txt")
check "no line wider than the 100-column terminal (widest $widest)" test "$widest" -le 100
check "the table uses the terminal's width (its top line is $table columns)" test "$table" -gt 80
run_in_tmux "'$bin' show service-meshes --width 60" > "$work/sixty.txt"
read -r widest table < <(widths "$work/sixty.txt")
check "--width 60 fits 60 columns (widest $widest)" test "$widest" -le 60
run_in_tmux "COLUMNS=72 '$bin' show service-meshes" > "$work/columns.txt"
read -r widest table < <(widths "$work/columns.txt")
check "COLUMNS=72 fits 72 columns (widest $widest)" test "$widest" -le 72

# --ascii: the drawing and the words are ASCII; only the matrix's own text may not be.
"$bin" show service-meshes --ascii > "$work/ascii.txt"
check "--ascii draws no box characters" bash -c "! grep -q '[─│┌┐└┘├┤┬┴┼]' '$work/ascii.txt'"
check "--ascii draws with + - |" grep -q '^+-' "$work/ascii.txt"

echo "tmux: $passed passed, $failed failed"
[ "$failed" = 0 ]
