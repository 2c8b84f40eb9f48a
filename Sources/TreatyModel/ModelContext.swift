import TreatyStructure
import TreatyText

/// The document flattened for extraction: every node in document order with its act, its parent and its own
/// normalised text, computed once and shared by all extractors.
///
/// Units are in document order, so a node's subtree is the run of units from its own to `end`, and an act's units
/// are one run: extractors that look inside an act or a subtree read that run instead of filtering every unit.
struct ModelContext {
  struct Unit {
    let node: Node
    let actIndex: Int
    /// The index of the parent's unit; nil for an act. An index, not the parent's nodes: copying every ancestor
    /// into every unit was a tenth of building the context.
    let parent: Int?
    /// The index just after the unit's last descendant.
    fileprivate(set) var end: Int
    /// The node's own text (label and title excluded).
    let text: String
  }

  let document: Document
  let units: [Unit]
  /// Each unit's text case- and ё-folded (`RussianText.fold`), in the order of `units`: several extractors search
  /// every unit for lowercase phrases, and folding once is cheaper than folding per extractor.
  let folded: [String]
  /// Whether each unit's text is plain (`PlainScalars.isPlain`), asked again and again by `mayHaveWord`.
  let isPlain: [Bool]
  /// Whether each unit's text is basic (`BasicFold.isBasic`): then its fold has the same bytes at the same offsets.
  let isBasic: [Bool]
  private let indexById: [String: Int]
  /// The index of each act's own unit.
  private let actStarts: [Int]

  init(_ document: Document, texts: NodeTexts) {
    self.document = document
    var units: [Unit] = []
    func visit(_ node: Node, actIndex: Int, parent: Int?) {
      let index = units.count
      units.append(Unit(node: node, actIndex: actIndex, parent: parent, end: index + 1, text: texts.text(of: node, in: document)))
      for child in node.children { visit(child, actIndex: actIndex, parent: index) }
      units[index].end = units.count
    }
    var actStarts: [Int] = []
    for (index, act) in document.acts.enumerated() {
      actStarts.append(units.count)
      visit(act, actIndex: index, parent: nil)
    }
    self.units = units
    self.actStarts = actStarts
    // One pass over each unit's bytes folds it and classifies its scalars (`SurveyedFold`).
    let surveys = units.map { SurveyedFold($0.text) }
    folded = surveys.map(\.folded)
    isPlain = surveys.map(\.isPlain)
    isBasic = surveys.map(\.isBasic)
    var indexById: [String: Int] = [:]
    // Sized once: grown from empty, the table was rehashed a dozen times.
    indexById.reserveCapacity(units.count)
    for index in units.indices { indexById[units[index].node.id] = index }
    self.indexById = indexById
  }

  func unit(_ id: String) -> Unit? { indexById[id].map { units[$0] } }

  /// Whether the unit at `index` may hold a word whose lowercase starts with `prefix` (lowercase letters, no ё):
  /// false only for a plain text (see `PlainScalars`) whose folded form lacks it, since folding a plain word
  /// lowercases its letters one by one in place.
  func mayHaveWord(startingWith prefix: String, unit index: Int) -> Bool {
    !isPlain[index] || FastSearch.contains(folded[index], prefix)
  }

  /// The node's own text (`Document.text(of:)`), taken from its unit where it has one instead of derived again.
  func text(of node: Node) -> String { indexById[node.id].map { units[$0].text } ?? document.text(of: node) }

  /// The folded text of the unit with this id.
  func folded(_ id: String) -> String? { indexById[id].map { folded[$0] } }

  /// The nearest node of one of `kinds`, the unit itself included.
  func nearest(_ kinds: Set<NodeKind>, of unit: Unit) -> Node? {
    if kinds.contains(unit.node.kind) { return unit.node }
    var parent = unit.parent
    while let index = parent {
      if kinds.contains(units[index].node.kind) { return units[index].node }
      parent = units[index].parent
    }
    return nil
  }

  /// The parent's node; nil for an act.
  func parent(of unit: Unit) -> Node? { unit.parent.map { units[$0].node } }

  /// The indices of the units of the act at `index`, the act's own first.
  func unitIndices(ofAct index: Int) -> Range<Int> { actStarts[index]..<units[actStarts[index]].end }

  /// The text of a node and all its descendants, one unit a line (label and title included below the top).
  func fullText(_ node: Node) -> String { document.fullText(of: node) }

  func title(_ node: Node) -> String? { document.title(of: node) }

  /// The index of the first unit that carries text of its own in the subtree of the unit at `index`, itself
  /// included.
  func firstTextUnit(under index: Int) -> Int? {
    (index..<units[index].end).first { !units[$0].text.isEmpty }
  }
}
