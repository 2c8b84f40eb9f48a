import TreatyModel
import TreatyStructure
import TreatyText

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
  ///
  /// The same texts, stems and bags as `UnitIndex`, without the tokens a word diff needs.
  public init(_ document: Document, parties: [String]) {
    var cache = StemMemo()
    self.init(document, parties: parties, cache: &cache)
  }

  /// The same, stemming through a cache kept across documents.
  public init(_ document: Document, parties: [String], cache: inout StemMemo) {
    var vocabulary = StemVocabulary()
    let texts = NodeTexts(document)
    var stems: [(top: [Int32], parts: [[Int32]], id: String)] = []
    for act in document.acts {
      for node in UnitIndex.topNodes(of: act) {
        let lines = DescendantLines(of: node, in: document, texts: texts)
        // The whole provision's stems line by line, as `UnitIndex` takes them: no word crosses a line break, so
        // the joined whole text need not be built only to be cut into words again.
        var top: [Int32] = []
        for text in [UnitIndex.ownText(node, document, texts)] + lines.texts {
          top += vocabulary.ids(ofWordsIn: text, cache: &cache)
        }
        let parts = UnitIndex.partLines(of: node, lines).map { line in
          vocabulary.ids(ofWordsIn: UnitIndex.ownText(lines.nodes[line], document, texts), cache: &cache)
        }
        stems.append((top, parts, node.id))
      }
    }
    let parameters = TemplateParameters(ownParties: parties)
    let isParameter = vocabulary.stems.map { parameters.isActive && parameters.isParameter($0, left: true) }
    provisions = stems.map { unit in
      Provision(
        id: unit.id, bag: vocabulary.bag(unit.top, parameters: isParameter),
        parts: unit.parts.map { vocabulary.bag($0, parameters: isParameter) })
    }
  }
}
