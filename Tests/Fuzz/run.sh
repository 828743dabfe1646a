#!/usr/bin/env bash
# Builds the libFuzzer targets (the library's sources compiled into each target with
# -sanitize=fuzzer,address) and runs each for a bounded time on its seed corpus. Prints
# libFuzzer's run and coverage counts; fails if any target finds a crash, leaving the input
# in .build/fuzz/findings/.
# Usage: bash Tests/Fuzz/run.sh [seconds per target] [target ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(decode render embed arguments)
work=.build/fuzz
mkdir -p "$work/findings"
sources=$(find Sources/TechMatrix -name '*.swift' | sort)
status=0
for target in "${targets[@]}"; do
  file="Tests/Fuzz/Targets/$(tr '[:lower:]' '[:upper:]' <<<"${target:0:1}")${target:1}.swift"
  binary="$work/fuzz-$target"
  extra=(); [ "$target" = arguments ] && extra=(Tests/TechMatrixTestSupport/InMemoryFileSystem.swift)
  if [ ! -x "$binary" ] || [ -n "$(find Sources/TechMatrix "$file" "${extra[@]}" Sources/CacheHints -newer "$binary" \( -name '*.swift' -o -name '*.h' \) | head -1)" ]; then
    echo "==> building $target"
    if ! swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name TechMatrix -swift-version 6 \
         -I Sources/CacheHints/include $sources "$file" "${extra[@]}" -o "$binary" >"$work/build-$target.log" 2>&1; then
      grep -v 'Cannot export local symbol' "$work/build-$target.log" | tail -30; exit 1
    fi
  fi
  corpus="$work/corpus-$target"
  mkdir -p "$corpus"
  cp -n Tests/Fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  echo "==> fuzzing $target for ${seconds}s"
  log="$work/$target.log"
  dict=(); [ -f "Tests/Fuzz/$target.dict" ] && dict=(-dict="Tests/Fuzz/$target.dict")
  if "$binary" "$corpus" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 -timeout=20 \
       -artifact_prefix="$work/findings/$target-" -print_final_stats=1 >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    echo "$target: $runs runs, $cov, no findings"
  else
    echo "$target: FINDING"; tail -40 "$log"; status=1
  fi
done
exit $status
