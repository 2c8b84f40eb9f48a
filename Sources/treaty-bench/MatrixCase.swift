import Foundation
import TreatyCorpus
import TreatyStructure
import TreatyText

/// `treaty-bench matrix N`: template search over N agreements generated from the corpus's own agreements (articles
/// dropped, duplicated, swapped, borrowed from another agreement; `AgreementVariants`). Times the fingerprints and
/// the prefilter, measures the full alignment on a sample of candidates to project the whole matrix, and measures
/// recall on a sample of the pairs the prefilter ruled out (aligned in full: any at or above the reporting
/// threshold is a miss). Prints one line of `key value` pairs.
func benchmarkMatrix(corpus: String, count: Int) {
  let texts = generatedAgreements(corpus: corpus, count: count)
  let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }

  var start = now()
  let documents: [CorpusDocument] = ParallelMap.map(texts) { item in
    CorpusDocument(
      file: item.name, id: item.name, document: DocumentParser.parse(SourceText(name: item.name, text: item.text)))
  }
  let fingerprintMs = now() - start
  start = now()
  let candidates = SimilarityMatrix.candidatePairs(documents)
  let prefilterMs = now() - start

  // Samples: candidates to time the full alignment on, ruled-out pairs to measure recall on.
  var random = SplitMix64(seed: 42)
  let alignedSample = (0..<min(64, candidates.count)).map { _ in candidates[random.below(candidates.count)] }
  let kept = Set(candidates.map { $0.left * count + $0.right })
  var ruledOut: [(Int, Int)] = []
  var attempts = 0
  while ruledOut.count < 256 && attempts < 100_000 {
    attempts += 1
    let a = random.below(count)
    let b = random.below(count)
    guard a != b, !kept.contains(min(a, b) * count + max(a, b)) else { continue }
    ruledOut.append((min(a, b), max(a, b)))
  }

  // `matrix` prepares each document once for all its pairs: timed on the sampled documents and scaled to all.
  let involved = Set(alignedSample.flatMap { [$0.left, $0.right] } + ruledOut.flatMap { [$0.0, $0.1] }).sorted()
  start = now()
  let preparedList = ParallelMap.map(involved) { documents[$0].prepared() }
  let prepareMs = (now() - start) * Double(count) / Double(max(1, involved.count))
  let prepared = Dictionary(uniqueKeysWithValues: zip(involved, preparedList))
  start = now()
  _ = ParallelMap.map(alignedSample.map { ($0.left, $0.right) }) { pair -> PairAlignment? in
    guard let left = prepared[pair.0], let right = prepared[pair.1] else { return nil }
    return PairAlignment(left, right)
  }
  let perPairMs = alignedSample.isEmpty ? 0 : (now() - start) / Double(alignedSample.count)
  let projectedSeconds = (prepareMs + perPairMs * Double(candidates.count)) / 1000

  let coverages = ParallelMap.map(ruledOut) { pair -> Double in
    guard let left = prepared[pair.0], let right = prepared[pair.1] else { return 0 }
    let alignment = PairAlignment(left, right)
    return max(alignment.leftCoverage, alignment.rightCoverage)
  }
  var missed = 0
  for (pair, coverage) in zip(ruledOut, coverages) where coverage >= TemplateSearch.reportingThreshold {
    missed += 1
    let line = "missed: \(documents[pair.0].id) ~ \(documents[pair.1].id) coverage \(coverage)\n"
    FileHandle.standardError.write(Data(line.utf8))
  }

  print(String(
    format: "case matrix documents %d bytes %d fingerprint_ms %.1f prefilter_ms %.1f prepare_ms %.1f candidates %d "
      + "aligned_ms_per_pair %.2f projected_full_s %.1f ruled_out_sampled %d missed %d peak_rss_mb %.1f\n",
    count, bytes, fingerprintMs, prefilterMs, prepareMs, candidates.count, perPairMs, projectedSeconds, ruledOut.count, missed,
    peakRSSMegabytes()))
}

/// N agreements generated from the corpus's own agreements, the same on every run.
func generatedAgreements(corpus: String, count: Int) -> [(name: String, text: String)] {
  let directory = URL(fileURLWithPath: corpus)
  guard let manifest = try? Manifest.load(directory: directory) else {
    print("treaty-bench: no manifest in \(corpus)")
    exit(2)
  }
  let bases: [AgreementVariants.Pieces] = manifest.documents.compactMap { entry in
    guard entry.kind.contains("agreement"), let source = load(directory.appendingPathComponent(entry.file).path)
    else { return nil }
    return AgreementVariants.pieces(DocumentParser.parse(source), name: entry.id, counterparty: [])
  }
  guard bases.count > 1 else {
    print("treaty-bench: fewer than two agreements in \(corpus)")
    exit(2)
  }
  var texts: [(name: String, text: String)] = []
  var round: UInt64 = 1
  while texts.count < count {
    for (index, base) in bases.enumerated() where texts.count < count {
      let variants = AgreementVariants.variants(of: base, other: bases[(index + 1) % bases.count], seed: round)
      let pick = variants[Int(round % UInt64(variants.count))]
      texts.append((name: "\(pick.name)#\(round)", text: pick.text))
    }
    round += 1
  }
  return texts
}

/// `treaty-bench write-corpus N DIR`: the N generated agreements as a corpus directory (files and manifest), so that
/// the whole `treaty corpus matrix DIR` command can be timed on them.
func writeGeneratedCorpus(corpus: String, count: Int, to path: String) {
  let directory = URL(fileURLWithPath: path)
  var entries: [ManifestEntry] = []
  do {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (index, item) in generatedAgreements(corpus: corpus, count: count).enumerated() {
      let file = String(format: "generated-%05d.txt", index + 1)
      try item.text.write(to: directory.appendingPathComponent(file), atomically: false, encoding: .utf8)
      entries.append(ManifestEntry(
        file: file, id: String(format: "generated-%05d", index + 1), kind: "agreement", title: item.name, parties: [],
        date: nil, language: "rus", notes: "generated by treaty-bench from \(item.name)"))
    }
    try Manifest(documents: entries).write(directory: directory)
  } catch {
    print("treaty-bench: \(error)")
    exit(2)
  }
  print("wrote \(count) agreements to \(path)")
}
