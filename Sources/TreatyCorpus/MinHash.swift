import TreatyText

/// MinHash signatures of shingle sets (Broder 1997; Leskovec, Rajaraman & Ullman, «Mining of Massive Datasets»,
/// ch. 3): for each of `count` hash functions, the smallest hash over the set. The share of positions where two
/// signatures agree estimates the Jaccard similarity of the sets. The hash family is fixed-seeded, so signatures are
/// the same in every process and on every machine (Swift's `Hasher` is seeded per process, so it is not used).
struct MinHash: Sendable {
  let seeds: [UInt64]

  init(count: Int, seed: UInt64 = 0x5452_4541_5459_0001) {
    var generator = SplitMix64(seed: seed)
    seeds = (0..<count).map { _ in generator.next() }
  }

  /// The signature of a set of shingle hashes; an empty set gives all `UInt64.max`, which agrees with nothing
  /// real but with another empty set.
  func signature(_ shingles: some Sequence<UInt64>) -> [UInt64] {
    var minima = [UInt64](repeating: .max, count: seeds.count)
    for shingle in shingles {
      for index in seeds.indices {
        let value = StableHash.mix(shingle ^ seeds[index])
        if value < minima[index] { minima[index] = value }
      }
    }
    return minima
  }

  /// One LSH band's bucket: the FNV-1a hash of its values' bytes, least significant byte first.
  static func bandHash(_ values: ArraySlice<UInt64>) -> UInt64 {
    var hash = StableHash.fnv1a(EmptyCollection<UInt8>())
    for value in values {
      for shift in stride(from: 0, to: 64, by: 8) {
        hash = StableHash.fnv1a(CollectionOfOne(UInt8(truncatingIfNeeded: value >> UInt64(shift))), seed: hash)
      }
    }
    return hash
  }

  /// The share of positions where two signatures agree: the estimate of the Jaccard similarity.
  static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
    let count = min(a.count, b.count)
    guard count > 0 else { return 0 }
    var equal = 0
    for index in 0..<count where a[index] == b[index] && a[index] != .max { equal += 1 }
    return Double(equal) / Double(count)
  }
}
