/// The Snowball stemming algorithm for Russian, written from its published description.
///
/// Legal texts inflect the same term through every case («Соглашение», «Соглашения», «Соглашением»), so matching
/// and indexing compare stems rather than word forms. Snowball is the de-facto standard for Russian: it is
/// predictable, needs no dictionary, and its published sample vocabulary lets us check this implementation.
public enum RussianStemmer {
  /// The stem of one word: lowercase, with ё folded to е.
  ///
  /// A word with no Cyrillic letter comes back just lowercased. A hyphenated word is stemmed as a whole, so only
  /// its last part loses an ending.
  public static func stem(_ word: String) -> String {
    UTF8Scalars.withBytes(word, stem(utf8:))
  }

  /// The stem of a word given as UTF-8 bytes (a slice of a larger text).
  ///
  /// A word of ASCII and Russian letters, nearly every word there is, is stemmed in compact letter codes on the
  /// stack; any other word by the scalar path, which gives the same stem for the words both can take.
  public static func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
    let padding = CompactStemmingWord.padding
    let compactStem = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padding + word.count) { buffer in
      stem(compact: word, in: buffer)
    }
    return compactStem ?? stem(scalarsOf: word)
  }

  /// The stem of any word, by decoding and folding it into scalars: the general path, kept callable so that tests
  /// can hold the compact path to it.
  static func stem(scalarsOf word: UnsafeBufferPointer<UInt8>) -> String {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.count / 2 + 1)
    var index = 0
    while index < word.count {
      let (scalar, length) = UTF8Scalars.decode(word, at: index)
      RussianLetters.appendFolded(scalar, to: &letters)
      index += length
    }
    guard letters.contains(where: RussianLetters.isCyrillicLetter) else { return RussianLetters.string(letters) }
    var stemming = StemmingWord(letters: letters)
    applyRules(&stemming)
    return RussianLetters.string(stemming.stem)
  }

  /// The stem of `bytes` by the compact path, folded into `buffer` (room for the padding and a byte per byte of
  /// `bytes`), or nil if the word is not made of ASCII and Russian letters only.
  private static func stem(compact bytes: UnsafeBufferPointer<UInt8>, in buffer: UnsafeMutableBufferPointer<UInt8>)
    -> String?
  {
    let padding = CompactStemmingWord.padding
    let letters = UnsafeMutableBufferPointer(rebasing: buffer[padding...])
    guard let count = CompactLetters.fold(bytes, into: letters) else { return nil }
    for index in 0..<padding { buffer[index] = 0 }
    var word = CompactStemmingWord(paddedCodes: UnsafeBufferPointer(rebasing: buffer[..<(padding + count)]))
    if word.hasRussianLetter { applyRules(&word) }
    return CompactLetters.string(word.stem)
  }

  /// The four steps of the algorithm, on a word of Cyrillic letters in either form.
  private static func applyRules<Word: SnowballWord>(_ word: inout Word) {
    removeInflection(&word)
    if word.endsInRV(with: "и") { word.dropLast() }
    _ = word.removeEnding(of: RussianEndings.derivational, from: word.r2)
    tidyUp(&word)
  }

  /// Step 1: a perfective gerund ends the step; otherwise a reflexive ending goes (if any), then the first of an
  /// adjectival (adjective, with a participle before it), verb or noun ending that is found.
  private static func removeInflection<Word: SnowballWord>(_ word: inout Word) {
    if word.removeEnding(of: RussianEndings.perfectiveGerund) { return }
    _ = word.removeEnding(of: RussianEndings.reflexive)
    if word.removeEnding(of: RussianEndings.adjective) {
      _ = word.removeEnding(of: RussianEndings.participle)
    } else if !word.removeEnding(of: RussianEndings.verb) {
      _ = word.removeEnding(of: RussianEndings.noun)
    }
  }

  /// Step 4: undouble a final нн, or remove a superlative ending and then undouble нн, or remove a final soft sign.
  private static func tidyUp<Word: SnowballWord>(_ word: inout Word) {
    if word.endsWithDoubleN() {
      word.dropLast()
    } else if word.removeEnding(of: RussianEndings.superlative) {
      if word.endsWithDoubleN() { word.dropLast() }
    } else if word.endsInRV(with: "ь") {
      word.dropLast()
    }
  }
}
