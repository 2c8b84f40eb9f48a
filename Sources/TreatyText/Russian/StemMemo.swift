/// Stems remembered by word: each distinct word is stemmed once.
///
/// Stemming a word costs a couple of thousand instructions, and texts repeat their words: the entries of a list of
/// data fields («о», «лиц», «миграции», «сведения»), and the thousands of agreements template search reads, which
/// share most of their vocabulary. A stem depends on nothing but the word's bytes, so a remembered stem is the one
/// stemming would give. A value, one per thread where texts are read in parallel (`ParallelMap`'s state), so it
/// needs no lock.
public struct StemMemo: Sendable {
  private var stemByWord: [FoldedWord: String] = [:]

  public init() {}

  /// `RussianText.stems(text)`.
  public mutating func stems(_ text: String) -> [String] {
    var stems: [String] = []
    RussianText.forEachWord(in: text) { _, word in
      stems.append(stem(FoldedWord(String(decoding: word, as: UTF8.self))))
    }
    return stems
  }

  /// `RussianStemmer.stem(word.text)`.
  public mutating func stem(_ word: FoldedWord) -> String {
    if let known = stemByWord[word] { return known }
    let stem = RussianStemmer.stem(word.text)
    stemByWord[word] = stem
    return stem
  }
}
