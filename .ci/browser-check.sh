#!/usr/bin/env bash
# Renders the KZ–KG vs KZ–AM redline in headless Chromium: a PNG screenshot, a PDF (print CSS) and the rendered
# DOM, then checks that the page shows the expected text and that every moved unit's link target exists.
# Usage: .ci/browser-check.sh [OUTPUT_DIR]   (default: .build/browser-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-.build/browser-check}"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "browser-check: installing Chromium from Debian packages"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > "$out/apt.log" 2>&1 \
    || { echo "browser-check: could not install Chromium (see $out/apt.log)"; exit 1; }
  browser="$(command -v chromium)"
fi

set +e
swift run -c release treaty diff corpus/kz-kg-migration-2019.txt corpus/kz-am-migration-2019.md \
  --format html -o "$out/report.html"
status=$?
set -e
[ "$status" -eq 1 ] || { echo "browser-check: treaty diff exited with $status, expected 1"; exit 1; }

page="file://$(pwd)/$out/report.html"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-dev-shm-usage)
"$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$out/report.png" "$page" > "$out/chromium.log" 2>&1
"$browser" "${flags[@]}" --print-to-pdf="$out/report.pdf" --no-pdf-header-footer "$page" >> "$out/chromium.log" 2>&1
"$browser" "${flags[@]}" --dump-dom "$page" > "$out/dom.html" 2>> "$out/chromium.log"

fail() { echo "browser-check: $1"; exit 1; }
[ -s "$out/report.png" ] || fail "no screenshot"
head -c 4 "$out/report.pdf" | grep -q '%PDF' || fail "no PDF"
# The rendered DOM holds the expected text.
for text in "Сводка" "Существенные изменения" "ст. 5" "ст. 11 п. 4" "Правительство Республики Армения" \
  "45 (сорок пять) дней" "<del" "<ins"; do
  grep -q -- "$text" "$out/dom.html" || fail "the rendered page lacks «$text»"
done
# The script ran: the filter is visible (the hidden attribute is gone).
grep -q 'id="filter" hidden' "$out/dom.html" && fail "the filter script did not run"
# Every moved-unit link leads somewhere on the page, both ways.
links=$(grep -o 'href="#[^"]*"' "$out/dom.html" | sed 's/href="#//; s/"$//' | sort -u)
count=0
for target in $links; do
  grep -q "id=\"$target\"" "$out/dom.html" || fail "link #$target has no target"
  count=$((count + 1))
done
moved=$(grep -c 'class="moved-placeholder"' "$out/dom.html" || true)
[ "$moved" -ge 1 ] || fail "no moved-unit markers"
echo "browser-check: $count link targets found, $moved moved units linked both ways; PNG, PDF and DOM in $out"
