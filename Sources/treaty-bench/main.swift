import Foundation
import TreatyCompare
import TreatyModel
import TreatyStructure
import TreatyText

/// In-process timings for Benchmarks/run.sh: each case runs after a warm-up, several times, and prints one line:
/// `case <name> runs <n> median_ms <m> min_ms <a> max_ms <b> bytes <size> peak_rss_mb <r>`.
/// Whole-process timings (and the peers) are taken by the script.

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1_000_000
}

func peakRSSMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

func measure(_ name: String, runs: Int, bytes: Int, _ body: () -> Void) {
  body()
  var times: [Double] = []
  for _ in 0..<runs {
    let start = now()
    body()
    times.append(now() - start)
  }
  times.sort()
  let median = times[times.count / 2]
  let throughput = bytes > 0 ? String(format: " mb_per_s %.1f", Double(bytes) / 1_048_576 / (median / 1000)) : ""
  print(String(format: "case %@ runs %d median_ms %.3f min_ms %.3f max_ms %.3f bytes %d%@ peak_rss_mb %.1f",
    name, runs, median, times.first ?? 0, times.last ?? 0, bytes, throughput, peakRSSMegabytes()))
}

func load(_ path: String) -> SourceText? {
  do {
    return try TextLoader.load(path: path)
  } catch {
    FileHandle.standardError.write(Data("treaty-bench: \(error.localizedDescription)\n".utf8))
    return nil
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
  print("usage: treaty-bench parse FILE [RUNS] | model FILE [RUNS] | prepare FILE [RUNS] | diff LEFT RIGHT [RUNS]"
    + " | align LEFT RIGHT [RUNS] | matrix N [CORPUS] | matrix-estimated N [CORPUS] | write-corpus N DIR [CORPUS]")
  exit(2)
}
switch command {
case "parse":
  guard arguments.count >= 2, let source = load(arguments[1]) else { exit(2) }
  let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
  measure("parse", runs: runs, bytes: source.bytes.count) { _ = DocumentParser.parse(source) }
case "model":
  guard arguments.count >= 2, let source = load(arguments[1]) else { exit(2) }
  let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
  let document = DocumentParser.parse(source)
  measure("model", runs: runs, bytes: source.bytes.count) { _ = ModelExtractor.extract(document) }
case "diff":
  guard arguments.count >= 3, let left = load(arguments[1]), let right = load(arguments[2]) else { exit(2) }
  let runs = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
  measure("diff", runs: runs, bytes: left.bytes.count + right.bytes.count) {
    // As `treaty diff` does: the two sides parsed in parallel.
    let documents = ParallelMap.map([left, right]) { DocumentParser.parse($0) }
    var options = DocumentComparator.Options()
    options.usesAllCores = true
    _ = DocumentComparator.compare(documents[0], documents[1], options: options)
  }
case "prepare":
  // The per-document half of a diff: model, units, tokens and stems.
  guard arguments.count >= 2, let source = load(arguments[1]) else { exit(2) }
  let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
  let document = DocumentParser.parse(source)
  measure("prepare", runs: runs, bytes: source.bytes.count) { _ = PreparedDocument(document) }
case "align":
  // The per-pair half of a diff: two prepared documents aligned, word diffs and model diff.
  guard arguments.count >= 3, let left = load(arguments[1]), let right = load(arguments[2]) else { exit(2) }
  let runs = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
  let prepared = (PreparedDocument(DocumentParser.parse(left)), PreparedDocument(DocumentParser.parse(right)))
  measure("align", runs: runs, bytes: left.bytes.count + right.bytes.count) {
    var options = DocumentComparator.Options()
    options.usesAllCores = true  // as `treaty diff` does
    _ = DocumentComparator.compare(prepared.0, prepared.1, options: options)
  }
case "matrix":
  guard arguments.count >= 2, let count = Int(arguments[1]), count > 1 else { exit(2) }
  benchmarkMatrix(corpus: arguments.count > 2 ? arguments[2] : "corpus", count: count)
case "matrix-estimated":
  guard arguments.count >= 2, let count = Int(arguments[1]), count > 1 else { exit(2) }
  benchmarkEstimatedMatrix(corpus: arguments.count > 2 ? arguments[2] : "corpus", count: count)
case "write-corpus":
  guard arguments.count >= 3, let count = Int(arguments[1]), count > 1 else { exit(2) }
  writeGeneratedCorpus(corpus: arguments.count > 3 ? arguments[3] : "corpus", count: count, to: arguments[2])
default:
  print("treaty-bench: unknown case '\(command)'")
  exit(2)
}
