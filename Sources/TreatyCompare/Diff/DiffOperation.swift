/// What one run of an edit script does. A raw `String` value so reports and JSON output can name it directly.
public enum DiffOperation: String, Sendable, Hashable, Codable {
  case equal, delete, insert
}
