/// `RussianText.stems` for many texts that share most of their words, each distinct word stemmed once.
///
/// Stemming a word costs thousands of instructions, and the entries of a list of data fields repeat their words
/// («о», «лиц», «миграции», «сведения»): in a typical agreement nearly half the words of its data fields are
/// repeats, in a long document nearly all. A stem depends on nothing but the word's bytes, so a remembered stem is
/// the one stemming would give.
public struct StemMemo {
  private var stemByWord: [WordBytes: String] = [:]

  public init() {}

  /// `RussianText.stems(text)`.
  public mutating func stems(_ text: String) -> [String] {
    var stems: [String] = []
    RussianText.forEachWord(in: text) { _, word in stems.append(stem(word)) }
    return stems
  }

  private mutating func stem(_ word: UnsafeBufferPointer<UInt8>) -> String {
    let key = WordBytes(bytes: Array(word))
    if let known = stemByWord[key] { return known }
    let stem = RussianStemmer.stem(utf8: word)
    stemByWord[key] = stem
    return stem
  }
}

/// A word's UTF-8 bytes as a dictionary key, hashed in one call over all its bytes rather than byte by byte as
/// `[UInt8]` hashes.
private struct WordBytes: Hashable {
  let bytes: [UInt8]

  func hash(into hasher: inout Hasher) {
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
  }
}
