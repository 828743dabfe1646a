#!/usr/bin/env bash
# `swift format lint --strict` with the repository's .swift-format on Sources/, Tests/ and
# matrices/. The pretty-printer findings (Indentation, AddLines, RemoveLine, LineLength,
# TrailingComma) cannot be turned off in the configuration, and some files predate the lint:
# Tests/Lint/known-format-findings.txt lists them as "<file> <category>", each entry debt to
# remove by formatting that file. Any other finding fails (exit 1) with swift-format's message.
#
# Usage: bash Tests/Lint/swift-format-lint.sh [--list]
#   --list  print the current findings in the known-findings format and exit 0
set -euo pipefail
cd "$(dirname "$0")/../.."
known=Tests/Lint/known-format-findings.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# swift format exits non-zero whenever it finds something; the log decides.
swift format lint --strict --parallel --recursive Sources Tests matrices >"$log" 2>&1 || true

pattern='^([^:]+):[0-9]+:[0-9]+: (error|warning): \[([A-Za-z]+)\]'
if [ "${1:-}" = "--list" ]; then
  sed -nE "s/$pattern.*/\1 \3/p" "$log" | sort -u
  exit 0
fi

failed=0
unexpected=$(grep -vE "$pattern|^[^:]+:[0-9]+:[0-9]+: note: " "$log" || true)
if [ -n "$unexpected" ]; then
  echo "swift format lint did not run cleanly:"; echo "$unexpected"; failed=1
fi
allowed=$(grep -vE '^[[:space:]]*(#|$)' "$known" | awk '{print $1, $2}' | sort -u)
findings=0; debt=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  findings=$((findings + 1))
  key=$(sed -E "s/$pattern.*/\1 \3/" <<<"$line")
  if grep -qxF "$key" <<<"$allowed"; then debt=$((debt + 1)); else echo "$line"; failed=1; fi
done < <(grep -E "$pattern" "$log" || true)
current=$(sed -nE "s/$pattern.*/\1 \3/p" "$log" | sort -u)
comm -23 <(echo "$allowed") <(echo "$current") | sed '/^$/d' | while IFS= read -r entry; do
  echo "note: $known: '$entry' no longer occurs; remove it from the list"
done
echo "swift format lint: $findings findings, $debt of them known debt in $known, $((findings - debt)) new"
exit "$failed"
