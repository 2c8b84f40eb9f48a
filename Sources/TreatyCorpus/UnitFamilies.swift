import TreatyCompare
import TreatyText

/// The provisions of a whole corpus grouped into families of near-identical ones: what lets the article estimate
/// (`ArticleEstimate`) match every provision against every document in one sweep instead of comparing documents
/// pair by pair.
///
/// Agreements of one template repeat the same articles with small edits, so a corpus of thousands of agreements
/// holds far fewer distinct provisions than provisions. Identical bags are one *type*; a bag whose Dice similarity
/// with an existing family's first bag (its representative) reaches `radius` joins that family and records that
/// similarity; any other bag founds a family. Representatives are found through LSH buckets of a small MinHash
/// signature («Mining of Massive Datasets», 3.4), so a new bag is compared with a handful of representatives, not
/// with all of them; `FamilyLinks` then relates the families. Bags are assigned in the order given, so the grouping
/// is the same on every run. Provisions of acts the comparator would never pair (of different kinds, or the first agreement of one document
/// and the second of another) never share a family or a link.
struct UnitFamilies {
  /// How close to a representative a bag must be to join its family: the estimate's resolution. Two members of a
  /// family are taken to be as similar as the product of their similarities with the representative.
  static let radius = 0.9

  struct Member: Sendable {
    /// Identical bags share a type.
    var type: Int32
    var family: Int32
    /// Dice similarity with the family's representative.
    var closeness: Float
  }

  private(set) var representatives: [StemBag] = []
  /// The act (kind and place) of each family.
  private(set) var acts: [Int] = []
  private var types: [TypeKey: Member] = [:]

  private struct TypeKey: Hashable {
    var act: Int
    var bag: StemBag
  }

  /// Band hash → families whose representative falls there (`joinBands` bands of `joinRows` MinHash values).
  private var buckets: [UInt64: [Int32]] = [:]

  /// Eight bands of four values: a bag at Dice 0.9 from a representative (Jaccard of the stem sets about 0.8)
  /// shares a whole band with it with probability 1 − (1 − 0.8⁴)⁸ ≈ 0.99.
  private static let joinBands = 8
  private static let joinRows = 4
  private static let joinHashes = MinHash(count: joinBands * joinRows, seed: 0x5452_4541_5459_0002)

  /// The family of a bag of a provision of this act (`ArticleSketch.Unit.act`), founding one when no
  /// representative is close enough.
  mutating func member(_ bag: StemBag, act: Int) -> Member {
    let key = TypeKey(act: act, bag: bag)
    if let known = types[key] { return known }
    let signature = Self.joinHashes.signature(bag.keys)
    let bands = (0..<Self.joinBands).map { band in
      Self.bucket(act: act, band: band, signature[(band * Self.joinRows)..<((band + 1) * Self.joinRows)])
    }
    var best: (family: Int32, similarity: Double)?
    var tried = Set<Int32>()
    for band in bands {
      for family in buckets[band] ?? [] where tried.insert(family).inserted {
        let similarity = bag.dice(representatives[Int(family)])
        if similarity >= Self.radius && similarity > (best?.similarity ?? 0) { best = (family, similarity) }
      }
    }
    let member: Member
    if let best {
      member = Member(type: Int32(types.count), family: best.family, closeness: Float(best.similarity))
    } else {
      let family = Int32(representatives.count)
      representatives.append(bag)
      acts.append(act)
      for band in bands { buckets[band, default: []].append(family) }
      member = Member(type: Int32(types.count), family: family, closeness: 1)
    }
    types[key] = member
    return member
  }

  /// A band's bucket, of one act's provisions only.
  private static func bucket(act: Int, band: Int, _ values: ArraySlice<UInt64>) -> UInt64 {
    StableHash.mix(UInt64(act) << 8 | UInt64(band)) ^ MinHash.bandHash(values)
  }
}
