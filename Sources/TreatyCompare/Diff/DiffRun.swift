/// One run of an edit script. `old` and `new` are index ranges into the two input arrays. For `equal`, both ranges
/// have the same length; for `delete`, `new` is an empty range at the position in `new` where the deletion happens;
/// for `insert`, `old` is an empty range likewise.
///
/// Carrying both ranges on every run lets a renderer place each change in both documents without re-walking the
/// script to accumulate offsets.
public struct DiffRun: Sendable, Hashable {
  public var operation: DiffOperation
  public var old: Range<Int>
  public var new: Range<Int>

  public init(_ operation: DiffOperation, old: Range<Int>, new: Range<Int>) {
    self.operation = operation
    self.old = old
    self.new = new
  }
}
