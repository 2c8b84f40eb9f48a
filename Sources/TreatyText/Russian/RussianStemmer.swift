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
  static func stem(utf8 word: UnsafeBufferPointer<UInt8>) -> String {
    var letters: [Unicode.Scalar] = []
    letters.reserveCapacity(word.count / 2 + 1)
    var index = 0
    while index < word.count {
      let (scalar, length) = UTF8Scalars.decode(word, at: index)
      RussianLetters.appendFolded(scalar, to: &letters)
      index += length
    }
    return stem(folded: letters)
  }

  private static func stem(folded letters: [Unicode.Scalar]) -> String {
    guard letters.contains(where: RussianLetters.isCyrillicLetter) else { return RussianLetters.string(letters) }
    var word = StemmingWord(letters: letters)
    removeInflection(&word)
    if word.endsInRV(with: "и") { word.dropLast() }
    _ = word.removeEnding(of: RussianEndings.derivational, from: word.r2)
    tidyUp(&word)
    return RussianLetters.string(word.stem)
  }

  /// Step 1: a perfective gerund ends the step; otherwise a reflexive ending goes (if any), then the first of an
  /// adjectival (adjective, with a participle before it), verb or noun ending that is found.
  private static func removeInflection(_ word: inout StemmingWord) {
    if word.removeEnding(of: RussianEndings.perfectiveGerund) { return }
    _ = word.removeEnding(of: RussianEndings.reflexive)
    if word.removeEnding(of: RussianEndings.adjective) {
      _ = word.removeEnding(of: RussianEndings.participle)
    } else if !word.removeEnding(of: RussianEndings.verb) {
      _ = word.removeEnding(of: RussianEndings.noun)
    }
  }

  /// Step 4: undouble a final нн, or remove a superlative ending and then undouble нн, or remove a final soft sign.
  private static func tidyUp(_ word: inout StemmingWord) {
    if endsWithDoubleN(word) {
      word.dropLast()
    } else if word.removeEnding(of: RussianEndings.superlative) {
      if endsWithDoubleN(word) { word.dropLast() }
    } else if word.endsInRV(with: "ь") {
      word.dropLast()
    }
  }

  /// Both н must lie in RV, like every other letter the rules look at.
  private static func endsWithDoubleN(_ word: StemmingWord) -> Bool {
    let stem = word.stem
    return word.end - 2 >= word.rv && stem.last == "н" && stem.dropLast().last == "н"
  }
}
