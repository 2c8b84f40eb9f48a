/// Word-level (or any token-level) differencing of two sequences.
public enum MyersDiff {
  /// A minimal edit script (fewest deletions + insertions) turning `old` into `new`, as runs in order: Myers' greedy
  /// O((N+M)·D) algorithm with the linear-space "middle snake" divide-and-conquer refinement, after trimming the
  /// common prefix and suffix. Adjacent runs of the same operation are merged; in a changed region deletions come
  /// before insertions. `maxCost` bounds D (the edit distance explored); beyond it the remaining middle becomes one
  /// delete + one insert and `coarse` is true. The default budget keeps any call under a few hundred ms for inputs
  /// up to ~1M elements each.
  ///
  /// When the budget runs out, the stretches next to the trimmed prefix and suffix that the search already covered
  /// (about `maxCost / 2` edits from each end) are still solved exactly; only the part between them is coarse.
  public static func diff<T: Hashable>(_ old: [T], _ new: [T], maxCost: Int = 20_000) -> DiffResult {
    diff(oldCount: old.count, newCount: new.count, maxCost: maxCost, equal: { old[$0] == new[$1] }) {
      TokenInterner.intern(old[$0], new[$1])
    }
  }

  /// `diff` of two sequences given by their lengths, tokens compared by position (`equal(i, j)`: whether `old[i]`
  /// equals `new[j]`), the untrimmed middle numbered by `interning` (equal tokens equal ids, dense from 0 in order
  /// of first appearance, as `TokenInterner` does). For tokens that have cheaper ways than their `Hashable`
  /// conformance: words compared by their bytes and interned by a precomputed hash (`WordDiff.keyDiff`) need no
  /// hashed copy of the prefix and suffix, most of a near-identical pair.
  static func diff(
    oldCount: Int, newCount: Int, maxCost: Int = 20_000, equal: (Int, Int) -> Bool,
    interning: (Range<Int>, Range<Int>) -> (old: [Int], new: [Int])
  ) -> DiffResult {
    // Trimming on the original tokens first means near-identical documents never pay for interning.
    let shorter = min(oldCount, newCount)
    var prefix = 0
    while prefix < shorter && equal(prefix, prefix) {
      prefix += 1
    }
    var suffix = 0
    while suffix < shorter - prefix && equal(oldCount - 1 - suffix, newCount - 1 - suffix) {
      suffix += 1
    }
    var matches: [DiffMatch] = []
    if prefix > 0 {
      matches.append(DiffMatch(old: 0, new: 0, length: prefix))
    }
    var coarse = false
    let oldMiddle = prefix..<(oldCount - suffix)
    let newMiddle = prefix..<(newCount - suffix)
    if !oldMiddle.isEmpty && !newMiddle.isEmpty {
      let ids = interning(oldMiddle, newMiddle)
      let solved = MyersSolver.solve(ids.old, ids.new, maxCost: maxCost)
      for match in solved.matches {
        matches.append(DiffMatch(old: match.old + prefix, new: match.new + prefix, length: match.length))
      }
      coarse = solved.coarse
    }
    if suffix > 0 {
      matches.append(DiffMatch(old: oldCount - suffix, new: newCount - suffix, length: suffix))
    }
    let segments = ScriptSegment.segments(matches: matches, oldCount: oldCount, newCount: newCount)
    return DiffResult(runs: ScriptSegment.runs(segments), coarse: coarse)
  }
}
