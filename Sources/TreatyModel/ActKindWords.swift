import TreatyText

/// Words that name kinds of acts, in every case form the corpus uses, and what they mean.
enum ActKindWords {
  /// Prefixes of the word (lowercased) and the kind. No prefix starts another, so at most one matches.
  static let prefixes: [(String, ActKind)] = [
    ("соглашени", .agreement), ("протокол", .protocol), ("постановлени", .resolution), ("приказ", .order),
    ("правил", .rules), ("положени", .regulation), ("закон", .law), ("кодекс", .code), ("конституци", .constitution),
    ("указ", .decree), ("распоряжени", .disposition), ("конвенци", .convention), ("договор", .treaty),
    ("программ", .program), ("отчет", .report), ("отчёт", .report), ("решени", .resolution),
  ]

  /// First letters of the prefixes, to turn most words away before lowercasing them.
  private static let initials: Set<Character> = Set(prefixes.flatMap { [$0.0.first, $0.0.uppercased().first] }.compactMap { $0 })

  /// The prefixes for the byte path, keyed by their first four letters (no prefix is shorter, and no two share
  /// them), with the letters after those four.
  private struct Table {
    /// Bit `n` set when a prefix starts with the letter `n` places after «а».
    var initials: UInt64 = 0
    var keys: [UInt32] = []
    var entries: [(rest: [Unicode.Scalar], kind: ActKind)] = []
  }

  private static let table: Table = {
    var table = Table()
    for (prefix, kind) in prefixes {
      let scalars = Array(prefix.unicodeScalars)
      let letters = scalars.prefix(4).compactMap(letter)
      guard letters.count == 4 else { preconditionFailure("«\(prefix)» does not start with four letters а…я, ё") }
      let key = letters.reduce(0) { $0 << 8 | $1 }
      guard !table.keys.contains(key) else { preconditionFailure("«\(prefix)» starts as another prefix does") }
      table.initials |= 1 << letters[0]
      table.keys.append(key)
      table.entries.append((Array(scalars.dropFirst(4)), kind))
    }
    return table
  }()

  /// The kind the word names, if any; a plain word (see `PlainScalars`) is read from its bytes.
  static func kind(of word: some StringProtocol) -> ActKind? {
    if PlainScalars.isPlain(word), let kind = word.utf8.withContiguousStorageIfAvailable(kind(plain:)) { return kind }
    guard let first = word.first, initials.contains(first) else { return nil }
    let lower = word.lowercased()
    return prefixes.first { lower.hasPrefix($0.0) }?.1
  }

  /// `kind(of:)` for a plain word given as its UTF-8 bytes: asked of every word of running text, it turns most
  /// words away on their first letter, nearly all on their first four, and makes no string. The first letter is
  /// tested inline against `plainInitials`, a constant, so the words turned away there (most of them) cost no call and
  /// no copy of the table.
  @inline(__always)
  static func kind(plain word: UnsafeBufferPointer<UInt8>) -> ActKind? {
    // Four basic Cyrillic letters, two bytes each, start every prefix.
    guard word.count >= 8, let first = letter(word, at: 0), plainInitials & 1 << first != 0 else { return nil }
    return kind(plain: word, first: first)
  }

  /// Bit `n` set when a prefix starts with the letter `n` places after «а» (`Table.initials`).
  private static let plainInitials = table.initials

  /// `kind(plain:)` past its first letter, `first`, which starts some prefix.
  private static func kind(plain word: UnsafeBufferPointer<UInt8>, first: UInt32) -> ActKind? {
    let table = table
    guard let second = letter(word, at: 2), let third = letter(word, at: 4), let fourth = letter(word, at: 6),
      let entry = table.keys.firstIndex(of: first << 24 | second << 16 | third << 8 | fourth),
      PlainBytes.hasLowercasedPrefix(word, 8..<word.count, table.entries[entry].rest)
    else { return nil }
    return table.entries[entry].kind
  }

  /// The basic Cyrillic letter at `index` of plain bytes, lowercased, as its place after «а» (`letter(_:)` of
  /// `PlainScalars.lowercased`); nil for any other scalar. Read from the two bytes without decoding: D0 B0…BF is
  /// а…п, D0 90…AF А…Я, D0 80…8F Ѐ…Џ (lowercased to ѐ…џ), D1 80…9F р…я and ѐ…џ. `index + 1` must be in `word`.
  @inline(__always)
  static func letter(_ word: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    let trail = UInt32(word[index + 1])
    switch word[index] {
    case 0xD0:
      switch trail {
      case 0xB0...0xBF: return trail - 0xB0
      case 0x90...0xAF: return trail - 0x90
      case 0x80...0x8F: return trail - 0x80 + 32
      default: return nil
      }
    case 0xD1: return (0x80...0x9F).contains(trail) ? trail - 0x80 + 16 : nil
    default: return nil
    }
  }

  /// A lowercase letter «а…я», «ѐ…џ» as its place after «а», nil for any other scalar.
  @inline(__always)
  private static func letter(_ scalar: Unicode.Scalar) -> UInt32? {
    let place = scalar.value &- 0x0430
    return place < 48 ? place : nil
  }
}
