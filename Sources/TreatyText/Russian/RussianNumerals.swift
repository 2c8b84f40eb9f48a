import Foundation

/// Numbers as Russian legal texts write them: in digits, in words, or both («30 (тридцати) дней»).
public enum RussianNumerals {
  /// The value of a cardinal or ordinal numeral written in words, in any case, from 0 up to 999 999.
  ///
  /// «сорока пяти» gives 45, «двухсот» 200, «две тысячи двадцатого» 2020, «тысячи» 1000. The words must form one
  /// well-ordered numeral (hundreds, then tens, then units, with at most one «тысяча» group in front, and an ordinal
  /// only as the last word); anything else, including any word that is not part of a numeral, gives nil.
  public static func value(ofWords text: String) -> Int? {
    guard mayBeNumeral(text) else { return nil }
    if let folded = BasicFold.foldedCyrillicWord(text) {
      // One word of Cyrillic letters, the usual question: no need to tokenize.
      var builder = NumeralBuilder()
      guard let numeral = RussianNumeralLexicon.word(folded), builder.add(numeral) else { return nil }
      return builder.value
    }
    let words = RussianText.words(text)
    guard !words.isEmpty else { return nil }
    var builder = NumeralBuilder()
    for word in words {
      let folded = RussianText.fold(String(word))
      guard let numeral = RussianNumeralLexicon.word(folded), builder.add(numeral) else { return nil }
    }
    return builder.value
  }

  /// `value(ofWords: String(text))`, for a word cut from a sentence: the string is built only for the few words
  /// that start like a numeral.
  public static func value(ofWords text: Substring) -> Int? {
    guard mayBeNumeral(text) else { return nil }
    return value(ofWords: String(text))
  }

  /// Whether the first word of `text` starts like some numeral word. Callers try every word of a sentence, and
  /// nearly all are turned away here, before tokenizing and folding.
  private static func mayBeNumeral(_ text: String) -> Bool {
    var text = text
    return text.withUTF8(startsLikeNumeral)
  }

  private static func mayBeNumeral(_ text: Substring) -> Bool {
    var text = text
    return text.withUTF8(startsLikeNumeral)
  }

  /// `mayBeNumeral` on UTF-8 bytes, which cost a fraction of walking a string's `unicodeScalars` and ask for no
  /// array: the first word starts at the first word-starting scalar, and a second starter right after it is the
  /// word's second letter.
  private static func startsLikeNumeral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
      index += length
      guard RussianText.isWordStarter(scalar) else { continue }
      let next = index < bytes.count ? UTF8Scalars.decode(bytes, at: index).scalar : nil
      return startsLikeNumeral(first: scalar, second: next.flatMap { RussianText.isWordStarter($0) ? $0 : nil })
    }
    return false
  }

  /// Whether a word whose first two scalars are `first` and `second` (nil when the word has one) starts like a
  /// numeral, compared folded.
  private static func startsLikeNumeral(first: Unicode.Scalar, second: Unicode.Scalar?) -> Bool {
    if let first = foldedCommonLetter(first) {
      guard let second else { return RussianNumeralLexicon.initials.contains(first) }
      if let secondFolded = foldedCommonLetter(second) {
        return RussianNumeralLexicon.initialPairs.contains(RussianNumeralLexicon.pair(first, secondFolded))
      }
    }
    // The folded form with the first scalar folded, and the second too when the first gave a single scalar.
    var folded: [Unicode.Scalar] = []
    RussianLetters.appendFolded(first, to: &folded)
    if folded.count < 2, let second { RussianLetters.appendFolded(second, to: &folded) }
    if folded.count >= 2 {
      return RussianNumeralLexicon.initialPairs.contains(RussianNumeralLexicon.pair(folded[0], folded[1]))
    }
    return folded.first.map(RussianNumeralLexicon.initials.contains) ?? true
  }

  /// `RussianLetters.appendFolded` for ASCII and the Russian alphabet, where it gives exactly one scalar: the
  /// letters of nearly every word, which are then folded without building an array. Nil for any other scalar.
  private static func foldedCommonLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x0041...0x005A, 0x0410...0x042F: return Unicode.Scalar(scalar.value + 0x20)
    case 0x0401, 0x0451: return RussianLetters.ie
    case 0x0000...0x007F, 0x0430...0x044F: return scalar
    default: return nil
    }
  }

  /// A number written in ASCII digits («30») or in words («тридцать»); surrounding whitespace is ignored.
  public static func parseNumber(_ text: String) -> Int? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { return Int(trimmed) }
    return value(ofWords: trimmed)
  }
}

/// Accumulates numeral words left to right and rejects sequences that are not one numeral.
///
/// Below a thousand each word fills places (hundreds, tens, units; a teen fills tens and units at once), and each
/// word must sit entirely below the places already filled, so «двадцать пять» passes and «пять двадцать» or
/// «двадцать одиннадцать» do not.
private struct NumeralBuilder {
  private var thousands = 0
  private var group = 0
  /// The lowest place filled in the current group, as a rank: 4 means nothing is filled yet.
  private var lowestFilled = 4
  private var sawThousand = false
  private var sawZero = false
  private var ended = false
  private var count = 0

  var value: Int? {
    if sawZero { return count == 1 ? 0 : nil }
    return thousands + group
  }

  /// Takes the next word; false when it cannot continue the numeral.
  mutating func add(_ word: RussianNumeralWord) -> Bool {
    guard !ended else { return false }
    count += 1
    ended = word.isOrdinal
    switch word.place {
    case .zero:
      sawZero = true
      return count == 1
    case .thousand:
      guard !sawThousand else { return false }
      sawThousand = true
      thousands = (lowestFilled == 4 ? 1 : group) * 1000
      group = 0
      lowestFilled = 4
      return true
    case .unit, .teen, .ten, .hundred:
      let (highest, lowest) = Self.ranks(of: word.place)
      guard highest < lowestFilled else { return false }
      group += word.value
      lowestFilled = lowest
      return true
    }
  }

  /// The highest and lowest places a word fills: hundreds 3, tens 2, units 1.
  private static func ranks(of place: RussianNumeralWord.Place) -> (Int, Int) {
    switch place {
    case .hundred: return (3, 3)
    case .ten: return (2, 2)
    case .teen: return (2, 1)
    case .unit, .zero, .thousand: return (1, 1)
    }
  }
}
