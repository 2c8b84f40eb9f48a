import TreatyCompare

/// What the article estimate (`ArticleEstimate`) sweeps over: every provision's family, and per family the
/// provisions that belong to it, all documents' top provisions and parts numbered in one sequence.
struct EstimateIndex: Sendable {
  struct Unit: Sendable {
    var words: Int
    var member: UnitFamilies.Member
  }

  /// A provision in a posting list, with its document and type, so that the sweep reads one array, not three.
  struct Posting: Sendable {
    /// The provision's number in the sequence.
    var unit: Int32
    var document: Int32
    var closeness: Float
    var type: Int32
  }

  /// Per document, its top provisions (parts are not weighed on their own).
  var units: [[Unit]] = []
  var words: [Int] = []
  /// The document of each numbered provision.
  var documentOf: [Int32] = []
  var links: FamilyLinks
  /// Per family: its top provisions, and its parts.
  var topPostings: [[Posting]] = []
  var partPostings: [[Posting]] = []

  init(_ sketches: [ArticleSketch]) {
    var families = UnitFamilies()
    var tops: [(unit: Int32, member: UnitFamilies.Member)] = []
    var parts: [(unit: Int32, member: UnitFamilies.Member)] = []
    for (document, sketch) in sketches.enumerated() {
      var own: [Unit] = []
      for unit in sketch.units {
        let member = families.member(unit.bag, act: unit.act)
        tops.append((Int32(documentOf.count), member))
        documentOf.append(Int32(document))
        own.append(Unit(words: unit.words, member: member))
        for part in unit.parts {
          parts.append((Int32(documentOf.count), families.member(part, act: unit.act)))
          documentOf.append(Int32(document))
        }
      }
      units.append(own)
      words.append(sketch.words)
    }
    links = FamilyLinks(representatives: families.representatives, acts: families.acts)
    topPostings = Array(repeating: [], count: families.representatives.count)
    partPostings = topPostings
    for (unit, member) in tops {
      topPostings[Int(member.family)].append(
        Posting(unit: unit, document: documentOf[Int(unit)], closeness: member.closeness, type: member.type))
    }
    for (unit, member) in parts {
      partPostings[Int(member.family)].append(
        Posting(unit: unit, document: documentOf[Int(unit)], closeness: member.closeness, type: member.type))
    }
  }
}
