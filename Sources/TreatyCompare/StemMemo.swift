import TreatyText

/// The stem hash of every distinct word of one side, computed once.
///
/// A document repeats its vocabulary endlessly («Стороны», «Соглашения», «компетентные органы»), and each unit's
/// words are stemmed twice over (its own text, and again inside its provision's full text). Snowball stemming and the
/// counterparty test are the expensive steps, so each distinct folded word goes through them once per comparison.
struct StemMemo {
  private let parameters: TemplateParameters
  private let left: Bool
  /// Folded word → its stem's hash (the placeholder's for the other party's words), nil for a stop word.
  private var stems: [FoldedWord: UInt64?] = [:]

  init(parameters: TemplateParameters, left: Bool) {
    self.parameters = parameters
    self.left = left
  }

  /// The bag of the word tokens among `tokens` (punctuation is not compared).
  mutating func bag(_ tokens: [WordToken]) -> StemBag {
    var hashes: [UInt64] = []
    hashes.reserveCapacity(tokens.count)
    for token in tokens where token.isWord {
      if let hash = stemHash(token.key) { hashes.append(hash) }
    }
    return StemBag(hashes: hashes)
  }

  private mutating func stemHash(_ key: String) -> UInt64? {
    let word = FoldedWord(key)
    if let known = stems[word] { return known }
    let stem = parameters.parameterized([RussianStemmer.stem(key)], left: left)[0]
    let hash = StemBag.stopWords.contains(stem) ? nil : StemBag.hash(stem)
    stems[word] = hash
    return hash
  }
}

/// A folded word as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Folded words are already lowercase with ё as е, so byte equality is the equality wanted; it spares the Unicode
/// normalisation that `String`'s own hashing and comparison run on every Cyrillic key.
struct FoldedWord: Hashable {
  let text: String
  let hash: UInt64

  init(_ text: String) {
    self.text = text
    hash = StemBag.hash(text)
  }

  static func == (lhs: FoldedWord, rhs: FoldedWord) -> Bool {
    lhs.hash == rhs.hash && lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
