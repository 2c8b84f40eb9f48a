/// Replaces arbitrary tokens by small Ints so the search compares machine words instead of calling a generic `==`
/// (for strings, a byte comparison) in its innermost loop.
enum TokenInterner {
  /// The two slices as dense ids; equal tokens get equal ids, in either slice.
  static func intern<T: Hashable>(_ old: ArraySlice<T>, _ new: ArraySlice<T>) -> (old: [Int], new: [Int]) {
    // Not reserved up front: a document's vocabulary is far smaller than its token count, and a table sized for
    // every token is sparse enough to miss the cache on most lookups (measured 3x slower on 1M tokens).
    var ids: [T: Int] = [:]
    var oldIds: [Int] = []
    oldIds.reserveCapacity(old.count)
    for token in old {
      oldIds.append(id(of: token, in: &ids))
    }
    var newIds: [Int] = []
    newIds.reserveCapacity(new.count)
    for token in new {
      newIds.append(id(of: token, in: &ids))
    }
    return (oldIds, newIds)
  }

  private static func id<T: Hashable>(of token: T, in ids: inout [T: Int]) -> Int {
    if let known = ids[token] { return known }
    let next = ids.count
    ids[token] = next
    return next
  }
}
