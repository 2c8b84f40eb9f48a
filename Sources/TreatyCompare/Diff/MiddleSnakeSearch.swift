/// What one middle-snake search found in a box.
enum MiddleSnakeOutcome {
  /// A stretch of equal elements (possibly empty) that lies on a minimal path through the box: split the box at its
  /// two ends and solve both halves.
  case snake(DiffMatch)
  /// The budget ran out first. The furthest points reached from the top-left corner and back from the bottom-right
  /// corner (absolute indices): the paths up to them are cheap, only the stretch between them stays unresolved.
  case exhausted(forward: (old: Int, new: Int), backward: (old: Int, new: Int))
}

/// Myers' bidirectional search for the middle snake (section 4 of the paper).
///
/// Points of the edit graph are `(x, y)` with `x` indexing `old` and `y` indexing `new`; diagonal `k = x - y`. The
/// forward frontier keeps, per diagonal, the furthest `x` reachable from the box's origin with `d` deletions and
/// insertions; the backward frontier keeps the smallest `x` from which the box's far corner is reachable with `d`.
/// They are advanced alternately until they overlap on a diagonal, which happens first at `d = ⌈D/2⌉`, so each
/// search costs O((N+M)·D) time and only O(D) memory.
///
/// Frontier points may leave the box past its right or bottom edge (forward) or its left or top edge (backward).
/// That is harmless: such a point has spent an edit outside the box, so it cannot take part in the first overlap,
/// and the snake loops never read outside the box.
struct MiddleSnakeSearch {
  let old: UnsafeBufferPointer<Int>
  let new: UnsafeBufferPointer<Int>
  /// Forward and backward frontiers, indexed by diagonal + `offset`; shared by every box of one diff.
  let forward: UnsafeMutableBufferPointer<Int>
  let backward: UnsafeMutableBufferPointer<Int>
  let offset: Int

  /// The number of frontier steps a search may take under `maxCost`; also what the buffers must be sized for.
  static func stepLimit(oldCount: Int, newCount: Int, maxCost: Int) -> Int {
    let limit = max(0, min(maxCost, oldCount + newCount))
    return (oldCount - newCount) & 1 != 0 ? (limit + 1) / 2 : limit / 2
  }

  /// Searches a box that has no common prefix or suffix and is non-empty on both sides. Gives up once it is clear
  /// that the box needs more than `maxCost` deletions and insertions.
  func find(in box: DiffBox, maxCost: Int) -> MiddleSnakeOutcome {
    let n = box.oldCount
    let m = box.newCount
    let delta = n - m
    let oddDelta = delta & 1 != 0
    let steps = Self.stepLimit(oldCount: n, newCount: m, maxCost: maxCost)
    let a = UnsafeBufferPointer(rebasing: old[box.oldStart..<box.oldEnd])
    let b = UnsafeBufferPointer(rebasing: new[box.newStart..<box.newEnd])
    let vf = forward
    let vb = backward
    let off = offset
    // Virtual predecessors of the two corners, so that step 0 needs no special case.
    vf[off + 1] = 0
    vb[off - 1] = n
    for d in 0...steps {
      var k = -d
      while k <= d {
        let i = off + k
        // Either step down from diagonal k + 1 or right from k - 1, whichever got further.
        var x = k == -d || (k != d && vf[i - 1] < vf[i + 1]) ? vf[i + 1] : vf[i - 1] + 1
        let startX = x
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        vf[i] = x
        // With odd delta the paths can first meet right after a forward step, against backward step d - 1.
        let reverse = k - delta
        if oddDelta && reverse >= 1 - d && reverse <= d - 1 && vb[off + reverse] <= x {
          let match = DiffMatch(old: box.oldStart + startX, new: box.newStart + startX - k, length: x - startX)
          return .snake(match)
        }
        k += 2
      }
      // Backward diagonals are numbered relative to the far corner's diagonal: j = k - delta.
      var j = -d
      while j <= d {
        let i = off + j
        // Either step up from diagonal j - 1 or left from j + 1, whichever got further back.
        var x = j == d || (j != -d && vb[i + 1] > vb[i - 1]) ? vb[i - 1] : vb[i + 1] - 1
        let endX = x
        var y = x - delta - j
        while x > 0 && y > 0 && a[x - 1] == b[y - 1] {
          x -= 1
          y -= 1
        }
        vb[i] = x
        let ahead = j + delta
        if !oddDelta && ahead >= -d && ahead <= d && vf[off + ahead] >= x {
          return .snake(DiffMatch(old: box.oldStart + x, new: box.newStart + y, length: endX - x))
        }
        j += 2
      }
    }
    return .exhausted(
      forward: furthestForward(box: box, steps: steps), backward: furthestBackward(box: box, steps: steps))
  }

  /// The forward frontier point inside the box that covers the most of both sequences.
  private func furthestForward(box: DiffBox, steps: Int) -> (old: Int, new: Int) {
    var best = (x: 0, y: 0)
    var k = -steps
    while k <= steps {
      let x = forward[offset + k]
      let y = x - k
      if x <= box.oldCount && y <= box.newCount && x + y > best.x + best.y {
        best = (x, y)
      }
      k += 2
    }
    return (box.oldStart + best.x, box.newStart + best.y)
  }

  /// The backward frontier point inside the box that leaves the least of both sequences before it.
  private func furthestBackward(box: DiffBox, steps: Int) -> (old: Int, new: Int) {
    let delta = box.oldCount - box.newCount
    var best = (x: box.oldCount, y: box.newCount)
    var j = -steps
    while j <= steps {
      let x = backward[offset + j]
      let y = x - delta - j
      if x >= 0 && y >= 0 && x + y < best.x + best.y {
        best = (x, y)
      }
      j += 2
    }
    return (box.oldStart + best.x, box.newStart + best.y)
  }
}
