/// The outcome of `MyersDiff.diff`: the runs plus whether they are minimal, so callers can tell the reader that a
/// region was compared only roughly.
public struct DiffResult: Sendable, Hashable {
  public var runs: [DiffRun]
  /// True when the edit budget ran out and the middle part was reported as one delete + one insert instead of a
  /// minimal script (bounded time and memory on unrelated huge inputs).
  public var coarse: Bool

  /// Public so that renderers and their tests can build results without running a diff.
  public init(runs: [DiffRun], coarse: Bool) {
    self.runs = runs
    self.coarse = coarse
  }
}
