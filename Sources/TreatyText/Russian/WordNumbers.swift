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
  /// Open addressing with linear probing: an entry's index, or -1 for a free slot. A power of two in size, at most
  /// half full, so that a probe meets a free slot soon.
  private var slots = [Int32](repeating: -1, count: 64)

  public init() {}

  public var count: Int { numbers.count }

  /// The number stored for `word`, whose `StableHash.fnv1a` is `hash`.
  public func number(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
    let mask = slots.count - 1
    var slot = Self.slot(hash, mask)
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == hash && storedBytes(entry, equal: word) { return numbers[entry] }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `number` for `word`, which must not be stored yet (`number(of:hash:)` said nil).
  public mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, number: Int32) {
    if (numbers.count + 1) * 2 > slots.count { grow() }
    storage.append(contentsOf: word)
    ends.append(storage.count)
    hashes.append(hash)
    numbers.append(number)
    place(numbers.count - 1)
  }

  private func storedBytes(_ entry: Int, equal word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = entry == 0 ? 0 : ends[entry - 1]
    guard ends[entry] - start == word.count else { return false }
    return storage.withUnsafeBufferPointer { stored in
      FastSearch.bytesEqual(UnsafeBufferPointer(rebasing: stored[start..<ends[entry]]), word)
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for entry in numbers.indices { place(entry) }
  }

  private mutating func place(_ entry: Int) {
    let mask = slots.count - 1
    var slot = Self.slot(hashes[entry], mask)
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  /// FNV-1a's low bits depend on few input bits; mixed, they spread words over the slots.
  private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: StableHash.mix(hash)) & mask }
}
