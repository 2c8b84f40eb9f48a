import TreatyCompare
import TreatyText

/// `treaty corpus matrix`: the pairwise similarity of the corpus's agreements and their template families. Either
/// the pairs the prefilter lets through are aligned in full (the rest are below the reporting threshold), or, for a
/// corpus too large for that, every pair's similarity is estimated from provision families (`ArticleEstimate`).
public struct SimilarityMatrix: Sendable {
  /// Agreements whose similarity reaches this belong to one family.
  public static let familyThreshold = 0.5

  public enum Method: String, Sendable {
    /// The prefilter picks candidate pairs and each is aligned in full: exact, about a millisecond and a half a pair.
    case aligned
    /// Every pair estimated from provision families, none aligned: for corpora of thousands of agreements.
    case estimated

    /// What `matrix` does when not told: aligning in full up to this many agreements (about 20,000 pairs, half a
    /// minute on two cores at worst), estimating above.
    public static let alignedUpTo = 200

    public static func automatic(agreements: Int) -> Method { agreements <= alignedUpTo ? .aligned : .estimated }
  }

  public struct Entry: Sendable {
    public var file: String
    public var id: String
  }

  public struct Pair: Sendable {
    /// Indices into `documents`, `left < right`.
    public var left: Int
    public var right: Int
    /// The prefilter's estimated containment; with the `estimated` method, the article estimate.
    public var estimate: Double
    /// Whether the prefilter let the pair through to the full alignment.
    public var candidate: Bool
    /// The full alignment, nil where the prefilter ruled the pair out or the matrix was estimated.
    public var alignment: PairAlignment?
    /// Whether `estimate` is the article estimate (`ArticleEstimate`), which is then also the similarity.
    public var isEstimated = false

    public var similarity: Double? {
      alignment.map { PairAlignment.rounded($0.similarity) } ?? (isEstimated ? estimate : nil)
    }
  }

  public var documents: [Entry]
  /// Member indices per family.
  public var families: [[Int]]
  public var prefilter: Prefilter
  public var method: Method
  /// Aligned: every unordered pair, in index order. Estimated: none — each pair is read from `estimate` when asked
  /// for, because ten thousand agreements make fifty million pairs.
  private var aligned: [Pair]
  private var estimate: ArticleEstimate?

  public var pairCount: Int { documents.count * max(0, documents.count - 1) / 2 }
  public var comparedPairs: Int { aligned.filter { $0.alignment != nil }.count }

  /// The agreements of a corpus directory, in manifest order; `method` nil picks one by their number.
  public static func build(
    corpus directory: String, prefilter: Prefilter = Prefilter(), method: Method? = nil
  ) throws -> SimilarityMatrix {
    let corpus = try CorpusDirectory(path: directory)
    let entries = try corpus.validatedManifest().documents
    func alignedMatrix() throws -> SimilarityMatrix {
      build(try CorpusDocument.corpus(corpus).filter(\.isAgreement), prefilter: prefilter)
    }
    // A manifest of at most `alignedUpTo` documents cannot hold more agreements: read them whole at once.
    if method == .aligned || (method == nil && Method.automatic(agreements: entries.count) == .aligned) {
      return try alignedMatrix()
    }
    // Each agreement sketched as it is read and its tree let go.
    let sketched = try CorpusDocument.corpus(corpus, state: { StemMemo() }) { document, cache -> (Entry, ArticleSketch)? in
      document.isAgreement ? (Entry(file: document.file, id: document.id), ArticleSketch(document, cache: &cache)) : nil
    }
    if method == nil && Method.automatic(agreements: sketched.count) == .aligned { return try alignedMatrix() }
    return estimated(sketched.map(\.0), ArticleEstimate(sketched.map(\.1)), prefilter: prefilter)
  }

  /// Every pair's similarity estimated from provision families; no pair aligned in full.
  public static func estimated(_ documents: [CorpusDocument], prefilter: Prefilter = Prefilter()) -> SimilarityMatrix {
    estimated(
      documents.map { Entry(file: $0.file, id: $0.id) },
      ArticleEstimate(ParallelMap.map(documents, state: { StemMemo() }) { ArticleSketch($0, cache: &$1) }),
      prefilter: prefilter)
  }

  private static func estimated(_ entries: [Entry], _ estimate: ArticleEstimate, prefilter: Prefilter) -> SimilarityMatrix {
    var links: [(Int, Int)] = []
    for left in entries.indices {
      for right in entries.indices where left < right && estimate.similarity(left, right) >= familyThreshold {
        links.append((left, right))
      }
    }
    return SimilarityMatrix(
      documents: entries, families: TemplateFamilies.group(count: entries.count, links: links), prefilter: prefilter,
      method: .estimated, aligned: [], estimate: estimate)
  }

  /// Which pairs a build aligns in full.
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
    let index = SimilarityIndex(CorpusDocument.fingerprints(documents, prefilter: prefilter), prefilter: prefilter)
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
      documents: documents.map { Entry(file: $0.file, id: $0.id) },
      families: TemplateFamilies.group(count: documents.count, links: links), prefilter: prefilter, method: .aligned,
      aligned: pairs, estimate: nil)
  }

  /// The prefilter alone: the candidate pairs of many documents, without the table of every pair `build` keeps
  /// (fifty million pairs for ten thousand agreements). The matrix benchmark times this.
  public static func candidatePairs(
    _ documents: [CorpusDocument], prefilter: Prefilter = Prefilter()
  ) -> [(left: Int, right: Int, estimate: Double)] {
    SimilarityIndex(CorpusDocument.fingerprints(documents, prefilter: prefilter), prefilter: prefilter).candidatePairs().map {
      (left: $0.left, right: $0.right, estimate: $0.estimate)
    }
  }

  /// The pair of documents `a` and `b`, either way round. Aligned pairs are found by position: every unordered
  /// pair is held in index order, so the rows before `left` hold n−1, n−2, … pairs. (A search through the pairs made
  /// the text table of a thousand agreements quartic.)
  public func pair(_ a: Int, _ b: Int) -> Pair? {
    let (left, right) = (min(a, b), max(a, b))
    let count = documents.count
    guard left >= 0, right < count, left != right else { return nil }
    if let estimate {
      let similarity = estimate.similarity(left, right)
      return Pair(left: left, right: right, estimate: similarity, candidate: false, alignment: nil, isEstimated: true)
    }
    let position = left * (2 * count - left - 1) / 2 + (right - left - 1)
    guard position < aligned.count, aligned[position].left == left, aligned[position].right == right else { return nil }
    return aligned[position]
  }

  /// The similarity of documents `a` and `b`, nil where the prefilter ruled the pair out: what the table prints,
  /// without making the pair.
  public func similarity(_ a: Int, _ b: Int) -> Double? {
    guard let estimate else { return pair(a, b)?.similarity }
    guard a != b, a >= 0, b >= 0, a < documents.count, b < documents.count else { return nil }
    return estimate.similarity(a, b)
  }

  /// Every unordered pair in index order, made one at a time for an estimated matrix.
  public func forEachPair(_ body: (Pair) throws -> Void) rethrows {
    guard estimate != nil else { return try aligned.forEach(body) }
    for left in documents.indices {
      for right in documents.indices where left < right {
        if let pair = pair(left, right) { try body(pair) }
      }
    }
  }
}
