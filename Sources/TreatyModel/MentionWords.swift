import TreatyText

/// A unit's words, split at spaces, and the questions `CitedActExtractor` asks of them while it reads a mention to
/// the end of its clause.
///
/// For a plain text (see `PlainScalars`) every question is answered from the word's UTF-8 bytes; for any other the
/// `Character`-exact helpers of `PlainScalars` answer. The answers are the same either way.
struct MentionWords {
  private let text: String
  private let plain: Bool
  /// A plain text's UTF-8 bytes and each word's offsets in them; a mention reads only the words near an act's
  /// name, so a word's `Substring` is made when it is asked for, not for every word of the unit.
  private let bytes: [UInt8]
  private let ranges: [Range<Int>]
  /// Any other text's words.
  private let pieces: [Substring]

  /// `plain` must say whether `text` is plain.
  init(_ text: String, plain: Bool) {
    self.text = text
    self.plain = plain
    if plain {
      bytes = Array(text.utf8)
      ranges = bytes.withUnsafeBufferPointer(Self.wordRanges)
      pieces = []
    } else {
      bytes = []
      ranges = []
      pieces = PlainScalars.split(text, separator: " ")
    }
  }

  var count: Int { plain ? ranges.count : pieces.count }

  /// The word at `index`: `PlainScalars.split(text, separator: " ")[index]`.
  subscript(index: Int) -> Substring {
    guard plain else { return pieces[index] }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: ranges[index].lowerBound)
    return text[start..<utf8.index(start, offsetBy: ranges[index].count)]
  }

  /// Whether the word ends with «;» or «.».
  func endsClause(_ index: Int) -> Bool {
    guard plain else { return PlainScalars.hasSuffix(pieces[index], ";") || PlainScalars.hasSuffix(pieces[index], ".") }
    let last = bytes[ranges[index].upperBound - 1]
    return last == UInt8(ascii: ";") || last == UInt8(ascii: ".")
  }

  /// Whether the word is «в» («в Соглашение …»: the act named next belongs to the mention).
  func isIn(_ index: Int) -> Bool {
    guard plain else { return PlainScalars.equals(pieces[index], "в") }
    let range = ranges[index]
    return range.count == 2 && bytes[range.lowerBound] == 0xD0 && bytes[range.lowerBound + 1] == 0xB2
  }

  /// Whether the word, without the brackets and quotes before it, names a kind of act.
  func namesKind(_ index: Int) -> Bool {
    guard plain else { return ActKindWords.kind(of: PlainScalars.trimmingScalars(pieces[index], "(«\"“")) != nil }
    return withWord(index, Self.kind(plain:)) != nil
  }

  /// Counts the quotes of the word.
  func addQuotes(of index: Int, to quotes: inout QuoteBalance) {
    guard plain else { return quotes.add(pieces[index]) }
    withWord(index) { quotes.add(plain: $0) }
  }

  /// The words of `range` joined by single spaces: for a plain text, the text itself where that is what it holds.
  func phrase(_ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    guard plain else { return pieces[range].joined(separator: " ") }
    let (from, to) = (ranges[range.lowerBound].lowerBound, ranges[range.upperBound - 1].upperBound)
    let single = to - from == ranges[range].reduce(range.count - 1) { $0 + $1.count }
    if single {
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: from)
      return String(text[start..<utf8.index(start, offsetBy: to - from)])
    }
    var joined: [UInt8] = []
    joined.reserveCapacity(to - from)
    for index in range {
      if index > range.lowerBound { joined.append(UInt8(ascii: " ")) }
      joined += bytes[ranges[index]]
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// The plain word at `index` as its bytes, for the duration of `body`.
  private func withWord<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[ranges[index]])) }
  }

  /// The words of plain bytes, as `PlainScalars.split(text, separator: " ")` cuts them: the runs between spaces.
  /// A space is one byte, and in a plain text one `Character` (see `PlainScalars`), so no scalar is decoded.
  static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] != UInt8(ascii: " ") else {
        index += 1
        continue
      }
      let start = index
      while index < bytes.count && bytes[index] != UInt8(ascii: " ") { index += 1 }
      ranges.append(start..<index)
    }
    return ranges
  }

  /// The length of the mark that starts at `index` of plain bytes, nil when none does: a bracket or an opening
  /// quote — ( " « “ — and with `punctuation` also , ; .
  static func markLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, punctuation: Bool) -> Int? {
    switch bytes[index] {
    case 0x28, 0x22: return 1  // ( "
    case 0x2C, 0x3B, 0x2E: return punctuation ? 1 : nil  // , ; .
    case 0xC2 where bytes[index + 1] == 0xAB: return 2  // «
    case 0xE2 where bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C: return 3  // “
    default: return nil
    }
  }

  /// `ActKindWords.kind(of: PlainScalars.trimmingScalars(word, "(«\"“"))` for a plain word: the marks after a
  /// kind's letters do not change it, so only the leading ones are skipped.
  private static func kind(plain word: UnsafeBufferPointer<UInt8>) -> ActKind? {
    var from = 0
    while from < word.count, let length = markLength(word, at: from, punctuation: false) { from += length }
    return ActKindWords.kind(plain: UnsafeBufferPointer(rebasing: word[from...]))
  }
}
