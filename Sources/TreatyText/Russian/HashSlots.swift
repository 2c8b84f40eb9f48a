/// The slots of an open-addressing hash table whose entries live elsewhere, numbered 0, 1, 2… in order of insertion.
///
/// Linear probing over a power of two of slots, at most half full, so that a probe meets a free slot soon; the hashes
/// are FNV-1a (`StableHash`), whose low bits depend on few input bits, so they are mixed before choosing a slot.
/// `WordNumbers` (words by their bytes) and the comparator's interner of folded words keep their entries their own
/// way and share this probing.
public struct HashSlots: Sendable {
  /// An entry's number, or -1 for a free slot.
  @usableFromInline var slots: [Int32]
  @usableFromInline private(set) var count = 0

  /// Room for `entries` entries before the first growth.
  public init(entries: Int = 32) {
    var size = 16
    while size < 2 * entries { size *= 2 }
    slots = [Int32](repeating: -1, count: size)
  }

  /// The entry stored under `hash` for which `isMatch` holds.
  @inlinable
  public func entry(_ hash: UInt64, where isMatch: (Int) -> Bool) -> Int? {
    let mask = slots.count - 1
    var slot = Self.slot(hash, mask)
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if isMatch(entry) { return entry }
      slot = (slot + 1) & mask
    }
  }

  /// Stores the next entry (number `count`) under `hash`; `hashOf` gives the earlier entries' hashes when the slots
  /// grow. Returns the new entry's number.
  @inlinable @discardableResult
  public mutating func add(_ hash: UInt64, hashOf: (Int) -> UInt64) -> Int {
    if (count + 1) * 2 > slots.count {
      slots = [Int32](repeating: -1, count: slots.count * 2)
      for entry in 0..<count { place(entry, hashOf(entry)) }
    }
    place(count, hash)
    count += 1
    return count - 1
  }

  @inlinable
  mutating func place(_ entry: Int, _ hash: UInt64) {
    let mask = slots.count - 1
    var slot = Self.slot(hash, mask)
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  @inlinable
  static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: StableHash.mix(hash)) & mask }
}
