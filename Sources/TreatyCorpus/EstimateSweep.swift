/// One worker of the article estimate (`ArticleEstimate`): computes a document's row of coverages, and keeps its
/// scratch state for the next row — per other document the best offers for the provision being matched, and per
/// numbered provision whether the row's document has already taken it.
struct EstimateSweep {
  /// What one other document offers the provision being matched. One record per document, so that a posting
  /// touches one cache line.
  struct Offer {
    /// The provision that last touched the record: it is reset on first touch, not cleared each time.
    var stamp: Int32 = -1
    /// The best whole provision and the best part.
    var top: Float = 0
    var topUnit: Int32 = 0
    var part: Float = 0
    var partUnit: Int32 = 0
    /// The smaller provisions inside the one being matched (it may be split into them).
    var splitOverlap: Float = 0
    var splitSize: Float = 0
    /// The larger provision holding most of the one being matched (it may be merged into it).
    var merge: FamilyLinks.Containment?
    var mergeUnit: Int32 = 0
  }

  var offers: [Offer]
  var covered: [Float]
  var touched: [Int32] = []
  var current: Int32 = 0
  /// The row whose document took each provision of the other side: each is taken once, as in an alignment.
  var takenBy: [Int32]
  /// Per provision of the other side: the row's provisions merged into it. The comparator merges only
  /// neighbours, and one group per provision, so a run of consecutive provisions is summed and the best run kept.
  var groups: [MergeGroup]
  var grouped: [Int32] = []

  struct MergeGroup {
    var run = (overlap: Float(0), size: Float(0), words: Float(0))
    /// The position in the row's document of the run's last provision.
    var last = -1
    var best = (similarity: Float(0), words: Float(0))

    mutating func add(_ merge: FamilyLinks.Containment, words: Float, at position: Int) {
      if last != position - 1 { close() }
      run.overlap += merge.overlap
      run.size += merge.size
      run.words += words
      last = position
    }

    mutating func close() {
      let similarity = FamilyLinks.groupSimilarity(overlap: run.overlap, size: run.size)
      if run.size > 0, similarity * run.words > best.similarity * best.words { best = (similarity, run.words) }
      run = (0, 0, 0)
    }
  }

  init(documents: Int, units: Int) {
    offers = Array(repeating: Offer(), count: documents)
    covered = Array(repeating: 0, count: documents)
    takenBy = Array(repeating: -1, count: units)
    groups = Array(repeating: MergeGroup(), count: units)
  }

  /// The share of `document`'s substance each other document covers, in thousandths. Its provisions are
  /// matched in document order, each with the best provision of each other document not yet taken.
  mutating func row(of document: Int, in index: EstimateIndex) -> [UInt16] {
    let row = Int32(document)
    for (position, unit) in index.units[document].enumerated() where unit.words > 0 {
      current &+= 1
      offerAll(unit, row: row, index)
      settle(Float(unit.words), at: position, row: row)
    }
    for unit in grouped {
      groups[Int(unit)].close()
      let best = groups[Int(unit)].best
      if best.similarity >= FamilyLinks.similarThreshold {
        covered[Int(index.documentOf[Int(unit)])] += best.words * best.similarity
      }
      groups[Int(unit)] = MergeGroup()
    }
    grouped.removeAll(keepingCapacity: true)
    let total = Float(max(1, index.words[document]))
    var result = [UInt16](repeating: 0, count: covered.count)
    for other in covered.indices where covered[other] > 0 {
      result[other] = UInt16((min(1, covered[other] / total) * 1000).rounded())
      covered[other] = 0
    }
    return result
  }

  /// The provision's match in each document it met, in the comparator's order of preference: a whole provision,
  /// a part, a group of smaller provisions it was split into, a larger one it was merged into with others (that
  /// group is only known, and weighed, when the row ends).
  private mutating func settle(_ weight: Float, at position: Int, row: Int32) {
    for other in touched {
      let offer = offers[Int(other)]
      if offer.top >= FamilyLinks.similarThreshold {
        covered[Int(other)] += weight * offer.top
        takenBy[Int(offer.topUnit)] = row
      } else if offer.part >= ArticleEstimate.partThreshold {
        covered[Int(other)] += weight * offer.part
        takenBy[Int(offer.partUnit)] = row
      } else if case let split = FamilyLinks.groupSimilarity(overlap: offer.splitOverlap, size: offer.splitSize),
        split >= FamilyLinks.similarThreshold
      {
        covered[Int(other)] += weight * split
      } else if let merge = offer.merge {
        let unit = Int(offer.mergeUnit)
        if groups[unit].last < 0 { grouped.append(offer.mergeUnit) }
        groups[unit].add(merge, words: weight, at: position)
      }
    }
    touched.removeAll(keepingCapacity: true)
  }

  /// Every other document's offers for one provision. The hot loop of the estimate: one pass over posting lists
  /// that can hold every document of the corpus.
  private mutating func offerAll(_ unit: EstimateIndex.Unit, row: Int32, _ index: EstimateIndex) {
    let member = unit.member
    for link in index.links.similar[Int(member.family)] {
      let sameFamily = link.family == member.family
      for posting in index.topPostings[Int(link.family)] where posting.document != row {
        let slot = touch(posting.document)
        // Within a family: 1 for an identical provision, else the product of both closenesses.
        let similarity = !sameFamily ? link.similarity
          : posting.type == member.type ? 1 : member.closeness * posting.closeness
        guard similarity > offers[slot].top, takenBy[Int(posting.unit)] != row else { continue }
        offers[slot].top = similarity
        offers[slot].topUnit = posting.unit
      }
      guard sameFamily || link.similarity >= ArticleEstimate.partThreshold else { continue }
      for posting in index.partPostings[Int(link.family)] where posting.document != row {
        let slot = touch(posting.document)
        let similarity = sameFamily ? member.closeness * posting.closeness : link.similarity
        guard similarity > offers[slot].part, takenBy[Int(posting.unit)] != row else { continue }
        offers[slot].part = similarity
        offers[slot].partUnit = posting.unit
      }
    }
    // Provisions split or merged are not taken: several of one side share one of the other.
    for link in index.links.contains[Int(member.family)] {
      for posting in index.topPostings[Int(link.family)] where posting.document != row {
        let slot = touch(posting.document)
        guard takenBy[Int(posting.unit)] != row else { continue }
        offers[slot].splitOverlap += link.overlap
        offers[slot].splitSize += link.size
      }
    }
    for link in index.links.containedIn[Int(member.family)] {
      for posting in index.topPostings[Int(link.family)] where posting.document != row {
        let slot = touch(posting.document)
        guard link.containment > (offers[slot].merge?.containment ?? 0), takenBy[Int(posting.unit)] != row
        else { continue }
        offers[slot].merge = link
        offers[slot].mergeUnit = posting.unit
      }
    }
  }

  /// The slot of another document, reset when the provision being matched first meets it.
  private mutating func touch(_ document: Int32) -> Int {
    let slot = Int(document)
    if offers[slot].stamp != current {
      offers[slot] = Offer(stamp: current)
      touched.append(document)
    }
    return slot
  }
}
