import TreatyText

/// A unit's words, split at spaces, and the questions `CitedActExtractor` asks of them while it reads a mention to
/// the end of its clause.
///
/// For a plain text (see `PlainScalars`) every question is answered from the word's UTF-8 bytes; for any other the
/// `Character`-exact helpers of `PlainScalars` answer. The answers are the same either way.
struct MentionWords {
  let all: [Substring]
  private let text: String
  private let plain: Bool

  /// `plain` must say whether `text` is plain.
  init(_ text: String, plain: Bool) {
    self.text = text
    self.plain = plain
    all = PlainScalars.split(text, separator: " ")
  }

  var count: Int { all.count }

  subscript(index: Int) -> Substring { all[index] }

  /// Whether the word ends with «;» or «.».
  func endsClause(_ index: Int) -> Bool {
    guard plain else { return PlainScalars.hasSuffix(all[index], ";") || PlainScalars.hasSuffix(all[index], ".") }
    let last = all[index].utf8.last
    return last == UInt8(ascii: ";") || last == UInt8(ascii: ".")
  }

  /// Whether the word is «в» («в Соглашение …»: the act named next belongs to the mention).
  func isIn(_ index: Int) -> Bool {
    guard plain else { return PlainScalars.equals(all[index], "в") }
    let utf8 = all[index].utf8
    return utf8.count == 2 && utf8.first == 0xD0 && utf8.last == 0xB2
  }

  /// Whether the word, without the brackets and quotes before it, names a kind of act.
  func namesKind(_ index: Int) -> Bool {
    guard plain, let kind = all[index].utf8.withContiguousStorageIfAvailable(Self.kind(plain:)) else {
      return ActKindWords.kind(of: PlainScalars.trimmingScalars(all[index], "(«\"“")) != nil
    }
    return kind != nil
  }

  /// Counts the quotes of the word.
  func addQuotes(of index: Int, to quotes: inout QuoteBalance) {
    if plain, all[index].utf8.withContiguousStorageIfAvailable({ quotes.add(plain: $0) }) != nil { return }
    quotes.add(all[index])
  }

  /// The words of `range` joined by single spaces: for a plain text, the text itself where that is what it holds.
  func phrase(_ range: Range<Int>) -> String {
    guard plain, !range.isEmpty else { return all[range].joined(separator: " ") }
    let span = text[all[range.lowerBound].startIndex..<all[range.upperBound - 1].endIndex]
    let single = span.utf8.count == all[range].reduce(range.count - 1) { $0 + $1.utf8.count }
    return single ? String(span) : all[range].joined(separator: " ")
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
