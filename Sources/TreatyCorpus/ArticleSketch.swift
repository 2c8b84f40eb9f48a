import TreatyCompare
import TreatyModel
import TreatyText

/// A document as the article estimate sees it: its substance units (those `ArticleCoverage` weighs), each with its
/// weight in words and the comparator's stem bags for it and for its parts. Small next to the parsed document, so a
/// corpus of ten thousand agreements can be sketched and its documents let go.
public struct ArticleSketch: Sendable {
  struct Unit: Sendable {
    var words: Int
    /// Its act's kind and place among the document's acts of that kind: the comparator pairs acts by kind, in
    /// order, so an agreement's articles never meet a protocol's, nor the first agreement's the second's.
    var act: Int
    /// The unit with its parts' words, as top-level provisions are aligned.
    var bag: StemBag
    /// Each part's own words, as a provision left over on the other side is looked for.
    var parts: [StemBag]
  }

  var units: [Unit]
  var words: Int

  public init(_ document: CorpusDocument) {
    var cache = StemMemo()
    self.init(document, cache: &cache)
  }

  /// The same, stemming through a cache kept across the documents one thread sketches.
  public init(_ document: CorpusDocument, cache: inout StemMemo) {
    var bags: [String: ProvisionBags.Provision] = [:]
    let provisions = ProvisionBags(document.substance, parties: document.parties, cache: &cache).provisions
    for provision in provisions where bags[provision.id] == nil {
      bags[provision.id] = provision
    }
    var slots: [String: Int] = [:]
    var seen: [ActKind: Int] = [:]
    for act in document.acts where slots[act.id] == nil {
      let place = seen[act.kind, default: 0]
      seen[act.kind] = place + 1
      slots[act.id] = (ActKind.allCases.firstIndex(of: act.kind) ?? 0) << 16 | place
    }
    units = Substance.units(of: document.substance).compactMap { unit in
      bags[unit.node.id].map { Unit(words: unit.words, act: slots[unit.act] ?? 0, bag: $0.bag, parts: $0.parts) }
    }
    words = units.reduce(0) { $0 + $1.words }
  }
}
