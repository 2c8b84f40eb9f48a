/// Post-processing that trades minimality for readability.
public enum DiffCleanup {
  /// Makes an edit script read as whole phrases rather than scattered words: an `equal` run of at most
  /// `maxEqualLength` elements lying between two edited regions, and shorter than the edited material on both of its
  /// sides, is turned into a delete + insert of itself and merged into the neighbouring edits (the idea of
  /// diff-match-patch's semantic cleanup, applied to tokens). Repeats until stable. The script stays valid: applying
  /// it to `old` still gives `new`, and ranges stay in order.
  ///
  /// "Edited material" on a side is the number of deleted plus inserted elements of that changed region. The input
  /// must be a valid script; it may be unnormalised (inserts before deletes, split runs), the output is normalised.
  public static func semantic(_ runs: [DiffRun], maxEqualLength: Int = 2) -> [DiffRun] {
    var stack: [ScriptSegment] = []
    for segment in ScriptSegment.segments(runs: runs) {
      stack.append(segment)
      // Absorbing an equality only grows the changed region on top of the stack, which can in turn make the
      // equality below it absorbable; nothing deeper changes. One pass with this cascade reaches the fixed point.
      while stack.count >= 3, absorbs(stack[stack.count - 2], between: stack[stack.count - 3],
                                       and: stack[stack.count - 1], maxEqualLength: maxEqualLength) {
        let right = stack.removeLast()
        stack.removeLast()
        let left = stack.removeLast()
        stack.append(left.fused(with: right))
      }
    }
    return ScriptSegment.runs(stack)
  }

  private static func absorbs(
    _ equal: ScriptSegment, between left: ScriptSegment, and right: ScriptSegment, maxEqualLength: Int
  ) -> Bool {
    guard equal.isEqual, !left.isEqual, !right.isEqual else { return false }
    let length = equal.old.count
    return length <= maxEqualLength && length < left.editedCount && length < right.editedCount
  }
}
