/// A half-open range of UTF-8 offsets into a `SourceText`'s decoded bytes.
///
/// Offsets are kept in the decoded buffer so that slicing is cheap; `SourceText` turns them back into the
/// original file's byte offsets and line:column positions when they are shown to a person.
public struct SourceRange: Sendable, Hashable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  public var isEmpty: Bool { start >= end }
  public var count: Int { end - start }

  /// The smallest range that covers both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(Swift.min(start, other.start), Swift.max(end, other.end))
  }

  public func contains(_ other: SourceRange) -> Bool { start <= other.start && other.end <= end }

  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }
}

/// A position as a person reads it: the original file's byte offset, a 1-based line and a 1-based column
/// counted in Unicode scalars (one per Russian letter, whatever the encoding took in bytes).
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  public var offset: Int
  public var line: Int
  public var column: Int

  public init(offset: Int, line: Int, column: Int) {
    self.offset = offset
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column)" }
}
