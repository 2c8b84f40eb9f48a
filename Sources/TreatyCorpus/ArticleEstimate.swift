import TreatyText

/// The estimated similarity of every pair of a large corpus, without aligning any pair: `ArticleCoverage`'s measure
/// (the share of each side's substance, weighted by words and by similarity, that has a counterpart on the other
/// side) computed from provision families instead of from the comparator's alignment.
///
/// Every provision of every document is put into a family of near-identical provisions (`UnitFamilies`), and the
/// families are linked (`FamilyLinks`). For each provision of a document, the documents that hold a provision of
/// its family or of a linked family are found through the families' posting lists (`EstimateIndex`), each with the
/// best it offers, in the comparator's order of preference (`EstimateSweep`): a whole provision at 0.5 or more (1 for
/// an identical one, the product of both closenesses to the representative within a family, the representatives'
/// similarity across linked families), a part at 0.6 or more (an article that became a point), neighbouring
/// provisions merged into one or one split into several, at the group's estimated Dice. Each provision of the other
/// side is taken once. The cost is the length of the posting lists met, not the number of pairs times their sizes.
///
/// What the full alignment sees and the estimate does not: the order of provisions (the aligner can leave apart
/// articles that the estimate lets merge), a party name read as a parameter only when one document lacks it, parts
/// of a provision aligned on their own. Its error against the alignment is measured by `treaty-bench
/// matrix-estimated` and reported in `Benchmarks/RESULTS.md`.
public struct ArticleEstimate: Sendable {
  /// Row by row, `count` × `count`: the estimated shares of document a's substance that b covers and of b's that a
  /// covers, each in thousandths, added. Kept symmetric so that a table reads its rows in order: reading the other
  /// direction from a column would miss the cache on every cell of a ten-thousand-wide table.
  private let sums: [UInt16]
  let count: Int

  /// The comparator's threshold for a provision left over on one side to be found as a part on the other.
  static let partThreshold: Float = 0.6

  public init(_ sketches: [ArticleSketch]) {
    let index = EstimateIndex(sketches)
    let count = sketches.count
    let rows = ParallelMap.map(
      Array(0..<count), state: { EstimateSweep(documents: count, units: index.documentOf.count) }
    ) { document, sweep in sweep.row(of: document, in: index) }
    self.count = count
    sums = Self.symmetric(rows)
  }

  /// The symmetric similarity of the matrix: the mean of both directions, three decimals.
  public func similarity(_ a: Int, _ b: Int) -> Double {
    PairAlignment.rounded(Double(sums[a * count + b]) / 2000)
  }

  /// `rows[a][b] + rows[b][a]` in both cells, square block by square block so that both stay in the cache.
  private static func symmetric(_ rows: [[UInt16]]) -> [UInt16] {
    let count = rows.count
    var sums = rows.flatMap { $0 }
    let block = 64
    sums.withUnsafeMutableBufferPointer { cells in
      for top in stride(from: 0, to: count, by: block) {
        for left in stride(from: top, to: count, by: block) {
          for a in top..<min(top + block, count) {
            for b in max(left, a + 1)..<max(max(left, a + 1), min(left + block, count)) {
              let sum = cells[a * count + b] + cells[b * count + a]
              cells[a * count + b] = sum
              cells[b * count + a] = sum
            }
          }
        }
      }
    }
    return sums
  }
}
