/// A token of a text for word-level comparison: a word or a single punctuation mark.
///
/// `key` is what two tokens are compared by: words case- and ё-folded, dashes and quotation marks of every style
/// written one way, so that «–» against «-» or «Стороны» against «стороны» never reads as a change of words.
public struct WordToken: Sendable, Hashable {
  public var text: String
  public var key: String
  public var isWord: Bool
  /// Whitespace stood before it in the text, so that tokens can be joined back as written.
  public var spaceBefore = false
  /// Whether `key` is made of plain scalars (`PlainScalars`), so that keys compare by their bytes; told once here
  /// rather than asked of every key by every diff the token takes part in. False when unknown.
  public var keyIsPlain = false

  public var isNumber: Bool { isWord && key.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
}

public enum WordTokenizer {
  public static func tokens(_ text: String) -> [WordToken] {
    tokens(text) { spelling(of: $0) }
  }

  /// `tokens(text)`, each word's strings taken from `spellings`: the strings are equal, and a word met before in
  /// any text tokenized with the same table costs a look-up instead of a new string.
  public static func tokens(_ text: String, spellings: inout WordSpellings) -> [WordToken] {
    tokens(text) { bytes in
      let entry = spellings.entry(of: bytes)
      return spellings[entry]
    }
  }

  /// `tokens(text, spellings:)`, telling `eachWord` each word token's entry in `spellings` and key, in order: a
  /// caller that looks words up (stems) can do so once per entry instead of once per word.
  public static func tokens(
    _ text: String, spellings: inout WordSpellings, eachWord: (_ entry: Int, _ key: String) -> Void
  ) -> [WordToken] {
    tokens(text) { bytes in
      let entry = spellings.entry(of: bytes)
      let spelling = spellings[entry]
      eachWord(entry, spelling.key)
      return spelling
    }
  }

  /// A word token's strings: the word as written, its key (`WordToken.key`) and whether the key is plain.
  public typealias Spelling = (text: String, key: String, keyIsPlain: Bool)

  /// The strings of a word token whose bytes are `word`.
  static func spelling(of word: UnsafeBufferPointer<UInt8>) -> Spelling {
    let text = String(decoding: word, as: UTF8.self)
    // Most words are already folded: then the key shares the text's storage instead of a second copy, and
    // a look at the bytes spares folding a copy only to find it equal.
    if BasicFold.isFolded(word) {
      // Lowercase ASCII and Cyrillic letters, digits and hyphens: plain.
      return (text, text, true)
    }
    let folded = RussianText.fold(text)
    let key = folded.utf8.elementsEqual(word) ? text : folded
    return (text, key, PlainScalars.isPlain(key))
  }

  /// The tokens of `text`, the strings of each word given by `spell`.
  @inline(__always)
  private static func tokens(
    _ text: String, spell: (UnsafeBufferPointer<UInt8>) -> Spelling
  ) -> [WordToken] {
    UTF8Scalars.withBytes(text) { bytes in
      var tokens: [WordToken] = []
      // About one token per ten bytes of Russian text («Стороны », «, »): reserved so that the array rarely regrows
      // (regrowing copied every token, a tenth of tokenizing), at little more than it needs.
      tokens.reserveCapacity(bytes.count / 8 + 1)
      var space = false
      var index = 0
      while index < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        if RussianText.isWordStarter(scalar) {
          let end = RussianText.wordEnd(bytes, after: index + length)
          let word = spell(UnsafeBufferPointer(rebasing: bytes[index..<end]))
          tokens.append(
            WordToken(text: word.text, key: word.key, isWord: true, spaceBefore: space, keyIsPlain: word.keyIsPlain))
          space = false
          index = end
          continue
        }
        if RussianText.isWhitespace(scalar) {
          space = true
        } else {
          let key = punctuationKey(scalar)
          tokens.append(WordToken(
            text: String(scalar), key: key, isWord: false, spaceBefore: space, keyIsPlain: PlainScalars.isPlain(key)))
          space = false
        }
        index += length
      }
      return tokens
    }
  }

  /// The keys of the word tokens of `text` (`tokens(text)`'s words, folded), without the tokens: what stems are
  /// made from where no word diff follows.
  public static func wordKeys(_ text: String) -> [String] {
    var keys: [String] = []
    forEachWordKey(in: text) { keys.append(String(decoding: $0, as: UTF8.self)) }
    return keys
  }

  /// The bytes of each of `wordKeys(text)`, in order, without a `String` for the words that are folded already:
  /// most are, and whoever numbers words by their bytes (`WordNumbers`) needs no more.
  public static func forEachWordKey(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    RussianText.forEachWord(in: text) { _, word in
      if BasicFold.isFolded(word) { return body(word) }
      UTF8Scalars.withBytes(RussianText.fold(String(decoding: word, as: UTF8.self)), body)
    }
  }

  /// Dashes and quotation marks of every style compare equal.
  static func punctuationKey(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x2010...0x2015, 0x2212: return "-"
    case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return "\""
    case 0x2018, 0x2019: return "'"
    default: return String(scalar)
    }
  }
}
