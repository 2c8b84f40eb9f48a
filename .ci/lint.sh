#!/usr/bin/env bash
# No crash paths in the library: no `try!`, no `as!`, no force unwraps (`x!`), no `fatalError` in Sources/
# (the fuzz target, which crashes on purpose so that libFuzzer keeps the input, is the one exception).
set -euo pipefail
cd "$(dirname "$0")/.."
found=$(grep -rn --include='*.swift' -E 'try!|as!|fatalError\(|[])A-Za-z0-9_]!([.),: ]|$)' Sources \
  | grep -v '^Sources/treaty-fuzz/' | grep -v -E '!=' || true)
if [ -n "$found" ]; then
  echo "lint: crash paths in Sources/ (use guard/if let and return an error or a diagnostic instead):"
  echo "$found"
  exit 1
fi
echo "lint: no try!, as!, force unwraps or fatalError in Sources/"
