import TreatyText

/// `treaty corpus matrix`: the pairwise similarity of the corpus's agreements and their template families. Only
/// the pairs the prefilter lets through are aligned in full; the rest are below the reporting threshold.
public struct SimilarityMatrix: Sendable {
  /// Agreements whose similarity reaches this belong to one family.
  public static let familyThreshold = 0.5

  public struct Entry: Sendable {
    public var file: String
    public var id: String
  }

  public struct Pair: Sendable {
    /// Indices into `documents`, `left < right`.
    public var left: Int
    public var right: Int
    /// The prefilter's estimated containment.
    public var estimate: Double
    /// Whether the prefilter let the pair through to the full alignment.
    public var candidate: Bool
    /// The full alignment, nil where the prefilter ruled the pair out.
    public var alignment: PairAlignment?

    public var similarity: Double? { alignment.map { PairAlignment.rounded($0.similarity) } }
  }

  public var documents: [Entry]
  /// Every unordered pair, in index order.
  public var pairs: [Pair]
  /// Member indices per family.
  public var families: [[Int]]
  public var prefilter: Prefilter

  public var comparedPairs: Int { pairs.filter { $0.alignment != nil }.count }

  /// The agreements of a corpus directory, in manifest order.
  public static func build(corpus directory: String, prefilter: Prefilter = Prefilter()) throws -> SimilarityMatrix {
    let corpus = try CorpusDirectory(path: directory)
    let documents = try CorpusDocument.corpus(corpus, prefilter: prefilter).filter(\.isAgreement)
    return build(documents, prefilter: prefilter)
  }

  /// Which pairs a build aligns in full. (`prefilter` must be the one the documents were fingerprinted with.)
  public enum Scope: Sendable {
    /// Only the prefilter's verdicts (for measuring it).
    case none
    /// The candidates: what `matrix` does.
    case candidates
    /// Every pair, the prefilter's verdict only recorded: how its recall is measured.
    case all
  }

  public static func build(
    _ documents: [CorpusDocument], prefilter: Prefilter = Prefilter(), align: Scope = .candidates
  ) -> SimilarityMatrix {
    let index = SimilarityIndex(documents.map(\.fingerprint), prefilter: prefilter)
    let candidates = Set(index.candidatePairs().map { [$0.left, $0.right] })
    var pairs: [Pair] = []
    var jobs: [Int] = []
    for left in documents.indices {
      for right in documents.indices where left < right {
        let candidate = candidates.contains([left, right])
        if align == .all || (align == .candidates && candidate) { jobs.append(pairs.count) }
        pairs.append(Pair(
          left: left, right: right, estimate: index.estimate(left, right), candidate: candidate, alignment: nil))
      }
    }
    let sides = jobs.map { (pairs[$0].left, pairs[$0].right) }
    // Each document taking part is prepared once, not once per pair.
    let involved = Set(sides.flatMap { [$0.0, $0.1] }).sorted()
    let prepared = Dictionary(uniqueKeysWithValues: zip(involved, ParallelMap.map(involved) { documents[$0].prepared() }))
    let aligned = ParallelMap.map(sides) { left, right -> PairAlignment? in
      guard let leftDocument = prepared[left], let rightDocument = prepared[right] else { return nil }
      return PairAlignment(leftDocument, rightDocument)
    }
    for (job, alignment) in zip(jobs, aligned) { pairs[job].alignment = alignment }
    let links = pairs.filter { ($0.similarity ?? 0) >= familyThreshold }.map { ($0.left, $0.right) }
    return SimilarityMatrix(
      documents: documents.map { Entry(file: $0.file, id: $0.id) }, pairs: pairs,
      families: TemplateFamilies.group(count: documents.count, links: links), prefilter: prefilter)
  }

  /// The prefilter alone: the candidate pairs of many documents, without the table of every pair `build` keeps
  /// (fifty million pairs for ten thousand agreements). The matrix benchmark times this.
  public static func candidatePairs(
    _ documents: [CorpusDocument], prefilter: Prefilter = Prefilter()
  ) -> [(left: Int, right: Int, estimate: Double)] {
    SimilarityIndex(documents.map(\.fingerprint), prefilter: prefilter).candidatePairs().map {
      (left: $0.left, right: $0.right, estimate: $0.estimate)
    }
  }

  /// The pair of documents `a` and `b`, found by its position: `pairs` holds every unordered pair in index order, so
  /// the rows before `left` hold n−1, n−2, … pairs. (A search through the pairs made the text table of a thousand
  /// agreements quartic.)
  public func pair(_ a: Int, _ b: Int) -> Pair? {
    let (left, right) = (min(a, b), max(a, b))
    let count = documents.count
    guard left >= 0, right < count, left != right else { return nil }
    let position = left * (2 * count - left - 1) / 2 + (right - left - 1)
    guard position < pairs.count, pairs[position].left == left, pairs[position].right == right else { return nil }
    return pairs[position]
  }
}
