/// An edit script seen as alternating stretches: equal ones, and changed ones that replace `old` by `new` (either
/// side may be empty). Both the solver's output and the cleanup pass work in this shape, because "deletes before
/// inserts, adjacent runs merged" then holds by construction when converting back to runs.
struct ScriptSegment: Sendable, Hashable {
  var isEqual: Bool
  var old: Range<Int>
  var new: Range<Int>

  /// Elements touched by a change: deleted plus inserted.
  var editedCount: Int { old.count + new.count }

  /// Fills the gaps between ordered, non-overlapping matches with changed stretches.
  static func segments(matches: [DiffMatch], oldCount: Int, newCount: Int) -> [ScriptSegment] {
    var segments: [ScriptSegment] = []
    var x = 0
    var y = 0
    for match in matches where match.length > 0 {
      segments.appendMerging(ScriptSegment(isEqual: false, old: x..<max(x, match.old), new: y..<max(y, match.new)))
      segments.appendMerging(ScriptSegment(isEqual: true, old: match.old..<match.oldEnd, new: match.new..<match.newEnd))
      x = max(x, match.oldEnd)
      y = max(y, match.newEnd)
    }
    segments.appendMerging(ScriptSegment(isEqual: false, old: x..<max(x, oldCount), new: y..<max(y, newCount)))
    return segments
  }

  /// Groups runs: consecutive equal runs become one equal stretch, consecutive edits one changed stretch.
  static func segments(runs: [DiffRun]) -> [ScriptSegment] {
    var segments: [ScriptSegment] = []
    for run in runs {
      segments.appendMerging(ScriptSegment(isEqual: run.operation == .equal, old: run.old, new: run.new))
    }
    return segments
  }

  /// Back to runs: an equal stretch is one run; a changed one is its delete, then its insert.
  static func runs(_ segments: [ScriptSegment]) -> [DiffRun] {
    var runs: [DiffRun] = []
    runs.reserveCapacity(segments.count * 2)
    for segment in segments {
      if segment.isEqual {
        runs.append(DiffRun(.equal, old: segment.old, new: segment.new))
        continue
      }
      if !segment.old.isEmpty {
        let at = segment.new.lowerBound
        runs.append(DiffRun(.delete, old: segment.old, new: at..<at))
      }
      if !segment.new.isEmpty {
        let at = segment.old.upperBound
        runs.append(DiffRun(.insert, old: at..<at, new: segment.new))
      }
    }
    return runs
  }
}

extension Array where Element == ScriptSegment {
  /// Appends a stretch, dropping it when empty and fusing it with the last one when both are of the same kind.
  mutating func appendMerging(_ segment: ScriptSegment) {
    guard !segment.old.isEmpty || !segment.new.isEmpty else { return }
    guard let last = last, last.isEqual == segment.isEqual else {
      append(segment)
      return
    }
    self[count - 1] = last.fused(with: segment)
  }
}

extension ScriptSegment {
  /// The stretch spanning both; in a valid script the two are adjacent, so nothing is skipped.
  func fused(with next: ScriptSegment) -> ScriptSegment {
    ScriptSegment(
      isEqual: isEqual,
      old: min(old.lowerBound, next.old.lowerBound)..<max(old.upperBound, next.old.upperBound),
      new: min(new.lowerBound, next.new.lowerBound)..<max(new.upperBound, next.new.upperBound))
  }
}
