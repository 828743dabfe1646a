#!/usr/bin/env bash
# The library's public surface, one declaration a line (file: declaration), compared with the
# reviewed list in Tests/Architecture/public-api.txt, so that a change to what users can build
# with is a visible, deliberate diff. `--update` rewrites the list after review.
set -euo pipefail
cd "$(dirname "$0")/../.."
list=Tests/Architecture/public-api.txt
current=$(grep -rn --include='*.swift' -E '^\s*public ' Sources/TechMatrix \
  | sed -E 's|^Sources/TechMatrix/([^:]*):[0-9]+:\s*|\1: |; s/\s*\{\s*$//; s/\s*=\s*[^=].*$//' | LC_ALL=C sort)
if [ "${1:-}" = "--update" ]; then
  printf '%s\n' "$current" > "$list"
  echo "wrote $list: $(wc -l < "$list") public declarations"
  exit 0
fi
if ! diff -u "$list" <(printf '%s\n' "$current") > /tmp/public-api.diff; then
  echo "The public surface changed (- reviewed list, + sources). Review it, then run $0 --update:"
  cat /tmp/public-api.diff
  exit 1
fi
echo "public surface: $(wc -l < "$list") declarations, as reviewed in $list"
