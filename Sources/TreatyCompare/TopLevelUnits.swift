import TreatyStructure

/// What the comparator aligns at the top of an act: articles, or the points of an act without articles. A chapter,
/// section or table stands for its own heading and opens up into its children; a list only opens up. Template
/// search weighs documents by the same units, so both read them here.
public enum TopLevelUnits {
  /// Kinds that stand for their heading and open up into their children.
  public static let headingKinds: Set<NodeKind> = [.chapter, .section, .subsection, .table]

  /// The units of `act` in document order; `isHeading` marks those of `headingKinds`, whose children follow them.
  public static func of(_ act: Node) -> [(node: Node, isHeading: Bool)] {
    var units: [(node: Node, isHeading: Bool)] = []
    func visit(_ node: Node) {
      for child in node.children {
        if headingKinds.contains(child.kind) {
          units.append((child, true))
          visit(child)
        } else if child.kind == .list {
          visit(child)
        } else {
          units.append((child, false))
        }
      }
    }
    visit(act)
    return units
  }
}
