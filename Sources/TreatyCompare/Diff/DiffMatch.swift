/// A stretch of equal elements: `old[old..<old + length] == new[new..<new + length]`. The solver only records these
/// diagonals; everything between two of them is, by construction, one changed region.
struct DiffMatch: Sendable, Hashable {
  var old: Int
  var new: Int
  var length: Int

  var oldEnd: Int { old + length }
  var newEnd: Int { new + length }
}

/// One subproblem of the divide-and-conquer: the slices `old[oldStart..<oldEnd]` and `new[newStart..<newEnd]`.
struct DiffBox: Sendable, Hashable {
  var oldStart: Int
  var oldEnd: Int
  var newStart: Int
  var newEnd: Int

  var oldCount: Int { oldEnd - oldStart }
  var newCount: Int { newEnd - newStart }
}
