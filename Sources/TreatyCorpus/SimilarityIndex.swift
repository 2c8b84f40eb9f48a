import TreatyText

/// Locality-sensitive hashing over MinHash signatures (the banding technique of «Mining of Massive Datasets»,
/// 3.4): each signature is cut into `bands` bands of `rows` values; documents whose values agree on a whole band
/// fall into the same bucket. Pairs that share a bucket are candidates with probability 1 − (1 − sʳ)ᵇ for Jaccard
/// similarity s, and finding them costs about one dictionary insertion per band and document instead of looking at
/// every pair. Candidates are then kept when their estimated containment reaches the threshold.
struct SimilarityIndex: Sendable {
  struct Candidate: Sendable, Hashable {
    var left: Int
    var right: Int
    /// The estimated containment the pair was kept for.
    var estimate: Double
  }

  let prefilter: Prefilter
  let fingerprints: [Fingerprint]
  /// Bucket key (band number and the band's hash) → documents in it, in index order.
  private var buckets: [BandKey: [Int]] = [:]

  private struct BandKey: Hashable {
    var band: Int
    var hash: UInt64
  }

  init(_ fingerprints: [Fingerprint], prefilter: Prefilter) {
    self.prefilter = prefilter
    self.fingerprints = fingerprints
    for (index, fingerprint) in fingerprints.enumerated() where fingerprint.size > 0 {
      for key in keys(fingerprint) { buckets[key, default: []].append(index) }
    }
  }

  private func keys(_ fingerprint: Fingerprint) -> [BandKey] {
    (0..<prefilter.bands).compactMap { band in
      let start = band * prefilter.rows
      let end = start + prefilter.rows
      guard end <= fingerprint.signature.count else { return nil }
      return BandKey(band: band, hash: MinHash.bandHash(fingerprint.signature[start..<end]))
    }
  }

  /// Every pair of indexed documents that shares a bucket and passes the threshold, ordered by index.
  ///
  /// Documents of one template share most of their buckets, so ten thousand agreements put tens of millions of
  /// pairs into the buckets, each many times over. Each document therefore gathers the later documents it meets in
  /// its own buckets with a flag per document (no set of pairs), and the documents are shared out over the cores.
  func candidatePairs() -> [Candidate] {
    let count = fingerprints.count
    let shared = buckets.values.filter { $0.count > 1 }
    var memberships = [[Int]](repeating: [], count: count)
    for (bucket, members) in shared.enumerated() { for member in members { memberships[member].append(bucket) } }
    let bucketsOf = memberships
    let scratch = { @Sendable in (met: [Bool](repeating: false, count: count), others: [Int]()) }
    return ParallelMap.map(Array(0..<count), state: scratch) { left, scratch -> [Candidate] in
      for bucket in bucketsOf[left] {
        for right in shared[bucket] where right > left && !scratch.met[right] {
          scratch.met[right] = true
          scratch.others.append(right)
        }
      }
      scratch.others.sort()
      var found: [Candidate] = []
      for right in scratch.others {
        scratch.met[right] = false
        let estimate = fingerprints[left].containment(fingerprints[right])
        if estimate >= prefilter.candidateThreshold { found.append(Candidate(left: left, right: right, estimate: estimate)) }
      }
      scratch.others.removeAll(keepingCapacity: true)
      return found
    }.flatMap { $0 }
  }

  /// The indexed documents that are candidates for a query document (`left` is -1, `right` the document).
  func candidates(for query: Fingerprint) -> [Candidate] {
    guard query.size > 0 else { return [] }
    var seen = Set<Int>()
    for key in keys(query) { for member in buckets[key] ?? [] { seen.insert(member) } }
    return seen.sorted().compactMap { index in
      let estimate = query.containment(fingerprints[index])
      return estimate >= prefilter.candidateThreshold ? Candidate(left: -1, right: index, estimate: estimate) : nil
    }
  }

  /// The estimated containment of every pair, for tests and for explaining why a pair was left out.
  func estimate(_ left: Int, _ right: Int) -> Double { fingerprints[left].containment(fingerprints[right]) }
}
