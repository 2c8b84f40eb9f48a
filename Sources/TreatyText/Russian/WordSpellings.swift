/// The words of the texts tokenized with it, each made into its token's strings once and found again by its bytes.
///
/// A document repeats its vocabulary endlessly («Стороны», «Соглашения», «компетентные»). Tokenizing a unit made a
/// `String` of every word it read — checking its bytes as UTF-8, allocating and copying — and folded it again; over
/// a document's units that was most of tokenizing. A table kept across the units of one document makes each
/// distinct word once and gives the repeats the same strings, which share their storage.
public struct WordSpellings: Sendable {
  /// Word bytes → entry of `words`.
  private var numbers = WordNumbers()
  private var words: [WordTokenizer.Spelling] = []

  public init() {}

  /// How many distinct words the table holds.
  public var count: Int { words.count }

  /// The token strings of the word `bytes` (`WordTokenizer.spelling(of:)`), made the first time it is met.
  mutating func spelling(of bytes: UnsafeBufferPointer<UInt8>) -> WordTokenizer.Spelling {
    let hash = StableHash.fnv1a(bytes)
    if let known = numbers.number(of: bytes, hash: hash) { return words[Int(known)] }
    let made = WordTokenizer.spelling(of: bytes)
    numbers.insert(bytes, hash: hash, number: Int32(words.count))
    words.append(made)
    return made
  }
}
