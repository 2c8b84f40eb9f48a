"""Runs the benchmark cases and the peers; prints the table (tooling only)."""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

work, bin_dir = sys.argv[1], sys.argv[2]
treaty, bench = os.path.join(bin_dir, "treaty"), os.path.join(bin_dir, "treaty-bench")
kg, am = "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md"
rows = []


def whole(command, runs=7, stdin_file=None):
    """Median, min, max wall time (ms) of a whole process, after one warm-up; and its own peak RSS (MB).

    RUSAGE_CHILDREN reports the largest child ever waited for, so each child is reaped with wait4,
    which returns that child's own usage."""
    times, peak = [], 0.0
    for index in range(runs + 1):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        child.returncode = 0
        elapsed = (time.perf_counter() - start) * 1000
        peak = max(peak, usage.ru_maxrss / 1024)
        if index > 0:
            times.append(elapsed)
    return statistics.median(times), min(times), max(times), peak


def inprocess(arguments):
    out = subprocess.run([bench] + arguments, capture_output=True, text=True).stdout.split()
    fields = dict(zip(out[0::2], out[1::2]))
    return float(fields["median_ms"]), float(fields["min_ms"]), float(fields["max_ms"]), float(fields["peak_rss_mb"])


def add(case, result, size=None, note=""):
    median, low, high, peak = result
    rate = f"{size / 1_048_576 / (median / 1000):.1f}" if size else ""
    rows.append((case, f"{median:.2f}", f"{low:.2f}", f"{high:.2f}", rate, f"{peak:.0f}", note))
    return median


synthetic = os.path.join(work, "synthetic.txt")
size = os.path.getsize(synthetic)
add("parse, whole process (JSON out)", whole([treaty, "parse", synthetic, "--format", "json", "--diagnostics", "none"], runs=3), size)
add("parse, in-process", inprocess(["parse", synthetic, "3"]), size)
treaty_diff = add("diff KZ–KG/KZ–AM, in-process (parse+align+words)", inprocess(["diff", kg, am, "30"]))
treaty_whole = add("diff KZ–KG/KZ–AM, whole command", whole([treaty, "diff", kg, am, "--format", "json"], runs=15))
add("treaty --help (process start)", whole([treaty, "--help"], runs=15))
add("diff 1 MB vs 1 MB (5 % words changed), in-process",
    inprocess(["diff", os.path.join(work, "one-mb-a.txt"), os.path.join(work, "one-mb-b.txt"), "3"]))
add("diff unrelated 5 MB vs 5 MB, whole command",
    whole([treaty, "diff", os.path.join(work, "five-mb-a.txt"), os.path.join(work, "five-mb-b.txt"), "--format", "json"], runs=1))

peers = []
if shutil.which("git"):
    peers.append(("git diff --no-index --word-diff", ["git", "diff", "--no-index", "--word-diff", kg, am]))
if shutil.which("wdiff"):
    peers.append(("GNU wdiff", ["wdiff", kg, am]))
peers.append(("Python difflib (words), whole run", [sys.executable, "-c",
    "import difflib,sys; a=open(sys.argv[1]).read().split(); b=open(sys.argv[2]).read().split(); "
    "list(difflib.SequenceMatcher(None,a,b).get_opcodes())", kg, am]))
try:
    import diff_match_patch  # noqa: F401
    # Word mode is the library's documented line-mode trick applied to words: one word per line, each line mapped
    # to one character, the character diff, then mapped back.
    peers.append(("diff-match-patch (words), whole run", [sys.executable, "-c",
        "import sys; from diff_match_patch import diff_match_patch as D; d=D(); "
        "a='\\n'.join(open(sys.argv[1]).read().split())+'\\n'; b='\\n'.join(open(sys.argv[2]).read().split())+'\\n'; "
        "x,y,t=d.diff_linesToChars(a,b); r=d.diff_main(x,y,False); d.diff_charsToLines(r,t)", kg, am]))
    peers.append(("diff-match-patch (characters), whole run", [sys.executable, "-c",
        "import sys; from diff_match_patch import diff_match_patch as D; d=D(); "
        "d.diff_main(open(sys.argv[1]).read(), open(sys.argv[2]).read(), False)", kg, am]))
