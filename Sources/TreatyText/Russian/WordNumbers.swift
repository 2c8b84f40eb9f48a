/// Words → numbers, looked up by the word's UTF-8 bytes where they lie, without making a `String` of it.
///
/// Indexing a document stems it word by word, and nearly every word was seen before: a `String` key cost an
/// allocation and a copy per word only to find the entry. Here the bytes are hashed in place and compared with one
/// stored copy. Byte equality is the equality folded words need (see `FoldedWord`); callers that hold words which
/// are not plain keep to `String` keys.
public struct WordNumbers: Sendable {
  /// Every entry's bytes, one after another; entry `i` ends at `ends[i]` and starts where entry `i - 1` ends.
  private var storage: [UInt8] = []
  private var ends: [Int] = []
  private var hashes: [UInt64] = []
  private var numbers: [Int32] = []
  /// Which entry holds which hash (`HashSlots`).
  private var slots = HashSlots(entries: 32)

  public init() {}

  public var count: Int { numbers.count }

  /// The number stored for `word`, whose `StableHash.fnv1a` is `hash`.
  public func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    slots.entry(hash) { hashes[$0] == hash && storedBytes($0, equal: word) }.map { numbers[$0] }
  }

  /// Stores `number` for `word`, which must not be stored yet (`number(of:hash:)` said nil).
  public mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, number: Int32) {
    storage.append(contentsOf: word)
    ends.append(storage.count)
    hashes.append(hash)
    numbers.append(number)
    let stored = hashes
    slots.add(hash) { stored[$0] }
  }

  private func storedBytes(_ entry: Int, equal word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = entry == 0 ? 0 : ends[entry - 1]
    guard ends[entry] - start == word.count else { return false }
    return storage.withUnsafeBufferPointer { stored in
      FastSearch.bytesEqual(UnsafeBufferPointer(rebasing: stored[start..<ends[entry]]), word)
    }
  }
}
