import Foundation
import TreatyCompare
import TreatyCorpus
import TreatyStructure
import TreatyText

/// `treaty-bench matrix-estimated N`: the estimated matrix (`SimilarityMatrix.estimated`) over N agreements
/// generated as for `matrix`. Times sketching (parse, acts, provision bags), the estimate, and reading every pair's
/// similarity; up to 2,000 agreements also the whole matrix as `treaty corpus matrix` builds and prints it. Then
/// measures the estimate against the full alignment on two samples — 256 random pairs and 256 of the pairs it puts
/// at or above the reporting threshold — and prints one line of `key value` pairs.
func benchmarkEstimatedMatrix(corpus: String, count: Int) {
  let texts = generatedAgreements(corpus: corpus, count: count)
  let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
  @Sendable func document(_ index: Int) -> CorpusDocument {
    let item = texts[index]
    return CorpusDocument(
      file: item.name, id: item.name, document: DocumentParser.parse(SourceText(name: item.name, text: item.text)))
  }

  var start = now()
  let sketches = ParallelMap.map(Array(texts.indices), state: { StemMemo() }) { ArticleSketch(document($0), cache: &$1) }
  let sketchMs = now() - start
  start = now()
  let estimate = ArticleEstimate(sketches)
  let estimateMs = now() - start
  start = now()
  var reportable: [(Int, Int)] = []
  var familyPairs = 0
  for left in 0..<count {
    for right in (left + 1)..<count {
      let similarity = estimate.similarity(left, right)
      if similarity >= TemplateSearch.reportingThreshold { reportable.append((left, right)) }
      if similarity >= SimilarityMatrix.familyThreshold { familyPairs += 1 }
    }
  }
  let pairsMs = now() - start

  // The whole command's work in-process: parse, estimate, the pair table and families, the printed table.
  var wholeMs = -1.0
  var renderMs = -1.0
  if count <= 2000 {
    start = now()
    let documents = ParallelMap.map(Array(texts.indices)) { document($0) }
    let matrix = SimilarityMatrix.estimated(documents)
    let built = now()
    let table = MatrixRenderer.text(matrix, corpus: "generated")
    renderMs = now() - built
    wholeMs = now() - start
    precondition(!table.isEmpty)
  }

  // The estimate against the full alignment.
  var random = SplitMix64(seed: 7)
  var sample: [(Int, Int)] = []
  while sample.count < 256 {
    let a = random.below(count)
    let b = random.below(count)
    if a != b { sample.append((min(a, b), max(a, b))) }
  }
  for _ in 0..<min(256, reportable.count) { sample.append(reportable[random.below(reportable.count)]) }
  let exact = ParallelMap.map(sample) { pair -> Double in
    let alignment = PairAlignment(document(pair.0), document(pair.1))
    return (alignment.similarity * 1000).rounded() / 1000
  }
  var totalError = 0.0
  var worstError = 0.0
  // Pairs on opposite sides of the reporting (0.2) and family (0.5) thresholds: aligned above, estimated below
  // (missed), and the other way round (extra).
  var missed = [0, 0]
  var extra = [0, 0]
  for (pair, aligned) in zip(sample, exact) {
    let estimated = estimate.similarity(pair.0, pair.1)
    totalError += abs(estimated - aligned)
    worstError = max(worstError, abs(estimated - aligned))
    if abs(estimated - aligned) >= 0.15 {
      let line = "far: \(texts[pair.0].name) ~ \(texts[pair.1].name) aligned \(aligned) estimated \(estimated)\n"
      FileHandle.standardError.write(Data(line.utf8))
    }
    for (slot, threshold) in [TemplateSearch.reportingThreshold, SimilarityMatrix.familyThreshold].enumerated() {
      if aligned >= threshold && estimated < threshold { missed[slot] += 1 }
      if aligned < threshold && estimated >= threshold { extra[slot] += 1 }
    }
  }
  print(String(
    format: "case matrix-estimated documents %d bytes %d sketch_ms %.1f estimate_ms %.1f pairs_ms %.1f "
      + "whole_ms %.1f render_ms %.1f reportable_pairs %d family_pairs %d checked_pairs %d mean_abs_error %.4f "
      + "max_abs_error %.3f missed_0.2 %d extra_0.2 %d missed_0.5 %d extra_0.5 %d peak_rss_mb %.1f\n",
    count, bytes, sketchMs, estimateMs, pairsMs, wholeMs, renderMs, reportable.count, familyPairs, sample.count,
    totalError / Double(max(1, sample.count)), worstError, missed[0], extra[0], missed[1], extra[1],
    peakRSSMegabytes()))
}
