#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer target `treaty-fuzz` (decode, parse both flavors, the lossless check, determinism,
# the model) with the toolchain's fuzzer and address sanitizer, and runs it for SECONDS seeded from corpus/.
#
#   bash .ci/fuzz.sh [SECONDS] [JOBS]      # defaults: 60 seconds, 1 job
#
# Not part of .ci/run (too slow); run by hand. The working corpus grows in .build/fuzz-corpus and is kept between
# runs; crashes, timeouts and out-of-memory inputs land in .build/fuzz-artifacts/. Replay one with the plain build:
#   swift build --product treaty-fuzz && .build/debug/treaty-fuzz .build/fuzz-artifacts/crash-…
# Environment: FUZZ_SANITIZERS (default `fuzzer,address`; `fuzzer` alone runs about 10 times faster), FUZZ_ARGS
# (extra libFuzzer flags, later ones win: `-seed=1`, `-max_len=1024`), FUZZ_KEEP_GOING=1 (record a crash and go on
# looking for others; always so with more than one job).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

seconds="${1:-60}"
jobs="${2:-1}"
sanitizers="${FUZZ_SANITIZERS:-fuzzer,address}"
scratch=".build/fuzz"            # its own build directory, so the fuzzer flags never dirty the normal .build
corpus=".build/fuzz-corpus"
artifacts=".build/fuzz-artifacts"
logs=".build/fuzz-logs"
mkdir -p "$corpus" "$artifacts" "$logs"

echo "fuzz: building treaty-fuzz with -sanitize=$sanitizers"
swift build -c release --product treaty-fuzz --scratch-path "$scratch" \
  -Xswiftc "-sanitize=$sanitizers" -Xswiftc -DTREATY_FUZZING
binary="$scratch/release/treaty-fuzz"

