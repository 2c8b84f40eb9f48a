#!/usr/bin/env bash
# Treaty's benchmark: generates its inputs from corpus/ with a fixed seed, runs each case several times after a
# warm-up (release build), runs the peers on the same inputs when they are installed (git, wdiff, Python difflib,
# diff-match-patch), and prints a table with medians, MB/s, peak memory and the ratio to each peer.
# Usage: Benchmarks/run.sh [SIZE_MB]    (the synthetic parse corpus; default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-100}"
work=".build/bench"
mkdir -p "$work"
# The release `treaty` links the Swift runtime and Foundation statically (Package.swift), as a release ships.
{ swift build -c release --product treaty && swift build -c release --product treaty-bench; } > "$work/build.log" 2>&1 \
  || { echo "bench: build failed, see $work/build.log"; exit 1; }
bin=".build/release"
python3 Benchmarks/generate.py "$work" "$size_mb"
python3 Benchmarks/measure.py "$work" "$bin"
