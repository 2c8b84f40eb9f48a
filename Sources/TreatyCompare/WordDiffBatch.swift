import TreatyText

/// A word diff that a comparison asks for while it aligns units, done later with all the others.
///
/// Which units pair with which never depends on what their words' diffs find, so the run aligns first and diffs
/// afterwards, all at once: then the diffs of one comparison can share the cores (`WordDiffBatch`). They were
/// two thirds of aligning two long documents.
struct WordDiffRequest: Sendable {
  let classifier: EditClassifier
  let left: [CompareUnit]
  let right: [CompareUnit]
  /// The units with their descendants (`fullTokens`) rather than their own texts: a unit compared with one of
  /// another level, and split or merged units.
  let whole: Bool

  /// About how much work the diff is, for sharing the batch out evenly: the bytes of the texts it compares.
  var cost: Int { left.reduce(0) { $0 + size($1) } + right.reduce(0) { $0 + size($1) } }

  func run(stems: inout StemMemo) -> (edits: [Edit], inline: [InlineSegment]) {
    WordDiff(classifier: classifier).diff(tokens(left), tokens(right), stems: &stems)
  }

  private func tokens(_ units: [CompareUnit]) -> [WordToken] {
    guard whole else { return units.first?.tokens ?? [] }
    return units.count == 1 ? units[0].fullTokens : units.flatMap(\.fullTokens)
  }

  private func size(_ unit: CompareUnit) -> Int { (whole ? unit.fullText ?? unit.text : unit.text).utf8.count }
}

/// Runs a comparison's word diffs, on this core alone or shared between two.
enum WordDiffBatch {
  /// The diffs' results in request order: on two cores when `onAllCores` and there are at least `threshold`
  /// bytes of text to compare. Each core's run keeps its own stem memo (`StemMemo` is a cache: what it remembers
  /// changes no result).
  static func run(
    _ requests: [WordDiffRequest], onAllCores: Bool, threshold: Int
  ) -> [(edits: [Edit], inline: [InlineSegment])] {
    let halves = onAllCores ? halves(requests.map(\.cost), threshold: threshold) : nil
    guard let halves else {
      var stems = StemMemo()
      return requests.map { $0.run(stems: &stems) }
    }
    return ParallelMap.map(halves) { run in
      var stems = StemMemo()
      return run.map { requests[$0].run(stems: &stems) }
    }.flatMap { $0 }
  }

  /// The requests cut into two runs of consecutive requests of about equal cost, or nil when the whole is under
  /// `threshold` or cannot be cut.
  static func halves(_ costs: [Int], threshold: Int) -> [Range<Int>]? {
    let total = costs.reduce(0, +)
    guard total >= threshold, costs.count > 1 else { return nil }
    var sum = 0
    var cut = 0
    while cut < costs.count - 1 && 2 * (sum + costs[cut]) <= total {
      sum += costs[cut]
      cut += 1
    }
    // The first run takes at least one request; the middle request goes to whichever half it unbalances less.
    if cut == 0 || (cut < costs.count - 1 && total - 2 * sum > 2 * (sum + costs[cut]) - total) { cut += 1 }
    return [0..<cut, cut..<costs.count]
  }
}
