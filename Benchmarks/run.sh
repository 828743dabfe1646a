#!/usr/bin/env bash
# The benchmark: builds release binaries and the C floor (Benchmarks/floor.c), installs the peers (tabulate, pandas, pytablewriter
# in a venv under .build; pandoc from Debian when root), and runs Benchmarks/bench.py, which
# prints the report and writes Benchmarks/REPORT.md. Never fails on a timing.
# Usage: bash Benchmarks/run.sh [--quick]   (--quick skips the slowest peers at the large size)
set -euo pipefail
cd "$(dirname "$0")/.."
# A release build linked as one static executable (the Swift runtime, Foundation and the C
# library), as one would install the tool: no dynamic loader, so none of the 73,000 relocations
# that a position-independent binary with Foundation inside has to apply at every start:
# linking alone took rendering a 5 x 20 matrix from 7.7 M instructions (only the Swift
# libraries static) to 4.6 M, and from about 4 ms to about 2.5 (all dynamic: about 8).
# The linker warns that getpwuid and getpwnam need the build machine's glibc at run time:
# they are Foundation's user-name functions, which techmatrix never calls.
build=(swift build -c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-static)
"${build[@]}" --product techmatrix >/dev/null
"${build[@]}" --product techmatrix-phases >/dev/null
bin=$("${build[@]}" --show-bin-path)
# The binary measured is the binary that renders this repository's output/, byte for byte.
"$bin/techmatrix" render --check
# The floor: a minimal C program that reads the document and writes the same table.
mkdir -p .build/bench
cc -O2 -o .build/bench/floor Benchmarks/floor.c
venv=.build/bench-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r Benchmarks/requirements.txt
if ! command -v pandoc >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
exec "$venv/bin/python" Benchmarks/bench.py "$bin/techmatrix" "$bin/techmatrix-phases" "$venv/bin/python" .build/bench .build/bench/floor "$@"
