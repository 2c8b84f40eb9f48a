import TreatyCompare

/// Which provision families resemble each other, found exactly among the families' representatives: those the
/// comparator would align (Dice similarity 0.5 or more), and those where one mostly lies inside the other (several
/// articles merged into one, or one split into several).
///
/// Every such pair shares at least half of the smaller bag's words, so it is found by prefix filtering (Chaudhuri,
/// Ganti & Kaushik 2006; Bayardo, Ma & Srikant 2007): with each bag's stems ordered rarest first, two bags that
/// share half of the smaller one's mass share a stem among the smaller one's rarest stems — those before the
/// point where the rest holds less than half its mass. Each bag looks up only those stems in an index of every
/// bag, so the common words every article has («Стороны», «Соглашения») are never the reason for a comparison.
struct FamilyLinks: Sendable {
  struct Link: Sendable {
    var family: Int32
    /// Dice similarity.
    var similarity: Float
  }

  /// A smaller family mostly inside a larger one. Both numbers are relative to the larger representative's size,
  /// so that several smaller provisions in one larger add up: the comparator aligns such a group with the larger
  /// provision at the Dice similarity 2·Σoverlap / (Σsize + 1).
  struct Containment: Sendable {
    var family: Int32
    /// The words the two share, over the larger one's words.
    var overlap: Float
    /// The smaller one's words over the larger one's.
    var size: Float

    /// How much of the smaller one the larger holds.
    var containment: Float { overlap / size }
  }

  /// The Dice similarity of a group of smaller provisions with the larger one they lie in.
  static func groupSimilarity(overlap: Float, size: Float) -> Float { 2 * min(overlap, 1) / (size + 1) }

  /// The comparator's threshold for aligning two provisions.
  static let similarThreshold: Float = 0.5
  /// How much of a provision another must hold for the first to count as merged into it.
  static let containmentThreshold: Float = 0.6

  /// Per family: the families at `similarThreshold` or more, itself first at 1, then the most similar first.
  var similar: [[Link]]
  /// Per family: the larger families that hold most of its words (it may be merged into one of them).
  var containedIn: [[Containment]]
  /// Per family: the smaller families most of whose words it holds (it may be several of them merged).
  var contains: [[Containment]]

  /// `acts`: each family's act (`ArticleSketch.Unit.act`); families of different acts are never linked.
  init(representatives: [StemBag], acts: [Int]) {
    let count = representatives.count
    similar = (0..<count).map { [Link(family: Int32($0), similarity: 1)] }
    containedIn = Array(repeating: [], count: count)
    contains = Array(repeating: [], count: count)
    var frequency: [UInt64: Int32] = [:]
    for bag in representatives { for key in bag.keys { frequency[key, default: 0] += 1 } }
    var index: [UInt64: [Int32]] = [:]
    for (family, bag) in representatives.enumerated() { for key in bag.keys { index[key, default: []].append(Int32(family)) } }
    var met = [Int32](repeating: -1, count: count)
    for (family, bag) in representatives.enumerated() where bag.total > 0 {
      let x = Int32(family)
      for key in Self.prefix(of: bag, frequency: frequency) {
        for y in index[key] ?? [] where met[Int(y)] != x && y != x {
          met[Int(y)] = x
          let other = representatives[Int(y)]
          // Each pair once, from its smaller side (ties by number).
          guard acts[Int(y)] == acts[family], (other.total, y) > (bag.total, x) else { continue }
          link(x, bag, y, other)
        }
      }
    }
    similar = similar.map { links in
      [links[0]] + links.dropFirst().sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.family < $1.family }
    }
  }

  /// `small` is the smaller bag of the pair.
  private mutating func link(_ x: Int32, _ small: StemBag, _ y: Int32, _ large: StemBag) {
    let overlap = Float(small.overlap(large))
    let dice = 2 * overlap / Float(small.total + large.total)
    if dice >= Self.similarThreshold {
      similar[Int(x)].append(Link(family: y, similarity: dice))
      similar[Int(y)].append(Link(family: x, similarity: dice))
      return
    }
    guard overlap / Float(small.total) >= Self.containmentThreshold else { return }
    let shared = overlap / Float(large.total)
    let size = Float(small.total) / Float(large.total)
    containedIn[Int(x)].append(Containment(family: y, overlap: shared, size: size))
    contains[Int(y)].append(Containment(family: x, overlap: shared, size: size))
  }

  /// The bag's stems, rarest first, up to where the remaining ones hold less than half its mass.
  private static func prefix(of bag: StemBag, frequency: [UInt64: Int32]) -> [UInt64] {
    let order = bag.keys.indices.sorted { a, b in
      let (fa, fb) = (frequency[bag.keys[a]] ?? 0, frequency[bag.keys[b]] ?? 0)
      return fa != fb ? fa < fb : bag.keys[a] < bag.keys[b]
    }
    var remaining = bag.total
    var keys: [UInt64] = []
    for position in order {
      guard 2 * remaining >= bag.total else { break }
      keys.append(bag.keys[position])
      remaining -= Int(bag.counts[position])
    }
    return keys
  }
}
