import TreatyText

/// A multiset of word stems: what two units are compared by. Stems ignore case, ё, word endings and layout; the
/// commonest function words are left out so that they do not make unrelated clauses look alike.
///
/// Stems are kept as 64-bit hashes of their UTF-8 bytes, sorted, with counts: the aligner compares thousands of
/// bags pairwise, and a merge walk over two sorted integer arrays is far cheaper than looking Cyrillic `String`s up
/// in a dictionary (Swift hashes and compares non-ASCII strings through Unicode normalisation). Two different stems
/// sharing a hash would only nudge a similarity score; with 64 bits and a few thousand stems it does not happen.
public struct StemBag: Sendable, Hashable {
  /// Stem hashes in ascending order, each once.
  public private(set) var keys: [UInt64] = []
  /// How often each stem of `keys` occurs.
  public private(set) var counts: [Int32] = []
  public private(set) var total = 0

  static let stopWords: Set<String> = [
    "и", "в", "на", "с", "о", "об", "по", "к", "а", "также", "или", "не", "для", "их", "его", "ее", "от", "до", "из",
    "за", "что", "котор", "при", "как", "то", "так", "же", "эт", "был", "ил",
  ]

  /// The stop words by their `hash`: a vocabulary asks of every new stem, and hashing a Cyrillic `String` for a
  /// `Set` lookup normalises it first (2,400 instructions a stem); the hash is at hand already.
  private static let stopWordsByHash = Dictionary(uniqueKeysWithValues: stopWords.map { (hash($0), $0) })

  /// `stopWords.contains(stem)` for a stem whose `hash` is known.
  static func isStopWord(_ stem: String, hash: UInt64) -> Bool {
    stopWordsByHash[hash].map { $0.utf8.elementsEqual(stem.utf8) } ?? false
  }

  init() {}

  init(stems: [String]) {
    self.init(hashes: stems.filter { !StemBag.stopWords.contains($0) }.map(StemBag.hash))
  }

  /// A bag of already hashed stems, in any order, repeats counted.
  init(hashes: [UInt64]) {
    // Sorted in place: the caller's array is handed over, and `sorted()` made a copy of it first.
    var sorted = hashes
    sorted.sort()
    keys.reserveCapacity(sorted.count)
    counts.reserveCapacity(sorted.count)
    for key in sorted {
      if keys.last == key {
        counts[counts.count - 1] += 1
      } else {
        keys.append(key)
        counts.append(1)
      }
    }
    total = sorted.count
  }

  /// FNV-1a over the UTF-8 bytes: stable across runs and machines, unlike `Hasher`.
  static func hash(_ stem: String) -> UInt64 { StableHash.fnv1a(stem) }

  /// The bag holding both bags' stems, counts added.
  mutating func merge(_ other: StemBag) {
    var mergedKeys: [UInt64] = []
    var mergedCounts: [Int32] = []
    mergedKeys.reserveCapacity(keys.count + other.keys.count)
    mergedCounts.reserveCapacity(keys.count + other.keys.count)
    var i = 0
    var j = 0
    while i < keys.count || j < other.keys.count {
      if j == other.keys.count || (i < keys.count && keys[i] < other.keys[j]) {
        mergedKeys.append(keys[i])
        mergedCounts.append(counts[i])
        i += 1
      } else if i == keys.count || other.keys[j] < keys[i] {
        mergedKeys.append(other.keys[j])
        mergedCounts.append(other.counts[j])
        j += 1
      } else {
        mergedKeys.append(keys[i])
        mergedCounts.append(counts[i] + other.counts[j])
        i += 1
        j += 1
      }
    }
    keys = mergedKeys
    counts = mergedCounts
    total += other.total
  }

  /// How many stems the bags share, repeats counted up to the smaller count.
  ///
  /// A merge walk without branches on the keys: which side steps on depends on hashes, which no branch predictor
  /// guesses, and the mispredicted branches made this walk a tenth of aligning two long documents.
  public func overlap(_ other: StemBag) -> Int {
    var shared = 0
    keys.withUnsafeBufferPointer { leftKeys in
      other.keys.withUnsafeBufferPointer { rightKeys in
        counts.withUnsafeBufferPointer { leftCounts in
          other.counts.withUnsafeBufferPointer { rightCounts in
            var i = 0
            var j = 0
            while i < leftKeys.count && j < rightKeys.count {
              let (left, right) = (leftKeys[i], rightKeys[j])
              // 1 or 0 as integers (a `Bool` is one byte holding 1 or 0): with `? 1 : 0` the compiler brought the
              // branches back.
              let stepLeft = Int(unsafeBitCast(left <= right, to: UInt8.self))
              let stepRight = Int(unsafeBitCast(right <= left, to: UInt8.self))
              // Both step on equal keys: then the mask is all ones and the smaller count is added.
              shared &+= Int(min(leftCounts[i], rightCounts[j])) & (0 &- (stepLeft & stepRight))
              i &+= stepLeft
              j &+= stepRight
            }
          }
        }
      }
    }
    return shared
  }

  /// Dice coefficient: 1 for the same bag, 0 for nothing shared.
  public func dice(_ other: StemBag) -> Double {
    guard total + other.total > 0 else { return 1 }
    return 2 * Double(overlap(other)) / Double(total + other.total)
  }

  /// How much of this bag the other holds (1 when every stem of `self` is in `other`).
  func containment(in other: StemBag) -> Double {
    guard total > 0 else { return 0 }
    return Double(overlap(other)) / Double(total)
  }
}
