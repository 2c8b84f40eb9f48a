import TreatyText

/// Something the parser noticed, repaired or could not understand — data, not a thrown error.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    private var rank: Int {
      switch self {
      case .note: return 0
      case .warning: return 1
      case .error: return 2
      }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A stable code such as `structure.number-gap`, for filtering and for tests.
  public var code: String
  public var severity: Severity
  public var message: String
  public var range: SourceRange
  public var note: String?

  public init(code: String, severity: Severity, message: String, range: SourceRange, note: String? = nil) {
    self.code = code
    self.severity = severity
    self.message = message
    self.range = range
    self.note = note
  }
}
