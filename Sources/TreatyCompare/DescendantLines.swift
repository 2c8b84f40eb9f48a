import TreatyModel
import TreatyStructure

/// The lines a unit's descendants add to its whole text: each descendant's label, title and text, derived once.
///
/// A provision's whole text holds every descendant's line, and so does the whole text of each of its parts that has
/// parts of its own; deriving a line joins wrapped lines and closes letter spacing byte by byte, so the lines are
/// derived once per provision and shared by all the whole texts that hold them.
struct DescendantLines {
  /// The descendants in document order (`Node.forEach` over the children).
  private(set) var nodes: [Node] = []
  private(set) var texts: [String] = []
  /// The descendants of descendant `i` are `i + 1 ..< ends[i]`.
  private(set) var ends: [Int] = []

  /// `texts` are the document's node texts, derived already: a descendant's line is its label and title, then its
  /// text (`TextNormalizer.text(of:before:derived:in:)`), and one with neither label nor title (a paragraph, a
  /// list's lead-in) has its own text as its line.
  init(of node: Node, in document: Document, texts nodeTexts: NodeTexts) {
    for child in node.children { add(child, document, nodeTexts) }
  }

  private mutating func add(_ node: Node, _ document: Document, _ nodeTexts: NodeTexts) {
    let index = nodes.count
    nodes.append(node)
    texts.append(TextNormalizer.text(
      of: node.label + node.titlePieces, before: node.textPieces, derived: nodeTexts.text(of: node, in: document),
      in: document.source))
    ends.append(index + 1)
    for child in node.children { add(child, document, nodeTexts) }
    ends[index] = nodes.count
  }

  /// The whole text of the unit whose descendants are `range`: its own words, then a line for each descendant with
  /// text.
  func wholeText(own: String, descendants range: Range<Int>) -> String {
    // Appended into the own text's string, sized once, rather than gathered into arrays to be filtered and joined:
    // a provision without lines keeps its own text's storage.
    var whole = own
    whole.reserveCapacity(texts[range].reduce(own.utf8.count) { $0 + $1.utf8.count + 1 })
    for line in texts[range] where !line.isEmpty {
      if !whole.isEmpty { whole += "\n" }
      whole += line
    }
    return whole
  }

  /// The whole text of the unit itself.
  func wholeText(own: String) -> String { wholeText(own: own, descendants: texts.indices) }
}
