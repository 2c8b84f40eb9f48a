/// The cheap first stage of template search: which pairs of documents deserve the full alignment. Parameters are
/// documented in the README (and tested for recall: no pair above the reporting threshold may be dropped).
public struct Prefilter: Sendable {
  /// Words per shingle. Four, not five: template siblings reword enough that five-word runs break too often, and
  /// the recall test needs the estimate well clear of the threshold for pairs just above the reporting threshold.
  public var shingleSize = 4
  /// MinHash functions; `bands × rows` must equal it. 256 halves the variance of 128 for the low similarities that
  /// matter here (an estimated Jaccard similarity near 0.1).
  public var hashCount = 256
  /// LSH bands: two documents are candidates when all rows of at least one band agree. One row per band, because
  /// the pairs that must not be lost have a Jaccard similarity near 0.1, where any band of two or more rows rarely
  /// agrees; bucketing by single MinHash values still meets each document only with those that share a minimum.
  public var bands = 256
  public var rows = 1
  /// Of the bucket candidates, those whose estimated containment (the shared shingles over the smaller set)
  /// reaches this are aligned in full. It was 0.08 until the 16-document corpus showed a pair at 0.234 (two
  /// agreements sharing only their final clauses) estimated at 0.076; unrelated documents stay near 0.
  public var candidateThreshold = 0.04

  public init() {}
}

/// A document as the prefilter sees it: its MinHash signature and the exact size of its shingle set.
struct Fingerprint: Sendable {
  var signature: [UInt64]
  var size: Int

  init(_ units: [Substance.Unit], prefilter: Prefilter) {
    let shingles = Shingles.of(units, size: prefilter.shingleSize)
    signature = MinHash(count: prefilter.hashCount).signature(shingles)
    size = shingles.count
  }

  /// The estimated share of the smaller set's shingles that the other set also has: from the Jaccard estimate J
  /// and the exact sizes, |A ∩ B| = J (|A| + |B|) / (1 + J). Containment, not Jaccard, because a short agreement
  /// that is wholly inside a long one shares all its substance although their Jaccard similarity is low.
  func containment(_ other: Fingerprint) -> Double {
    let smaller = min(size, other.size)
    guard smaller > 0 else { return 0 }
    let jaccard = MinHash.agreement(signature, other.signature)
    let shared = jaccard * Double(size + other.size) / (1 + jaccard)
    return min(1, shared / Double(smaller))
  }
}
