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
    /// An id, or -1 for a free slot. A power of two in size, at most half full, so that a probe meets a free slot
    /// soon.
    private var slots: [Int32]
    /// The first word given each id, which later words are compared with.
    private var words: [FoldedWord] = []

    /// Sized for `tokens` distinct words up to a few thousand: a document's vocabulary is far smaller than its
    /// token count, and a table sized for every token of a long text misses the cache (see `TokenInterner`).
    init(tokens: Int) {
      var size = 16
      while size < 2 * min(tokens, 4096) { size *= 2 }
      slots = [Int32](repeating: -1, count: size)
    }

    mutating func id(of word: FoldedWord) -> Int {
      if (words.count + 1) * 2 > slots.count { grow() }
      let mask = slots.count - 1
      var slot = Self.slot(word.hash, mask)
      while true {
        let entry = Int(slots[slot])
        if entry < 0 {
          slots[slot] = Int32(words.count)
          words.append(word)
          return words.count - 1
        }
        if words[entry] == word { return entry }
        slot = (slot + 1) & mask
      }
    }

    private mutating func grow() {
      slots = [Int32](repeating: -1, count: slots.count * 2)
      let mask = slots.count - 1
      for entry in words.indices {
        var slot = Self.slot(words[entry].hash, mask)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
      }
    }

    /// FNV-1a's low bits depend on few input bits; mixed, they spread words over the slots (as in `WordNumbers`).
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
      Int(truncatingIfNeeded: StableHash.mix(hash)) & mask
    }
  }
}
