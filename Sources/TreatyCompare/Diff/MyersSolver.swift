/// The divide-and-conquer half of Myers' linear-space algorithm: trim a box, find its middle snake, recurse on the
/// two sides. It records only the equal stretches, in order; the gaps between them are the edits.
struct MyersSolver {
  let search: MiddleSnakeSearch
  let maxCost: Int
  private(set) var matches: [DiffMatch] = []
  private(set) var coarse = false

  init(search: MiddleSnakeSearch, maxCost: Int) {
    self.search = search
    self.maxCost = maxCost
  }

  /// Diffs two id sequences. The frontier buffers are allocated once here, sized for the largest search the budget
  /// allows, and reused by every box.
  static func solve(_ old: [Int], _ new: [Int], maxCost: Int) -> (matches: [DiffMatch], coarse: Bool) {
    let steps = MiddleSnakeSearch.stepLimit(oldCount: old.count, newCount: new.count, maxCost: maxCost)
    let offset = steps + 1
    var forward = [Int](repeating: 0, count: 2 * offset + 1)
    var backward = [Int](repeating: 0, count: 2 * offset + 1)
    return old.withUnsafeBufferPointer { oldIds in
      new.withUnsafeBufferPointer { newIds in
        forward.withUnsafeMutableBufferPointer { forwardBuffer in
          backward.withUnsafeMutableBufferPointer { backwardBuffer in
            let search = MiddleSnakeSearch(
              old: oldIds, new: newIds, forward: forwardBuffer, backward: backwardBuffer, offset: offset)
            var solver = MyersSolver(search: search, maxCost: maxCost)
            solver.solve(DiffBox(oldStart: 0, oldEnd: old.count, newStart: 0, newEnd: new.count))
            return (solver.matches, solver.coarse)
          }
        }
      }
    }
  }

  /// Appends the matches of `box` in order. Every box handed to the search has a smaller edit distance than its
  /// parent, so the recursion depth stays logarithmic in D.
  mutating func solve(_ box: DiffBox) {
    var box = box
    let prefix = commonPrefix(box)
    if prefix > 0 {
      matches.append(DiffMatch(old: box.oldStart, new: box.newStart, length: prefix))
      box.oldStart += prefix
      box.newStart += prefix
    }
    let suffix = commonSuffix(box)
    box.oldEnd -= suffix
    box.newEnd -= suffix
    if box.oldCount > 0 && box.newCount > 0 {
      switch search.find(in: box, maxCost: maxCost) {
      case .snake(let snake):
        solve(DiffBox(oldStart: box.oldStart, oldEnd: snake.old, newStart: box.newStart, newEnd: snake.new))
        if snake.length > 0 { matches.append(snake) }
        solve(DiffBox(oldStart: snake.oldEnd, oldEnd: box.oldEnd, newStart: snake.newEnd, newEnd: box.newEnd))
      case .exhausted(let forward, let backward):
        coarse = true
        solveEnds(of: box, forward: forward, backward: backward)
      }
    }
    if suffix > 0 {
      matches.append(DiffMatch(old: box.oldEnd, new: box.newEnd, length: suffix))
    }
  }

  /// After the budget ran out, the stretches the frontiers already crossed are cheap to solve exactly; only what
  /// lies between the two frontier points becomes one delete + one insert. When the points are out of order (they
  /// passed each other on different diagonals), the end that covers more is kept.
  private mutating func solveEnds(of box: DiffBox, forward: (old: Int, new: Int), backward: (old: Int, new: Int)) {
    let head = DiffBox(oldStart: box.oldStart, oldEnd: forward.old, newStart: box.newStart, newEnd: forward.new)
    let tail = DiffBox(oldStart: backward.old, oldEnd: box.oldEnd, newStart: backward.new, newEnd: box.newEnd)
    let whole = box.oldCount + box.newCount
    let headSize = head.oldCount + head.newCount
    let tailSize = tail.oldCount + tail.newCount
    if forward.old <= backward.old && forward.new <= backward.new {
      if headSize < whole { solve(head) }
      if tailSize < whole { solve(tail) }
    } else if headSize >= tailSize {
      if headSize < whole { solve(head) }
    } else if tailSize < whole {
      solve(tail)
    }
  }

  private func commonPrefix(_ box: DiffBox) -> Int {
    let limit = min(box.oldCount, box.newCount)
    var count = 0
    while count < limit && search.old[box.oldStart + count] == search.new[box.newStart + count] {
      count += 1
    }
    return count
  }

  private func commonSuffix(_ box: DiffBox) -> Int {
    let limit = min(box.oldCount, box.newCount)
    var count = 0
    while count < limit && search.old[box.oldEnd - 1 - count] == search.new[box.newEnd - 1 - count] {
      count += 1
    }
    return count
  }
}
