import TreatyStructure

/// Every node's own text (`Document.text(of:)`), derived once per document and shared.
///
/// Deriving a text joins wrapped lines, closes letter spacing and tidies spaces byte by byte. The model reads the
/// text of every node, and so does the comparator's unit index; deriving each twice was about a tenth of a diff.
public struct NodeTexts: Sendable {
  private let texts: [String: String]

  public init(_ document: Document) {
    var texts: [String: String] = [:]
    // Sized once by counting the nodes: grown from empty, the table was rehashed a dozen times.
    var count = 0
    for act in document.acts { act.forEach { _, _ in count += 1 } }
    texts.reserveCapacity(count)
    for act in document.acts { act.forEach { node, _ in texts[node.id] = document.text(of: node) } }
    self.texts = texts
  }

  /// `document.text(of: node)`, from the table when the node is the document's own.
  public func text(of node: Node, in document: Document) -> String {
    texts[node.id] ?? document.text(of: node)
  }
}