# Seeds: every corpus document whole (libFuzzer cuts it at -max_len), and in pieces of about 4 KiB at line ends, so
# the fuzzer starts from small inputs of every kind of structure. `cp -n` keeps what earlier runs found.
seed() {
  local file="$1" base
  base="seed-$(basename "$file")"
  cp -n "$file" "$corpus/$base"
  split -C 4096 -d -a 3 "$file" "$corpus/$base.part-"
}
shopt -s nullglob
for file in corpus/*.txt corpus/*.md ../shared/corpus-extra/*.md ../shared/corpus-extra/*.rtf \
  ../shared/corpus-extra/*.html; do
  seed "$file"
done
shopt -u nullglob

# Edge cases the corpus lacks: encodings, byte-order marks, broken sequences, line ends, invisible characters,
# markup, numbering oddities.
edge() { printf "$2" > "$corpus/edge-$1"; }
edge utf8-bom '\xef\xbb\xbfСтатья 1\nТекст\n'
edge utf16le '\xff\xfe!\x04B\x04 \x001\x00\n\x00'
edge utf16be '\xfe\xff\x04!\x04B\x00 \x001\x00\n'
edge utf16-lone-surrogate '\xff\xfe\x00\xd8A\x00\n\x00'
edge cp1251 '\xd1\xf2\xe0\xf2\xfc\xff 1\r\n\xd1\xf2\xee\xf0\xee\xed\xfb \xf1\xee\xe3\xeb\xe0\xf1\xe8:\r\n'
edge koi8r '\xf3\xd4\xc1\xd4\xd8\xd1 1\n\xf3\xd4\xcf\xd2\xcf\xce\xd9 \xd3\xcf\xc7\xcc\xc1\xd3\xc9\xcc\xc9\xd3\xd8:\n'
edge utf8-truncated 'Статья 1\n\xd0'
edge utf8-overlong 'Статья \xc0\xb1\n'
edge lone-cr 'Статья 1\rТекст.\rСтатья 2\r'
edge crlf-mixed 'Статья 1\r\n1. Текст;\n2) пункт:\r\n- a;\r\n'
edge invisible 'Ст\xc2\xadатья\xc2\xa01\xe2\x80\x8b\n\xc2\xa0\xc2\xa0Текст\xe2\x80\x8c.\n'
edge markdown '# **СОГЛАШЕНИЕ**\n\n## **Статья 1**\n\n- пункт\n  - вложенный\\\n**1.** текст\\_\n'
edge letter-spacing 'С Т А Т Ь Я  1\nп р о т и в  с о б с т в е н н о с т и ;\n'
edge numbering 'Статья 12¹\n1.\n1)\nа)\n(iv) x\nIII. Раздел\nСтатья 1\nСтатья 1\nСноска. Т\n1\tсноска\n'
edge act-frame 'ПОСТАНОВЛЯЕТ:\n1. Одобрить.\nОдобрен\nпостановлением\nСОГЛАШЕНИЕ\nсогласились о нижеследующем:\n'
edge act-end 'Статья 1\nТекст.\nСовершено в городе\nЗа Правительство\nПодпись\nтекст после подписей\n'
edge rtf '{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}\\f0 \\'"'"'d1\\'"'"'f2\\'"'"'e0\\par \\u1057?\\par}'
edge html '<html><body><h1>Статья 1</h1><p>Текст &amp; &#1057; &nbsp;<br>далее</p><script>x</script></body></html>'

# Tokens of the formats the parser reads, so mutations can insert whole markers rather than guess them byte by byte.
# Written in printf `%b` notation; libFuzzer's dictionary takes only printable ASCII, so every byte goes as \xHH.
dict="$scratch/treaty.dict"
tokens=(
  'Статья ' 'СТАТЬЯ ' 'Глава ' 'РАЗДЕЛ ' 'Раздел ' 'пункт ' 'подпункт ' 'Сноска. ' 'Примечание' 'Проект'
  'Совершено в городе ' 'За Правительство ' 'Одобрен постановлением' 'Утверждены приказом' 'ПОСТАНОВЛЯЕТ:'
  'согласились о нижеследующем:' 'СОГЛАШЕНИЕ' 'Стороны' 'компетентные органы' 'настоящего Соглашения' 'статье 6'
  'в течение 30 (тридцати) календарных дней' 'от 26 ноября 2019 года № 878' '1. ' '1) ' 'а) ' '(iv) ' 'III. '
  '12¹' '- ' '– ' '— ' '* ' '## ' '**' '\\_' '\r\n' '\r' '\n\n' '\t' '\xc2\xa0' '\xc2\xad' '\xe2\x80\x8b'
  '\xef\xbb\xbf' '\xff\xfe' '\xfe\xff' '«' '»' ';\n' ':\n' '{\\rtf1' '\\par ' '\\\x27e0' '\\u1057?' '<p>' '<br>'
  '&nbsp;' '&#1057;'
)
for token in "${tokens[@]}"; do
  printf '"%s"\n' "$(printf '%b' "$token" | od -An -v -tx1 | tr -d ' \n' | sed 's/../\\x&/g')"
done > "$dict"

before=$(find "$corpus" -type f | wc -l)
log="$logs/fuzz-$(date +%Y%m%d-%H%M%S).log"
echo "fuzz: $seconds s, $jobs job(s), corpus $corpus ($before files), log $log"

flags=(-max_len=65536 -timeout=10 -rss_limit_mb=4096 -max_total_time="$seconds" -print_final_stats=1
  -artifact_prefix="$artifacts/" -dict="$dict")
# Fork mode runs the inputs in child processes, so a crash is saved and the search goes on; one job stays sequential.
if [ "$jobs" -gt 1 ] || [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  flags+=(-fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi
# Leak checking is off: the Swift runtime keeps metadata caches for the life of the process, which LeakSanitizer
# would report on every input; use-after-free, overflows and the rest of AddressSanitizer stay on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# Swift's own backtracer claims SIGILL, the signal of every Swift trap (overflow, bounds, fatalError), before
# libFuzzer can: the process would die with a fine backtrace but no saved input. Off here; the replay build has it.
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
started=$SECONDS
set +e
# shellcheck disable=SC2086
"$binary" "${flags[@]}" ${FUZZ_ARGS:-} "$corpus" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

after=$(find "$corpus" -type f | wc -l)
executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -n 1 || true)
if [ -z "$executions" ]; then  # fork mode prints no final stats; its last status line has the count
  executions=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | tail -n 1 || true)
fi
echo
echo "fuzz: ran $((SECONDS - started)) s, ${executions:-unknown} executions, corpus $before → $after files," \
  "exit status $status"
findings=$(find "$artifacts" -type f -newer "$dict" | sort)
if [ -n "$findings" ]; then
  echo "fuzz: findings in this run (replay with .build/debug/treaty-fuzz FILE):"
  echo "$findings" | sed 's/^/  /'
else
  echo "fuzz: no crashes, timeouts or out-of-memory inputs in this run"
fi
exit "$status"