except ImportError:
    pass
for name, command in peers:
    median = add(name, whole(command, runs=15))
    rows.append(("  ratio: treaty diff whole / " + name.split(",")[0], f"{treaty_whole / median:.2f}×", "", "", "", "", ""))

width = max(len(r[0]) for r in rows)
print(f"{'case'.ljust(width)}  median ms    min ms    max ms    MB/s  peak MB")
for case, median, low, high, rate, peak, note in rows:
    print(f"{case.ljust(width)}  {median:>9}  {low:>8}  {high:>8}  {rate:>6}  {peak:>7}  {note}")

# Template search at scale: N agreements generated from the corpus's own (see Sources/treaty-bench/MatrixCase.swift).
for count in [int(n) for n in os.environ.get("MATRIX_SIZES", "1000").split(",") if n]:
    out = subprocess.run([bench, "matrix", str(count)], capture_output=True, text=True).stdout.split()
    fields = dict(zip(out[0::2], out[1::2]))
    print(f"\nmatrix, {count} generated agreements ({int(fields['bytes']) / 1_048_576:.1f} MB):"
          f" parse, acts and fingerprints {float(fields['fingerprint_ms']) / 1000:.1f} s,"
          f" prefilter {float(fields['prefilter_ms']) / 1000:.2f} s, {fields['candidates']} candidate pairs"
          f" of {count * (count - 1) // 2},\n  each document prepared once {float(fields['prepare_ms']) / 1000:.1f} s,"
          f" full alignment {fields['aligned_ms_per_pair']} ms a pair (wall, all cores)"
          f" → projected {float(fields['projected_full_s']):.0f} s for the candidates;"
          f" recall: {fields['missed']} of {fields['ruled_out_sampled']} sampled ruled-out pairs reach 0.2;"
          f" peak {fields['peak_rss_mb']} MB")

    # The estimated matrix (`--method estimated`, automatic above 200 agreements): in-process stages and its error
    # against full alignment on sampled pairs, then the whole command on the same agreements written as a corpus.
    out = subprocess.run([bench, "matrix-estimated", str(count)], capture_output=True, text=True).stdout.split()
    fields = dict(zip(out[0::2], out[1::2]))
    table = float(fields["whole_ms"])
    print(f"matrix estimated, {count} agreements: sketches (parse, acts, parties, provision bags)"
          f" {float(fields['sketch_ms']) / 1000:.1f} s, estimate {float(fields['estimate_ms']) / 1000:.2f} s,"
          f" every pair read {float(fields['pairs_ms']) / 1000:.2f} s"
          + (f"; in-process with the text table {table / 1000:.1f} s" if table >= 0 else "")
          + f";\n  against full alignment on {fields['checked_pairs']} sampled pairs: mean |error|"
          f" {fields['mean_abs_error']}, max {fields['max_abs_error']}; across 0.2: {fields['missed_0.2']} under,"
          f" {fields['extra_0.2']} over; across 0.5: {fields['missed_0.5']} under, {fields['extra_0.5']} over;"
          f" peak {fields['peak_rss_mb']} MB")
    generated = os.path.join(work, f"generated-{count}")
    if not os.path.exists(os.path.join(generated, "manifest.json")):
        subprocess.run([bench, "write-corpus", str(count), generated], capture_output=True)
    for fmt in ["text", "csv"]:
        median, low, high, peak = whole([treaty, "corpus", "matrix", generated, "--format", fmt],
                                        runs=3 if count <= 2000 else 1)
        print(f"  whole command `treaty corpus matrix` ({fmt} out): median {median / 1000:.2f} s"
              f" (min {low / 1000:.2f}, max {high / 1000:.2f}), peak {peak:.0f} MB")
