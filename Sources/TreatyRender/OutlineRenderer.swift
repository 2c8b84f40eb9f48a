import TreatyStructure
import TreatyText

/// The tree as an indented outline, one node a line — what `treaty parse` prints and what a reviewer reads:
/// `article art_7 «ст. 7» @140:1-160:64 "…"`.
public enum OutlineRenderer {
  public static let excerptLength = 60

  public static func render(_ document: Document) -> String {
    var out = ""
    for act in document.acts { write(act, in: document, prefix: "", childPrefix: "", into: &out) }
    return out
  }

  private static func write(_ node: Node, in document: Document, prefix: String, childPrefix: String, into out: inout String) {
    out += prefix + line(for: node, in: document) + "\n"
    for (index, child) in node.children.enumerated() {
      let last = index + 1 == node.children.count
      write(child, in: document, prefix: childPrefix + (last ? "└─ " : "├─ "),
        childPrefix: childPrefix + (last ? "   " : "│  "), into: &out)
    }
  }

  public static func line(for node: Node, in document: Document) -> String {
    var parts = [node.kind.rawValue, node.id]
    if !node.citation.isEmpty { parts.append("«\(node.citation)»") }
    parts.append("@" + document.source.describe(node.range))
    if let title = document.title(of: node) { parts.append("[\(excerpt(title))]") }
    let text = document.text(of: node)
    if !text.isEmpty { parts.append("\"\(excerpt(text))\"") }
    return parts.joined(separator: " ")
  }

  static func excerpt(_ text: String) -> String {
    let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
    guard flat.count > excerptLength else { return flat }
    return String(flat.prefix(excerptLength)) + "…"
  }
}
