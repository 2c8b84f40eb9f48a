import TreatyStructure

/// The stem bags the comparator matches one document's top-level provisions and their parts by, without the rest
/// of what a comparison needs (the model, tokens for word diffs). An estimate of the similarity of thousands of
/// pairs (`treaty corpus matrix` on a large corpus) is built on these, so that its matches use the comparator's
/// own bags and thresholds.
public struct ProvisionBags: Sendable {
  public struct Provision: Sendable {
    /// The node's id in the document.
    public let id: String
    /// The provision's words with its parts': what top-level provisions are aligned by.
    public let bag: StemBag
    /// Each part's own words: where a provision left over on the other side is looked for.
    public let parts: [StemBag]
  }

  /// In document order, every act's top-level provisions.
  public let provisions: [Provision]

  /// The bags with the words that name the parties (`parties`, as the model reads them) read as one placeholder.
  /// A pair's comparison reads only the other party's name so (`UnitIndex.parameterized`); an estimate over many
  /// pairs at once cannot know the other document, but where every pair shares one home party, reading every
  /// party's name as the placeholder gives both sides the same placeholders that pair's comparison would.
  public init(_ document: Document, parties: [String]) {
    let index = UnitIndex(document).parameterized(TemplateParameters(ownParties: parties), left: true)
    var provisions: [Provision] = []
    for (tops, parts) in zip(index.tops, index.parts) {
      for (top, topParts) in zip(tops, parts) {
        provisions.append(Provision(id: top.node.id, bag: top.bag, parts: topParts.map(\.bag)))
      }
    }
    self.provisions = provisions
  }
}
