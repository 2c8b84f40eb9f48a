import TreatyModel
import TreatyStructure
import TreatyText

/// A unit of one document as the comparator sees it: its node, its text, the stems it is matched by and the tokens
/// its words are diffed by.
///
/// All but the bag is fixed once the document is indexed and is held once, in `Content`: the aligner copies units
/// from list to list many times over, and a copy of a dozen strings and arrays retained and released each of them —
/// atomic operations that were a third of aligning two long documents, more when both cores touched the same units.
struct CompareUnit: Sendable {
  private final class Content: Sendable {
    let node: Node
    let order: Int
    let top: Int
    let text: String
    let tokens: [WordToken]
    let fullText: String?
    let stemIDs: [Int32]
    let relativeCitation: String

    init(
      node: Node, order: Int, top: Int, text: String, tokens: [WordToken], fullText: String?, stemIDs: [Int32],
      relativeCitation: String
    ) {
      self.node = node
      self.order = order
      self.top = top
      self.text = text
      self.tokens = tokens
      self.fullText = fullText
      self.stemIDs = stemIDs
      self.relativeCitation = relativeCitation
    }
  }

  private let content: Content
  /// What it is matched by: `stemIDs` without function words, and with the other party's words as one placeholder
  /// once the comparison knows the parties (`UnitIndex.parameterized`).
  var bag: StemBag

  init(
    node: Node, order: Int, top: Int, text: String, tokens: [WordToken], fullText: String?, stemIDs: [Int32],
    bag: StemBag, relativeCitation: String
  ) {
    content = Content(
      node: node, order: order, top: top, text: text, tokens: tokens, fullText: fullText, stemIDs: stemIDs,
      relativeCitation: relativeCitation)
    self.bag = bag
  }

  var node: Node { content.node }
  /// Position in document order, for ordering the output.
  var order: Int { content.order }
  /// The top-level provision it belongs to (itself for a top-level unit).
  var top: Int { content.top }
  /// Own text with its title (not its label): what the word diff compares.
  var text: String { content.text }
  var tokens: [WordToken] { content.tokens }
  /// The unit with all its descendants, for comparing a unit with one of another level (an article that became a
  /// point); nil when that is its own text. Tokenized only when a pair asks (`fullTokens`): most pairs diff their
  /// own texts, and tokenizing every article whole was a fifth of indexing a document.
  var fullText: String? { content.fullText }
  /// The tokens of the unit with all its descendants.
  var fullTokens: [WordToken] { fullText.map(WordTokenizer.tokens) ?? tokens }
  /// Its words' stems (with its descendants' for top-level units, its own text's for parts) as entries of the
  /// document's `StemVocabulary`, in order, function words included.
  var stemIDs: [Int32] { content.stemIDs }
  /// The citation inside its top-level provision («п. 4», «абз. 3»), for renumbering.
  var relativeCitation: String { content.relativeCitation }
}

/// Splits a document into top-level provisions and their parts.
struct UnitIndex: Sendable {
  var acts: [Node] = []
  /// Per act: top-level units.
  var tops: [[CompareUnit]] = []
  /// Per act and top-level unit: its parts in document order.
  var parts: [[[CompareUnit]]] = []

  /// Where each unit sits, by its order (`CompareUnit.order` - 1).
  private var places: [(act: Int, top: Int, part: Int?)] = []

  /// Every distinct stem of the document, which `stemIDs` point into.
  var vocabulary = StemVocabulary()

  /// The units of one document, bags without parameters: all of it depends on the document alone.
  init(_ document: Document) { self.init(document, texts: NodeTexts(document)) }

  /// The units, with the node texts the caller derived once for the model too (`PreparedDocument`).
  init(_ document: Document, texts: NodeTexts) {
    var order = 0
    // One table of word strings for all the units: the document's words repeat from unit to unit.
    var spellings = WordSpellings()
    for act in document.acts {
      acts.append(act)
      var actTops: [CompareUnit] = []
      var actParts: [[CompareUnit]] = []
      for node in UnitIndex.topNodes(of: act) {
        let top = actTops.count
        let lines = DescendantLines(of: node, in: document, texts: texts)
        let text = UnitIndex.ownText(node, document, texts)
        let full = lines.wholeText(own: text)
        order += 1
        let topOrder = order
        places.append((acts.count - 1, top, nil))
        // The parts first, so that the provision's stems can take each part's own (`LineLead`).
        let partLines = UnitIndex.partLines(of: node, lines)
        var units: [CompareUnit] = []
        for line in partLines {
          let part = lines.nodes[line]
          let partText = UnitIndex.ownText(part, document, texts)
          order += 1
          places.append((acts.count - 1, top, units.count))
          let (tokens, stemIDs) = tokensAndStems(partText, &spellings)
          units.append(CompareUnit(
            node: part, order: order, top: top, text: partText, tokens: tokens,
            fullText: part.children.isEmpty ? nil : lines.wholeText(own: partText, descendants: line + 1..<lines.ends[line]),
            stemIDs: stemIDs, bag: vocabulary.bag(stemIDs),
            relativeCitation: UnitIndex.relative(part.citation, to: node.citation)))
        }
        let (tokens, ownStemIDs) = tokensAndStems(text, &spellings)
        let stemIDs = provisionStems(ownStemIDs, lines, parts: units, on: partLines)
        actTops.append(CompareUnit(
          node: node, order: topOrder, top: top, text: text, tokens: tokens,
          fullText: full == text ? nil : full, stemIDs: stemIDs, bag: vocabulary.bag(stemIDs), relativeCitation: ""))
        actParts.append(units)
      }
      tops.append(actTops)
      parts.append(actParts)
    }
  }

