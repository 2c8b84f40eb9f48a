import TreatyStructure
import TreatyText

/// The document flattened for extraction: every node in document order with its act, its ancestors and its own
/// normalised text, computed once and shared by all extractors.
struct ModelContext {
  struct Unit {
    let node: Node
    let actIndex: Int
    /// From the act down to the parent.
    let ancestors: [Node]
    /// The node's own text (label and title excluded).
    let text: String
  }

  let document: Document
  let units: [Unit]
  /// Each unit's text case- and ё-folded (`RussianText.fold`), in the order of `units`: several extractors search
  /// every unit for lowercase phrases, and folding once is cheaper than folding per extractor.
  let folded: [String]
  /// Whether each unit's text is plain (`PlainScalars.isPlain`), asked again and again by `mayHaveWord`.
  private let isPlain: [Bool]
  private let indexById: [String: Int]

  init(_ document: Document, texts: NodeTexts) {
    self.document = document
    var units: [Unit] = []
    func visit(_ node: Node, actIndex: Int, ancestors: [Node]) {
      units.append(Unit(node: node, actIndex: actIndex, ancestors: ancestors, text: texts.text(of: node, in: document)))
      for child in node.children { visit(child, actIndex: actIndex, ancestors: ancestors + [node]) }
    }
    for (index, act) in document.acts.enumerated() { visit(act, actIndex: index, ancestors: []) }
    self.units = units
    folded = units.map { RussianText.fold($0.text) }
    isPlain = units.map { PlainScalars.isPlain($0.text) }
    var indexById: [String: Int] = [:]
    for (index, unit) in units.enumerated() { indexById[unit.node.id] = index }
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
    return unit.ancestors.last { kinds.contains($0.kind) }
  }

  /// The text of a node and all its descendants, one unit a line (label and title included below the top).
  func fullText(_ node: Node) -> String { document.fullText(of: node) }

  func title(_ node: Node) -> String? { document.title(of: node) }

  func units(inAct index: Int) -> [Unit] { units.filter { $0.actIndex == index } }

  /// The units that carry text of their own inside a subtree, in order.
  func textUnits(under node: Node) -> [Unit] {
    var ids: [String] = []
    node.forEach { descendant, _ in ids.append(descendant.id) }
    return ids.compactMap { unit($0) }.filter { !$0.text.isEmpty }
  }
}
