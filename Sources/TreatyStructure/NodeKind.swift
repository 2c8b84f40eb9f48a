/// The kinds of provision, named as Akoma Ntoso names them so that ids, JSON and the AKN export agree.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
  case act, section, chapter, subsection, article, paragraph, point, list, item, indent, alinea
  case title, preamble, heading, note, footnote, finalFormula, signature, quotedStructure, table, row, unrecognized

  /// Hashed by its case, not its name: a `String` raw-value enum otherwise hashes its raw value like any string,
  /// and kinds are hashed for every node in sets and tables (the parser's numbering checks, nesting rules, the
  /// comparator's names). Equality already compares cases.
  public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber) }

  /// The case's place among the cases.
  private var caseNumber: UInt8 {
    switch self {
    case .act: return 0
    case .section: return 1
    case .chapter: return 2
    case .subsection: return 3
    case .article: return 4
    case .paragraph: return 5
    case .point: return 6
    case .list: return 7
    case .item: return 8
    case .indent: return 9
    case .alinea: return 10
    case .title: return 11
    case .preamble: return 12
    case .heading: return 13
    case .note: return 14
    case .footnote: return 15
    case .finalFormula: return 16
    case .signature: return 17
    case .quotedStructure: return 18
    case .table: return 19
    case .row: return 20
    case .unrecognized: return 21
    }
  }

  /// The eId part before the number («art» in `art_7`).
  public var idPrefix: String {
    switch self {
    case .act: return "att"
    case .section: return "sec"
    case .chapter: return "chp"
    case .subsection: return "subsec"
    case .article: return "art"
    case .paragraph: return "para"
    case .point: return "point"
    case .list: return "list"
    case .item: return "item"
    case .indent: return "indent"
    case .alinea: return "al"
    case .title: return "title"
    case .preamble: return "preamble"
    case .heading: return "hdg"
    case .note: return "note"
    case .footnote: return "fn"
    case .finalFormula: return "formula"
    case .signature: return "sig"
    case .quotedStructure: return "qstr"
    case .table: return "table"
    case .row: return "row"
    case .unrecognized: return "unrec"
    }
  }

  /// The abbreviation lawyers write in a citation («ст.», «п.»); nil where a kind is not cited by number.
  public var citationPrefix: String? {
    switch self {
    case .section: return "разд."
    case .chapter: return "гл."
    case .subsection: return "подразд."
    case .article: return "ст."
    case .paragraph: return "п."
    case .point: return "пп."
    case .alinea, .item, .indent: return "абз."
    case .footnote: return "сноска"
    default: return nil
    }
  }

  /// Kinds whose own number identifies them; the others are identified by their ordinal among siblings.
  public var isNumbered: Bool {
    switch self {
    case .section, .chapter, .subsection, .article, .paragraph, .point, .footnote, .row: return true
    default: return false
    }
  }
}
