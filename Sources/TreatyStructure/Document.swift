import TreatyText

/// A parsed file: its acts, the trivia between and inside them, and what the parser noticed.
public struct Document: Sendable {
  public var source: SourceText
  /// The enacting act first (id `main`), then attached acts (`att_1`, …).
  public var acts: [Node]
  public var trivia: [Trivia]
  public var diagnostics: [Diagnostic]

  public init(source: SourceText, acts: [Node], trivia: [Trivia], diagnostics: [Diagnostic]) {
    self.source = source
    self.acts = acts
    self.trivia = trivia
    self.diagnostics = diagnostics
  }

  /// The normalised text a node owns (its body, without label and title).
  public func text(of node: Node) -> String { TextNormalizer.text(of: node.textPieces, in: source) }

  /// The title (article or chapter heading text), nil where there is none.
  public func title(of node: Node) -> String? {
    node.titlePieces.isEmpty ? nil : TextNormalizer.text(of: node.titlePieces, in: source)
  }

  /// The node's text together with all its descendants', one unit a line.
  public func fullText(of node: Node) -> String {
    var lines: [String] = []
    node.forEach { unit, _ in
      let text = TextNormalizer.text(of: unit.label + unit.titlePieces + unit.textPieces, in: source)
      if !text.isEmpty { lines.append(text) }
    }
    return lines.joined(separator: "\n")
  }

  public func node(id: String) -> Node? {
    for act in acts { if let hit = act.first(where: { $0.id == id }) { return hit } }
    return nil
  }

  /// The document narrowed to one node, as the only provision of a single act — for comparing one provision of a
  /// file with one of another («the protocol's quoted article 1 against article 1 of the agreement»).
  public func focused(on id: String) -> Document? {
    guard let node = node(id: id) else { return nil }
    let act = Node(kind: .act, id: "main", range: node.range, children: [node])
    return Document(source: source, acts: [act], trivia: trivia, diagnostics: diagnostics)
  }

  /// All nodes of all acts, depth-first.
  public func forEachNode(_ body: (Node, Int) throws -> Void) rethrows {
    for act in acts { try act.forEach(body) }
  }
}
