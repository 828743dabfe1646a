#!/usr/bin/env bash
# Measures how long `swiftc -typecheck` takes on DSL sources of 10, 40, 100 and 300 tools x 30
# criteria, written in the README's idiom (each tool its own declaration), against the built
# TechMatrix module. Prints a Markdown table; a benchmark, it never fails on a timing.
# Usage: bash Benchmarks/typecheck.sh [tools ...]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 40 100 300)
swift build --product TechMatrix >/dev/null 2>&1 || swift build >/dev/null
modules=$(swift build --show-bin-path)/Modules
# The module map of the C target that TechMatrix imports internally, as SwiftPM passes it to dependents.
cachehints=(-I Sources/CacheHints/include)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "| tools x criteria | lines | typecheck seconds (median of 3) |"
echo "|---|---|---|"
for n in "${sizes[@]}"; do
  python3 Benchmarks/generate-dsl.py "$n" 30 "$work/Generated$n.swift"
  times=()
  for _ in 1 2 3; do
    start=$(python3 -c "import time; print(time.time())")
    swiftc -typecheck -swift-version 6 -I "$modules" "${cachehints[@]}" "$work/Generated$n.swift"
    end=$(python3 -c "import time; print(time.time())")
    times+=("$(python3 -c "print($end - $start)")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  printf '| %d x 30 | %d | %.2f |\n' "$n" "$(wc -l < "$work/Generated$n.swift")" "$median"
done
