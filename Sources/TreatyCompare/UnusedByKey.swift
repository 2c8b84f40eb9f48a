/// The items of one side by key, each taken at most once: the first item not yet taken with a given key is found
/// without scanning them all. A long document lists hundreds of data categories and durations, and scanning the
/// other side's list for each item made matching them quadratic. Text keys go in as `FoldedWord(canonical:)`, which
/// hashes bytes instead of normalising every Cyrillic `String`.
struct UnusedByKey<Key: Hashable> {
  /// Per key, the indices not yet taken, ascending; taken ones are dropped from the front as they are met.
  private var waiting: [Key: ArraySlice<Int>]
  private(set) var taken = Set<Int>()

  init(_ keys: [Key]) {
    waiting = Dictionary(grouping: keys.indices, by: { keys[$0] }).mapValues { ArraySlice($0) }
  }

  /// Takes the first index with `key` not taken yet.
  mutating func takeFirst(withKey key: Key) -> Int? {
    while let first = waiting[key]?.first {
      if !taken.contains(first) {
        taken.insert(first)
        return first
      }
      waiting[key]?.removeFirst()
    }
    return nil
  }

  /// Takes `index`, found some other way.
  mutating func take(_ index: Int) { taken.insert(index) }
}
