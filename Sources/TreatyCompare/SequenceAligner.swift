/// Aligns two sequences of units by content. Numbers are evidence, never the key.
///
/// 1. A monotone alignment (weighted longest common subsequence) pairs units whose similarity reaches the
///    threshold, preferring order; a shared number adds a little weight as a tie-breaker.
/// 2. Units left over that still match across the order are moves.
/// 3. A unit left over on one side that the other side spread over several consecutive left-over units (each part
///    mostly contained in it) is a split; the mirror case is a merge.
/// Everything else stays unmatched, for the caller to search further or report as inserted or deleted.
struct SequenceAligner {
  struct Match: Sendable {
    var left: [Int]
    var right: [Int]
    var similarity: Double
    var crossing: Bool
    var splitMerge: Bool
  }

  var threshold = 0.5
  var moveThreshold = 0.6
  var partContainment = 0.6
  /// A split's parts together must share this much with the whole (Dice); each part must lie mostly inside it.
  var splitUnion = 0.25

  func align(_ left: [StemBag], _ right: [StemBag], leftNumbers: [String?], rightNumbers: [String?])
    -> (matches: [Match], unmatchedLeft: [Int], unmatchedRight: [Int])
  {
    let n = left.count
    let m = right.count
    var similarity = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n { for j in 0..<m { similarity[i][j] = left[i].dice(right[j]) } }
    func score(_ i: Int, _ j: Int) -> Double {
      let value = similarity[i][j]
      guard value >= threshold else { return -1 }
      let sameNumber = leftNumbers[i] != nil && leftNumbers[i] == rightNumbers[j]
      return value + (sameNumber ? 0.05 : 0)
    }
    // Weighted LCS.
    var table = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
    if n > 0 && m > 0 {
      for i in 1...n {
        for j in 1...m {
          let pair = score(i - 1, j - 1)
          let diagonal = pair >= 0 ? table[i - 1][j - 1] + pair : -1
          table[i][j] = max(table[i - 1][j], table[i][j - 1], diagonal)
        }
      }
    }
    var matches: [Match] = []
    var i = n
    var j = m
    while i > 0 && j > 0 {
      let pair = score(i - 1, j - 1)
      if pair >= 0 && table[i][j] == table[i - 1][j - 1] + pair {
        matches.append(Match(left: [i - 1], right: [j - 1], similarity: similarity[i - 1][j - 1], crossing: false,
          splitMerge: false))
        i -= 1
        j -= 1
      } else if table[i - 1][j] >= table[i][j - 1] {
        i -= 1
      } else {
        j -= 1
      }
    }
    matches.reverse()
    var usedLeft = Set(matches.flatMap(\.left))
    var usedRight = Set(matches.flatMap(\.right))
    extendToSplitsAndMerges(&matches, left, right, &usedLeft, &usedRight)

    // Moves across the order.
    var candidates: [(Double, Int, Int)] = []
    for i in 0..<n where !usedLeft.contains(i) {
      for j in 0..<m where !usedRight.contains(j) && similarity[i][j] >= moveThreshold {
        candidates.append((similarity[i][j], i, j))
      }
    }
    for (value, i, j) in candidates.sorted(by: { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) })
    where !usedLeft.contains(i) && !usedRight.contains(j) {
      matches.append(Match(left: [i], right: [j], similarity: value, crossing: true, splitMerge: false))
      usedLeft.insert(i)
      usedRight.insert(j)
    }

    // Splits (one left unit, several right units) and merges.
    for i in 0..<n where !usedLeft.contains(i) {
      if let group = bestGroup(whole: left[i], parts: right, free: { !usedRight.contains($0) }) {
        matches.append(Match(left: [i], right: group.indices, similarity: group.similarity, crossing: false, splitMerge: true))
        usedLeft.insert(i)
        usedRight.formUnion(group.indices)
      }
    }
    for j in 0..<m where !usedRight.contains(j) {
      if let group = bestGroup(whole: right[j], parts: left, free: { !usedLeft.contains($0) }) {
        matches.append(Match(left: group.indices, right: [j], similarity: group.similarity, crossing: false, splitMerge: true))
        usedRight.insert(j)
        usedLeft.formUnion(group.indices)
      }
    }
    return (matches, (0..<n).filter { !usedLeft.contains($0) }, (0..<m).filter { !usedRight.contains($0) })
  }

  /// A pair whose left unit also covers the unmatched unit next to its right unit is a split (the right side made
  /// two units of one); the mirror case is a merge. Growing the pair must raise its similarity clearly, and the
  /// neighbour must lie mostly inside the other side.
  private func extendToSplitsAndMerges(
    _ matches: inout [Match], _ left: [StemBag], _ right: [StemBag], _ usedLeft: inout Set<Int>, _ usedRight: inout Set<Int>
  ) {
    for index in matches.indices {
      guard matches[index].left.count == 1, matches[index].right.count == 1 else { continue }
      let i = matches[index].left[0]
      let j = matches[index].right[0]
      let similarity = matches[index].similarity
      let split = grow(j, of: right, against: left[i], from: similarity, free: { !usedRight.contains($0) })
      if split.group.count > 1 {
        matches[index] = Match(left: [i], right: split.group, similarity: split.similarity, crossing: false, splitMerge: true)
        usedRight.formUnion(split.group)
        continue
      }
      let merge = grow(i, of: left, against: right[j], from: similarity, free: { !usedLeft.contains($0) })
      if merge.group.count > 1 {
        matches[index] = Match(left: merge.group, right: [j], similarity: merge.similarity, crossing: false, splitMerge: true)
        usedLeft.formUnion(merge.group)
      }
    }
  }

  /// Grows unit `anchor` of `units` by free neighbours (up to three after, two before, each adjacent to the group)
  /// that lie mostly inside `other`, while each raises the similarity with `other` by more than 0.1.
  private func grow(
    _ anchor: Int, of units: [StemBag], against other: StemBag, from similarity: Double, free: (Int) -> Bool
  ) -> (group: [Int], similarity: Double) {
    var group = [anchor]
    var union = units[anchor]
    var similarity = similarity
    for neighbour in [anchor + 1, anchor + 2, anchor + 3, anchor - 1, anchor - 2]
    where neighbour >= 0 && neighbour < units.count && free(neighbour)
      && (neighbour == (group.max() ?? 0) + 1 || neighbour == (group.min() ?? 0) - 1)
      && units[neighbour].containment(in: other) >= partContainment
    {
      var grown = union
      grown.merge(units[neighbour])
      let value = grown.dice(other)
      guard value > similarity + 0.1 else { break }
      union = grown
      similarity = value
      group.append(neighbour)
      group.sort()
    }
    return (group, similarity)
  }

  /// The best run of two to four consecutive free parts that together make up `whole`.
  private func bestGroup(whole: StemBag, parts: [StemBag], free: (Int) -> Bool) -> (indices: [Int], similarity: Double)? {
    var best: (indices: [Int], similarity: Double)?
    for start in parts.indices where free(start) {
      var union = StemBag()
      var indices: [Int] = []
      for index in start..<min(parts.count, start + 4) {
        guard free(index), parts[index].containment(in: whole) >= partContainment else { break }
        union.merge(parts[index])
        indices.append(index)
        if indices.count >= 2 {
          let value = union.dice(whole)
          if value >= splitUnion && value > (best?.similarity ?? 0) { best = (indices, value) }
        }
      }
    }
    return best
  }
}