  /// The tokens of a unit's text and the stems of its word tokens (their keys are its words' keys, `StemBagTests`),
  /// found through the document's word spellings.
  private mutating func tokensAndStems(_ text: String, _ spellings: inout WordSpellings) -> ([WordToken], [Int32]) {
    var stemIDs: [Int32] = []
    // About a word per ten bytes of Russian text: reserved so that the array rarely regrows.
    stemIDs.reserveCapacity(text.utf8.count / 8 + 1)
    let tokens = WordTokenizer.tokens(text, spellings: &spellings) { entry, key in
      stemIDs.append(vocabulary.id(ofSpelling: entry, key: key))
    }
    return (tokens, stemIDs)
  }

  /// The whole provision's stems: its own text's from its tokens (their keys are its words' keys, `StemBagTests`),
  /// then each descendant line's. The lines are joined by line breaks, which no word crosses, so these are the whole
  /// text's words in order without tokenizing the own text a second time; and a part's line that is a lead and the
  /// part's text (`LineLead`) gives the lead's stems and then the part's, already found.
  private mutating func provisionStems(
    _ ownStemIDs: [Int32], _ lines: DescendantLines, parts: [CompareUnit], on partLines: [Int]
  ) -> [Int32] {
    var stemIDs = ownStemIDs
    var partOnLine = [Int?](repeating: nil, count: lines.texts.count)
    for (part, line) in partLines.enumerated() { partOnLine[line] = part }
    for (line, text) in lines.texts.enumerated() {
      if let part = partOnLine[line], let lead = LineLead.of(text, before: parts[part].text) {
        stemIDs += vocabulary.ids(ofWordsIn: lead) + parts[part].stemIDs
      } else {
        stemIDs += vocabulary.ids(ofWordsIn: text)
      }
    }
    return stemIDs
  }

  /// The index with the other party's words read as one placeholder in every bag (see `TemplateParameters`). Only
  /// units that hold such a word get a new bag; a document compared with many others keeps the rest.
  func parameterized(_ parameters: TemplateParameters, left: Bool) -> UnitIndex {
    guard parameters.isActive else { return self }
    let isParameter = vocabulary.stems.map { parameters.isParameter($0, left: left) }
    guard isParameter.contains(true) else { return self }
    func rebag(_ unit: inout CompareUnit) {
      guard unit.stemIDs.contains(where: { isParameter[Int($0)] }) else { return }
      unit.bag = vocabulary.bag(unit.stemIDs, parameters: isParameter)
    }
    var index = self
    for act in index.tops.indices { for top in index.tops[act].indices { rebag(&index.tops[act][top]) } }
    for act in index.parts.indices {
      for top in index.parts[act].indices { for part in index.parts[act][top].indices { rebag(&index.parts[act][top][part]) } }
    }
    return index
  }

  /// The act's top-level units (`TopLevelUnits`); a heading unit without its children, which are units of their own.
  static func topNodes(of act: Node) -> [Node] {
    TopLevelUnits.of(act).map { node, isHeading in
      guard isHeading else { return node }
      return Node(kind: node.kind, id: node.id, number: node.number, citation: node.citation, range: node.range,
        label: node.label, titlePieces: node.titlePieces, textPieces: node.textPieces)
    }
  }

  /// The parts of a top-level unit: its descendants with text, lists opened up, as positions among its lines.
  static func partLines(of top: Node, _ lines: DescendantLines) -> [Int] {
    guard !TopLevelUnits.headingKinds.contains(top.kind) else { return [] }
    return lines.nodes.indices.filter { lines.nodes[$0].kind != .list }
  }

  /// The words of the unit itself: title and own text. The label («Статья 7», «1.») is left out: a changed
  /// number is renumbering, reported by the pair's kind, not a change of words.
  static func ownText(_ node: Node, _ document: Document, _ texts: NodeTexts) -> String {
    // Most units have no title: then the own text is the node text itself, with no array to join.
    guard let title = document.title(of: node), !title.isEmpty else { return texts.text(of: node, in: document) }
    return [title, texts.text(of: node, in: document)].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The text the unit of this order shows when it stands on one side only: a top-level provision with its parts,
  /// a part on its own. Joined on demand for the few such units rather than for every unit up front.
  func wholeText(order: Int) -> String? {
    guard order >= 1 && order <= places.count else { return nil }
    let place = places[order - 1]
    guard let part = place.part else { return WordDiff.join(tops[place.act][place.top].fullTokens) }
    return parts[place.act][place.top][part].text
  }
}
