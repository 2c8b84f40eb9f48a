import TreatyText

/// One provision of a document, with its place in the source.
///
/// A node owns the bytes of its `label` (keyword and number), its `titlePieces` and its `textPieces`; its
/// children own the rest of its range, and trivia owns what is left. Text is derived from the pieces.
public struct Node: Sendable, Hashable, Codable {
  public var kind: NodeKind
  /// Akoma Ntoso style eId, unique in the file: `att_1__art_11__para_4`.
  public var id: String
  /// The number as written («7», «5-1», «а»), nil for unnumbered units.
  public var number: String?
  /// «ст. 11 п. 4»; empty where a kind is not cited.
  public var citation: String
  public var range: SourceRange
  public var label: [TextPiece]
  public var titlePieces: [TextPiece]
  public var textPieces: [TextPiece]
  public var children: [Node]

  public init(
    kind: NodeKind, id: String = "", number: String? = nil, citation: String = "", range: SourceRange,
    label: [TextPiece] = [], titlePieces: [TextPiece] = [], textPieces: [TextPiece] = [], children: [Node] = []
  ) {
    self.kind = kind
    self.id = id
    self.number = number
    self.citation = citation
    self.range = range
    self.label = label
    self.titlePieces = titlePieces
    self.textPieces = textPieces
    self.children = children
  }

  /// Every piece the node owns itself, for the lossless check.
  public var ownedPieces: [TextPiece] { label + titlePieces + textPieces }

  /// Visits the node and its descendants depth-first, in document order.
  public func forEach(_ body: (Node, Int) throws -> Void, depth: Int = 0) rethrows {
    try body(self, depth)
    for child in children { try child.forEach(body, depth: depth + 1) }
  }

  /// Descendants (and self) of a kind, in document order.
  public func all(_ kind: NodeKind) -> [Node] {
    var found: [Node] = []
    forEach { node, _ in if node.kind == kind { found.append(node) } }
    return found
  }

  public func first(where predicate: (Node) -> Bool) -> Node? {
    if predicate(self) { return self }
    for child in children { if let hit = child.first(where: predicate) { return hit } }
    return nil
  }
}
