import TreatyCompare
import TreatyModel
import TreatyStructure

/// What of a document counts when asking whether two documents share a template: its agreements (the resolution
/// that approves an agreement is procedure around it), or every act where there is no agreement; and of those acts,
/// the provisions — not the title, the final formula, signatures or publishers' notes, which every agreement has.
enum Substance {
  static let agreementKinds: Set<ActKind> = [.agreement, .protocol, .convention, .treaty]
  /// Top-level units that are form, not substance.
  static let formKinds: Set<NodeKind> = [.title, .finalFormula, .signature, .note, .unrecognized]

  /// A top-level unit with its weight: the number of words it holds.
  struct Unit: Sendable {
    var node: Node
    var words: Int
    /// Its text with its descendants', labels left out, for shingling.
    var text: String
    /// The id of the act it belongs to.
    var act: String
  }

  static func isAgreement(_ acts: [ActFacts]) -> Bool {
    acts.contains { agreementKinds.contains($0.kind) }
  }

  /// The document cut down to its substance acts, so that the comparator pairs agreement with agreement even
  /// when one file wraps its agreement in a resolution and the other does not.
  static func document(_ document: Document, acts facts: [ActFacts]) -> Document {
    let ids = Set(facts.filter { agreementKinds.contains($0.kind) }.map(\.id))
    let acts = document.acts.filter { ids.contains($0.id) }
    guard !acts.isEmpty else { return document }
    return Document(source: document.source, acts: acts, trivia: [], diagnostics: [])
  }

  /// The top-level units the comparator aligns (articles, or the points of an act without articles; a chapter
  /// stands for its heading and opens into its children), form units left out.
  static func units(of document: Document) -> [Unit] {
    var units: [Unit] = []
    for act in document.acts {
      for (node, isHeading) in TopLevelUnits.of(act) where isHeading || !formKinds.contains(node.kind) {
        let text = self.text(of: node, in: document, descendants: !isHeading)
        units.append(Unit(node: node, words: RussianTextCount.words(text), text: text, act: act.id))
      }
    }
    return units
  }

  /// Titles and texts of a node and (optionally) its descendants, one a line; labels («Статья 7», «1.») left out,
  /// so that renumbering does not change the words.
  static func text(of node: Node, in document: Document, descendants: Bool) -> String {
    var lines: [String] = []
    func add(_ unit: Node) {
      if let title = document.title(of: unit) { lines.append(title) }
      let text = document.text(of: unit)
      if !text.isEmpty { lines.append(text) }
    }
    if descendants { node.forEach { unit, _ in add(unit) } } else { add(node) }
    return lines.joined(separator: "\n")
  }
}
