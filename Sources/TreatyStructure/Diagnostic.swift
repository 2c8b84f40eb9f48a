import TreatyText

/// Something the parser noticed, repaired or could not understand — data, not a thrown error.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      let order: [Severity] = [.note, .warning, .error]
      return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
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
