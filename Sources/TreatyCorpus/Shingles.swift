import TreatyText

/// Word shingles of a document's substance: every run of `size` consecutive words inside one unit (case and ё
/// folded), hashed to 64 bits. Shingles do not cross unit boundaries, so moving or swapping articles leaves the
/// set as it was; a unit shorter than `size` words is one shingle.
enum Shingles {
  static func of(_ units: [Substance.Unit], size: Int) -> Set<UInt64> {
    var shingles = Set<UInt64>()
    for unit in units {
      let words = RussianTextCount.foldedWords(unit.text)
      guard !words.isEmpty else { continue }
      if words.count <= size {
        shingles.insert(hash(words[...]))
        continue
      }
      for start in 0...(words.count - size) { shingles.insert(hash(words[start..<(start + size)])) }
    }
    return shingles
  }

  private static func hash(_ words: ArraySlice<String>) -> UInt64 {
    StableHash.fnv1a(words.joined(separator: " ").utf8)
  }
}
