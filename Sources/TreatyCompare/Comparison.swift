import TreatyModel
import TreatyStructure
import TreatyText

/// The result of comparing two documents: every aligned unit at every level, what changed inside each, how the
/// models differ, and the counterparty substitutions that the template explains.
public struct Comparison: Sendable {
  public static let schemaVersion = 1

  public var left: Document
  public var right: Document
  public var leftModel: StructuralModel
  public var rightModel: StructuralModel
  /// Every aligned unit (acts, top-level provisions, their parts), unchanged ones included, in document order.
  public var pairs: [AlignedPair]
  public var modelChanges: [ModelChange]
  /// Names of the other party and its bodies, as the template's parameters: reported once, never as substance.
  public var substitutions: [Substitution]
  public var diagnostics: [Diagnostic]

  /// Whether the documents differ in substance: a substantive edit, an inserted or deleted unit, or a model change
  /// that is not a counterparty substitution.
  public var differsInSubstance: Bool {
    pairs.contains { $0.substantive } || modelChanges.contains { !$0.counterparty }
  }

  public func count(_ kind: AlignedPair.Kind) -> Int { pairs.filter { $0.kind == kind }.count }
}

public struct AlignedPair: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case unchanged, modified, renumbered, moved, split, merged, inserted, deleted
  }

  /// Why two units were paired.
  public enum Evidence: String, Sendable, Hashable, Codable {
    case identicalText, sameNumberAndSimilarText, contentSimilarity, moveSearch, splitMergeSearch, actKind, none
  }

  /// `act`, `provision` (articles and other top-level units) or `part` (points, sub-points, items, paragraphs).
  public enum Level: String, Sendable, Hashable, Codable { case act, provision, part }

  public var kind: Kind
  public var level: Level
  /// Also changed in wording (a renumbered or moved unit can be modified too).
  public var modified: Bool
  public var left: [String]
  public var right: [String]
  public var leftCitation: String
  public var rightCitation: String
  public var similarity: Double
  public var substantive: Bool
  public var evidence: Evidence
  public var edits: [Edit]
  /// The two texts interleaved for display: equal words once, deleted and inserted words in place.
  public var inline: [InlineSegment] = []
}

/// A piece of an aligned pair's text for a redline: shared, only on the left, or only on the right.
public struct InlineSegment: Sendable, Hashable {
  public enum Side: String, Sendable, Hashable, Codable { case both, left, right }
  public var side: Side
  public var text: String
  /// For changed pieces, what kind of change they belong to.
  public var kind: Edit.Kind?
  /// Whitespace stood before it in the text.
  public var spaceBefore = true
}

/// One change of words inside an aligned pair.
public struct Edit: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Punctuation, dashes, quotes, case, a number repeated in words: the meaning is the same.
    case editorial
    /// The other party's name or bodies: the template's parameter.
    case counterparty
    /// A reference that follows its renumbered target («статье 6» → «статье 5» with article 6 aligned to 5).
    case renumbering
    case substantive
  }

  public var kind: Kind
  public var deleted: String
  public var inserted: String
  /// A few words before the change, to find it.
  public var before: String
}

public struct Substitution: Sendable, Hashable {
  public var left: String
  public var right: String
}

public struct ModelChange: Sendable, Hashable {
  public enum Change: String, Sendable, Hashable, Codable { case added, removed, replaced, reworded, changed }
  public var category: String
  public var change: Change
  public var party: String?
  public var left: String?
  public var right: String?
  public var leftSource: String?
  public var rightSource: String?
  /// Explained by the counterparty substitution (the other party's bodies, its language).
  public var counterparty: Bool
}
