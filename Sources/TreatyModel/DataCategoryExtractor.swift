import TreatyStructure
import TreatyText

/// The categories of information and the personal-data fields the parties may exchange: the entries of a list
/// whose introduction speaks of exchanging information, data or personal data («Стороны могут обмениваться
/// следующими персональными данными:»), each entry on its own (entries that share a line were split by the
/// parser), with a key that matches the same field across agreements.
enum DataCategoryExtractor {
  static func extract(_ context: ModelContext) -> [DataCategory] {
    var categories: [DataCategory] = []
    var stems = StemMemo()
    for index in context.units.indices where context.units[index].node.kind == .list {
      let unit = context.units[index]
      guard let intro = introduction(of: unit, context: context),
        let kind = exchangeKind(introducedBy: intro, context: context)
      else { continue }
      for entry in unit.node.children where [.item, .indent, .point].contains(entry.kind) {
        let text = self.text(of: entry, context: context)
        let key = DataKey.key(stems: stems.stems(text), kind: kind)
        categories.append(DataCategory(kind: kind, text: text, key: key, source: entry.id))
      }
    }
    return categories
  }

  /// What a list introduced by `intro` exchanges, nil when the introduction does not speak of an exchange.
  private static func exchangeKind(introducedBy intro: Node, context: ModelContext) -> DataCategory.Kind? {
    let text = self.text(of: intro, context: context)
    // Only a colon lowercases to a final colon. Lowercasing a long introduction costs more than the whole test, so
    // the cheap tests come first.
    guard text.unicodeScalars.last == ":" else { return nil }
    let folded = folded(of: intro, context: context)
    guard mayMentionExchange(text, folded: folded) else { return nil }
    let lower = folded.flatMap { BasicFold.foldIsLowercase(text) ? $0 : nil } ?? text.lowercased()
    guard lower.hasSuffix(":"), ["обмен", "обменива"].contains(where: { PlainScalars.contains(lower, $0) }),
      ["информаци", "сведени", "данны"].contains(where: { PlainScalars.contains(lower, $0) })
    else { return nil }
    return PlainScalars.contains(lower, "персональн") ? .personalData : .information
  }

  /// False only when the lowercased `text` surely lacks the words `exchangeKind` needs: when `text` is plain (see
  /// `PlainScalars`), its folded form is its lowercase letter for letter, with ё written as е, which none of those
  /// words contains.
  private static func mayMentionExchange(_ text: String, folded: String?) -> Bool {
    guard let folded, PlainScalars.isPlain(text) else { return true }
    return FastSearch.contains(folded, "обмен")
      && ["информаци", "сведени", "данны"].contains { FastSearch.contains(folded, $0) }
  }

  /// The node whose text introduces a list: its parent, when that has text of its own, or the alinea just before it.
  private static func introduction(of list: ModelContext.Unit, context: ModelContext) -> Node? {
    guard let parent = context.parent(of: list) else { return nil }
    if parent.kind != .article && parent.kind != .act && !text(of: parent, context: context).isEmpty { return parent }
    guard let position = parent.children.firstIndex(where: { $0.id == list.node.id }), position > 0 else { return nil }
    let previous = parent.children[position - 1]
    return previous.kind == .alinea ? previous : nil
  }

  /// `context.document.text(of: node)`, read from the node's unit: the context derived every node's text once, and
  /// deriving it again normalises the source bytes anew. A unit with other text pieces (which ids unique in the
  /// file rule out) would hold another text, so then the text is derived.
  private static func text(of node: Node, context: ModelContext) -> String {
    if let unit = context.unit(node.id), unit.node.textPieces == node.textPieces { return unit.text }
    return context.document.text(of: node)
  }

  /// The folded text of the node's unit, when that unit is the node's (see `text(of:context:)`).
  private static func folded(of node: Node, context: ModelContext) -> String? {
    guard let unit = context.unit(node.id), unit.node.textPieces == node.textPieces else { return nil }
    return context.folded(node.id)
  }
}

