import TreatyCompare
import TreatyStructure

/// How much of each side's substance a comparison aligned: the share of its top-level units (articles, or
/// top-level points) that were aligned with something on the other side — not inserted or deleted — weighted by
/// their length in words and by how similar the aligned texts are (the comparator's Dice similarity of stems), so
/// that an identical copy scores 1 and a sibling of the same template a little less. An article that became a point
/// of another article counts as aligned; where only some points of an article found a home elsewhere, those points'
/// words count.
struct ArticleCoverage: Sendable {
  var left: Double
  var right: Double

  /// The symmetric similarity of the matrix: the mean of both directions.
  var mean: Double { (left + right) / 2 }

  init(_ comparison: Comparison) {
    var leftSimilarity: [String: Double] = [:]
    var rightSimilarity: [String: Double] = [:]
    for pair in comparison.pairs where pair.level == .provision && pair.kind != .inserted && pair.kind != .deleted {
      for id in pair.left { leftSimilarity[id] = max(leftSimilarity[id] ?? 0, pair.similarity) }
      for id in pair.right { rightSimilarity[id] = max(rightSimilarity[id] ?? 0, pair.similarity) }
    }
    left = Self.share(of: comparison.left, aligned: leftSimilarity)
    right = Self.share(of: comparison.right, aligned: rightSimilarity)
  }

  /// `aligned`: node id → the similarity it was aligned with.
  static func share(of document: Document, aligned: [String: Double]) -> Double {
    let units = Substance.units(of: document)
    let total = units.reduce(0) { $0 + $1.words }
    guard total > 0 else { return 0 }
    var covered = 0.0
    for unit in units {
      if let similarity = aligned[unit.node.id] {
        covered += Double(unit.words) * similarity
        continue
      }
      // Parts of the unit aligned on their own, as a provision of the other side.
      var parts = 0.0
      unit.node.forEach { node, depth in
        guard depth > 0, let similarity = aligned[node.id] else { return }
        parts += Double(RussianTextCount.words(Substance.text(of: node, in: document, descendants: true))) * similarity
      }
      covered += min(parts, Double(unit.words))
    }
    return min(1, covered / Double(total))
  }
}
