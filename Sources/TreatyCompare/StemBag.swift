import TreatyText

/// A multiset of word stems: what two units are compared by. Stems ignore case, ё, word endings and layout; the
/// commonest function words are left out so that they do not make unrelated clauses look alike.
struct StemBag: Sendable {
  private(set) var counts: [String: Int] = [:]
  private(set) var total = 0

  static let stopWords: Set<String> = [
    "и", "в", "на", "с", "о", "об", "по", "к", "а", "также", "или", "не", "для", "их", "его", "ее", "от", "до", "из",
    "за", "что", "котор", "при", "как", "то", "так", "же", "эт", "был", "ил",
  ]

  init() {}

  init(stems: [String]) {
    for stem in stems where !StemBag.stopWords.contains(stem) { add(stem) }
  }

  mutating func add(_ stem: String, count: Int = 1) {
    counts[stem, default: 0] += count
    total += count
  }

  mutating func merge(_ other: StemBag) {
    for (stem, count) in other.counts { add(stem, count: count) }
  }

  func overlap(_ other: StemBag) -> Int {
    let (small, large) = counts.count <= other.counts.count ? (self, other) : (other, self)
    var shared = 0
    for (stem, count) in small.counts { shared += min(count, large.counts[stem] ?? 0) }
    return shared
  }

  /// Dice coefficient: 1 for the same bag, 0 for nothing shared.
  func dice(_ other: StemBag) -> Double {
    guard total + other.total > 0 else { return 1 }
    return 2 * Double(overlap(other)) / Double(total + other.total)
  }

  /// How much of this bag the other holds (1 when every stem of `self` is in `other`).
  func containment(in other: StemBag) -> Double {
    guard total > 0 else { return 0 }
    return Double(overlap(other)) / Double(total)
  }
}