/// Keys for data fields. Known personal-data fields get canonical names, so that «фамилия, имя, отчество (в
/// русском и латинском написании)» and «фамилия, имя» both read as `full-name`; anything else is keyed by the
/// stems of its content words, so that wording differences of case and ё do not split a field.
enum DataKey {
  /// Each field: a name and the stems that must all occur.
  static let fields: [(String, [String])] = [
    ("full-name", ["фамил", "им"]),
    ("sex", ["пол"]),
    ("date-of-birth", ["дат", "рожден"]),
    ("place-of-birth", ["мест", "рожден"]),
    ("citizenship", ["гражданств"]),
    ("identity-document", ["документ", "серия"]),
    ("administrative-liability", ["административн", "ответствен"]),
    ("criminal-liability", ["уголовн", "ответствен"]),
    ("liability", ["привлечен", "ответствен"]),
    ("registration", ["учет", "регистрац"]),
    ("residence-permit", ["разрешен", "проживан"]),
    ("entry-exit-restriction", ["въезд"]),
    ("photograph", ["фотографическ"]),
    ("fingerprints", ["дактилоскопическ"]),
  ]

  static let stopWords: Set<String> = ["и", "в", "на", "о", "об", "по", "с", "а", "также", "или", "для", "за", "к", "их"]

  /// `fields` with each required stem's length checked once: whether it must be a whole stem.
  private static let requirements: [(name: String, stems: [RequiredStem])] = fields.map { name, stems in
    (name, stems.map(RequiredStem.init))
  }

  static func key(for text: String, kind: DataCategory.Kind) -> String {
    key(stems: RussianText.stems(text), kind: kind)
  }

  /// The key of a text whose words have these stems (`RussianText.stems`).
  static func key(stems: [String], kind: DataCategory.Kind) -> String {
    if kind == .personalData, let name = fieldName(of: stems) { return name }
    return joinedContentStems(stems)
  }

  /// `stems.filter { !isStopWord($0) }.joined(separator: " ")`, written as UTF-8 bytes and made a string once:
  /// joining Cyrillic strings cost thousands of instructions a key.
  private static func joinedContentStems(_ stems: [String]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(stems.reduce(0) { $0 + $1.utf8.count + 1 })
    var isFirst = true
    for stem in stems where !isStopWord(stem) {
      if !isFirst { bytes.append(UInt8(ascii: " ")) }
      isFirst = false
      bytes += stem.utf8
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `stopWords.contains(stem)`. Hashing a Cyrillic string normalises it first, which cost more than all the rest
  /// of keying; a plain stem (see `PlainScalars`) equals a stop word exactly when their bytes are equal.
  private static func isStopWord(_ stem: String) -> Bool {
    guard PlainScalars.isPlain(stem) else { return stopWords.contains(stem) }
    let count = stem.utf8.count
    return stopWordBytes.contains { $0.count == count && $0.elementsEqual(stem.utf8) }
  }

  private static let stopWordBytes: [[UInt8]] = stopWords.map { Array($0.utf8) }

  /// The first field whose required stems all occur among `stems`.
  private static func fieldName(of stems: [String]) -> String? {
    let candidates = stems.map(CandidateStem.init)
    for (name, required) in requirements where required.allSatisfy({ occurs($0, in: candidates) }) { return name }
    return nil
  }

  private static func occurs(_ required: RequiredStem, in candidates: [CandidateStem]) -> Bool {
    candidates.contains { $0.matches(required) }
  }
}

/// A stem a data field requires. Short stems («пол», «им») must match a whole stem, so that «получ…» is not «пол».
private struct RequiredStem {
  let text: String
  let utf8: [UInt8]
  let mustBeWhole: Bool

  init(_ text: String) {
    self.text = text
    utf8 = Array(text.utf8)
    mustBeWhole = text.count <= 3
  }
}

/// A stem of a data field's text, ready to be matched against every required stem.
///
/// The required stems are lowercase Cyrillic, so for a plain stem (see `PlainScalars`) the `Character`-based
/// `==` and `hasPrefix` give what comparing UTF-8 bytes gives, at a fraction of the cost; the plainness is
/// checked once per stem, not once per comparison. Other stems are compared the `Character` way.
private struct CandidateStem {
  let text: String
  /// The UTF-8 bytes of a plain stem; nil for any other.
  let plainUTF8: [UInt8]?

  init(_ text: String) {
    self.text = text
    plainUTF8 = PlainScalars.isPlain(text) ? Array(text.utf8) : nil
  }

  func matches(_ required: RequiredStem) -> Bool {
    guard let bytes = plainUTF8 else {
      return required.mustBeWhole ? text == required.text : text.hasPrefix(required.text)
    }
    if required.mustBeWhole { return bytes == required.utf8 }
    return bytes.count >= required.utf8.count && bytes[..<required.utf8.count].elementsEqual(required.utf8)
  }
}
