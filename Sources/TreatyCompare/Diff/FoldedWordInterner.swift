import TreatyText

/// `TokenInterner` for folded words: an open-addressing table probed with the hash each `FoldedWord` already
/// carries. The generic dictionary hashed that hash again with `Hasher` for every token and grew from empty on
/// every one of a document's thousands of small diffs. The ids are the generic interner's: equal words (`FoldedWord`
/// equality) equal ids, dense from 0 in order of first appearance.
enum FoldedWordInterner {
  static func intern(_ old: ArraySlice<FoldedWord>, _ new: ArraySlice<FoldedWord>) -> (old: [Int], new: [Int]) {
    var table = Table(tokens: old.count + new.count)
    let oldIds = old.map { table.id(of: $0) }
    let newIds = new.map { table.id(of: $0) }
    return (oldIds, newIds)
  }

  private struct Table {
    private var slots: HashSlots
    /// The first word given each id, which later words are compared with.
    private var words: [FoldedWord] = []

    /// Sized for `tokens` distinct words up to a few thousand: a document's vocabulary is far smaller than its
    /// token count, and a table sized for every token of a long text misses the cache (see `TokenInterner`).
    init(tokens: Int) { slots = HashSlots(entries: min(tokens, 4096)) }

    mutating func id(of word: FoldedWord) -> Int {
      if let known = slots.entry(word.hash, where: { words[$0] == word }) { return known }
      words.append(word)
      let given = words
      return slots.add(word.hash) { given[$0].hash }
    }
  }
}
