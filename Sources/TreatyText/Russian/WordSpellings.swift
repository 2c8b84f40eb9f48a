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

  /// The entry of the word `bytes`, its token strings (`WordTokenizer.spelling(of:)`) made the first time it is
  /// met. Entries are numbered 0, 1, 2… in order of first meeting, so a caller can keep more about each word in an
  /// array by entry (`StemVocabulary.id(ofSpelling:key:)`).
  mutating func entry(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = StableHash.fnv1a(bytes)
    if let known = numbers.number(of: bytes, hash: hash) { return Int(known) }
    numbers.insert(bytes, hash: hash, number: Int32(words.count))
    words.append(WordTokenizer.spelling(of: bytes))
    return words.count - 1
  }

  subscript(entry: Int) -> WordTokenizer.Spelling { words[entry] }
}
