/// Word-level handling of Russian text: case and ё folding, tokenizing, stemming a whole passage.
///
/// Matching terms across a legal text has to ignore case («Стороны» / «стороны») and the optional ё
/// («её» / «ее»), and has to keep compounds such as «Премьер-Министр» together, because splitting them would make
/// «министр» match a different office.
public enum RussianText {
  /// `text` lowercased, with ё and Ё written as е: byte for byte where the text is ASCII and basic Cyrillic (nearly
  /// always), by the scalar tables otherwise.
  public static func fold(_ text: String) -> String {
    UTF8Scalars.withBytes(text) { bytes in
      BasicFold.isFoldable(bytes) ? BasicFold.fold(basic: bytes) : RussianLetters.string(RussianLetters.folded(text.unicodeScalars))
    }
  }

  /// The word tokens of `text`, in order: maximal runs of letters and digits.
  ///
  /// A hyphen between two word characters stays inside the word («научно-методической»); any other punctuation,
  /// a leading or trailing hyphen, and spaces separate words. Combining marks (stress accents) stay with the letter
  /// they follow. The tokens are slices of `text`, so their indices point into it.
  public static func words(_ text: String) -> [Substring] {
    let utf8 = text.utf8
    var words: [Substring] = []
    forEachWord(in: text) { range, _ in
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      words.append(text[start..<end])
    }
    return words
  }

  /// The Snowball stem of every word of `text`, in order; see `words` and `RussianStemmer.stem`.
  public static func stems(_ text: String) -> [String] {
    var stems: [String] = []
    forEachWord(in: text) { _, word in stems.append(RussianStemmer.stem(utf8: word)) }
    return stems
  }

  /// The UTF-8 byte range and bytes of every word of `text`, in order. `words`, `stems` and `WordTokenizer` all read
  /// word boundaries through `wordEnd`, so that they never disagree on what a word is.
  static func forEachWord(in text: String, _ body: (Range<Int>, UnsafeBufferPointer<UInt8>) -> Void) {
    UTF8Scalars.withBytes(text) { bytes in
      var index = 0
      while index < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        guard isWordStarter(scalar) else {
          index += length
          continue
        }
        let end = wordEnd(bytes, after: index + length)
        body(index..<end, UnsafeBufferPointer(rebasing: bytes[index..<end]))
        index = end
      }
    }
  }

  /// Where the word that has a starter just before `index` ends: the rules of `words`, on UTF-8 bytes.
  static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
    var end = index
    while end < bytes.count {
      end = basicRunEnd(bytes, from: end)
      guard end < bytes.count else { break }
      let (next, length) = UTF8Scalars.decode(bytes, at: end)
      if isWordStarter(next) || isWordContinuation(next) {
        end += length
      } else if isHyphen(next), end + length < bytes.count, isWordStarter(UTF8Scalars.decode(bytes, at: end + length).scalar) {
        end += length
      } else {
        break
      }
    }
    return end
  }

  /// The end of the run from `start` of ASCII letters and digits and basic Cyrillic letters (U+0400–U+045F: lead
  /// byte D0, or D1 with a trail byte up to 9F): word starters whatever follows, stepped over without decoding, in
  /// a loop of their own, as most of a word is.
  @inline(__always)
  private static func basicRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start
    while end < bytes.count {
      let lead = bytes[end]
      if lead < 0x80 {
        guard isASCIILetterOrDigit(lead) else { return end }
        end += 1
      } else {
        guard end + 1 < bytes.count else { return end }
        let trail = bytes[end + 1]
        guard (lead == 0xD0 && trail & 0xC0 == 0x80) || (lead == 0xD1 && trail & 0xE0 == 0x80) else { return end }
        end += 2
      }
    }
    return end
  }

  @inline(__always)
  private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  /// ASCII whitespace without the Unicode tables; other scalars ask them.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20: return true
    case 0x00...0x7F: return false
    default: return scalar.properties.isWhitespace
    }
  }

  /// Letters and decimal digits start or continue a word; the basic Latin and Cyrillic blocks skip the tables.
  static func isWordStarter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x0400...0x045F: return true
    case 0x00...0x7F: return false
    default: return isLetterOrDigitByCategory(scalar)
    }
  }

  /// Combining marks (such as the stress accent U+0301) belong to the word they sit in but never start one.
  static func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
    // No combining mark comes before U+0300; this keeps the tables out of the common path.
    guard scalar.value >= 0x0300 else { return false }
    return isMarkByCategory(scalar)
  }

  // The category look-ups are kept out of line: inlined into a word loop, `generalCategory` (a type of the
  // standard library's, resolved at run time) made the loop fetch its metadata and cases on every call, about a
  // hundred instructions per word for scalars that nearly never need it.

  @inline(never)
  private static func isLetterOrDigitByCategory(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
      return true
    default:
      return false
    }
  }

  @inline(never)
  private static func isMarkByCategory(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// The ASCII hyphen-minus and the Unicode hyphen and non-breaking hyphen; dashes are punctuation, not hyphens.
  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }
}
