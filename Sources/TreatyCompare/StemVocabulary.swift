import TreatyText

/// Every distinct stem of one document, numbered, with its hash and whether it is a function word.
///
/// A document repeats its vocabulary endlessly («Стороны», «Соглашения», «компетентные органы»), and a part's words
/// are stemmed for the part and again for its provision. Snowball stemming is the expensive step, so each distinct
/// folded word is stemmed once; and because units keep their stems as numbers
/// into this table, the comparison with another document only has to ask of each distinct stem whether it names
/// the other party (`UnitIndex.parameterized`).
struct StemVocabulary: Sendable {
  private(set) var stems: [String] = []
  private(set) var hashes: [UInt64] = []
  private(set) var isStopWord: [Bool] = []
  /// Folded word → its stem's number, by the word's bytes.
  private var words = WordNumbers()
  /// Stem → its number, by the bytes of its composed form (`FoldedWord(canonical:)`): exactly `String` equality, so
  /// canonically equivalent spellings share a number, without the Unicode normalisation `String` hashing runs on
  /// every Cyrillic key (about 6 % of a diff). Kept by bytes and hash like `words` (`WordNumbers`), which compares
  /// as `FoldedWord` does, rather than in a dictionary that ran the standard library's hasher over every new stem.
  private var numbersOfStems = WordNumbers()
  /// Stem number by `WordSpellings` entry (`id(ofSpelling:key:)`), -1 where not asked yet.
  private var idsOfSpellings: [Int32] = []

  /// The number of the stem of the word that is entry `entry` of the document's `WordSpellings`, whose key is
  /// `key`. A vocabulary takes its entries from one table only (the unit index's), so that an entry asked again is
  /// answered from an array instead of hashing and looking up the key's bytes for every word of every unit.
  mutating func id(ofSpelling entry: Int, key: String) -> Int32 {
    if entry < idsOfSpellings.count, idsOfSpellings[entry] >= 0 { return idsOfSpellings[entry] }
    let number = UTF8Scalars.withBytes(key) { id($0) }
    if entry >= idsOfSpellings.count {
      idsOfSpellings.append(contentsOf: repeatElement(-1, count: entry + 1 - idsOfSpellings.count))
    }
    idsOfSpellings[entry] = number
    return number
  }

  /// The stems of the words of `text` (`WordTokenizer.wordKeys`), as numbers.
  mutating func ids(ofWordsIn text: String) -> [Int32] {
    var ids: [Int32] = []
    WordTokenizer.forEachWordKey(in: text) { ids.append(id($0)) }
    return ids
  }

  /// The stems of the words of `text`, as numbers; `cache` spares stemming again a word an earlier document had.
  mutating func ids(ofWordsIn text: String, cache: inout StemMemo) -> [Int32] {
    var ids: [Int32] = []
    WordTokenizer.forEachWordKey(in: text) { key in
      ids.append(id(key) { cache.stem(FoldedWord(String(decoding: $0, as: UTF8.self))) })
    }
    return ids
  }

  /// The bag of `ids` without function words.
  func bag(_ ids: [Int32]) -> StemBag {
    // Reserved for every id: `compactMap` grew its array step by step, a third of making a bag.
    var kept: [UInt64] = []
    kept.reserveCapacity(ids.count)
    for id in ids where !isStopWord[Int(id)] { kept.append(hashes[Int(id)]) }
    return StemBag(hashes: kept)
  }

  /// The bag of `ids` without function words, the stems marked in `isParameter` (by number) read as the template
  /// parameters' placeholder.
  func bag(_ ids: [Int32], parameters isParameter: [Bool]) -> StemBag {
    let placeholder = StemBag.hash(TemplateParameters.placeholder)
    return StemBag(hashes: ids.compactMap { id in
      isParameter[Int(id)] ? placeholder : isStopWord[Int(id)] ? nil : hashes[Int(id)]
    })
  }

  /// The number of the stem of the folded word `key`; a word seen before is found by its bytes alone.
  private mutating func id(
    _ key: UnsafeBufferPointer<UInt8>,
    // Stemmed from the bytes where no cache is kept: a `String` of the key only to stem its bytes cost a tenth of
    // finding a new word's stem.
    stemming: (UnsafeBufferPointer<UInt8>) -> String = { RussianStemmer.stem(utf8: $0) }
  ) -> Int32 {
    let hash = StableHash.fnv1a(key)
    if let known = words.number(of: key, hash: hash) { return known }
    let stem = stemming(key)
    let stemKey = FoldedWord(canonical: stem)
    let number: Int32
    if let known = UTF8Scalars.withBytes(stemKey.text, { numbersOfStems.number(of: $0, hash: stemKey.hash) }) {
      number = known
    } else {
      number = Int32(stems.count)
      stems.append(stem)
      let stemHash = StemBag.hash(stem)
      hashes.append(stemHash)
      isStopWord.append(StemBag.isStopWord(stem, hash: stemHash))
      UTF8Scalars.withBytes(stemKey.text) { numbersOfStems.insert($0, hash: stemKey.hash, number: number) }
    }
    words.insert(key, hash: hash, number: number)
    return number
  }
}
