import Foundation

/// A JSON value written by hand: keys sorted, output byte-for-byte stable across runs and machines, so golden
/// files and the corpus check can compare text.
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// Written with three decimals, so that output stays byte-for-byte stable.
  case decimal(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// Pretty-printed with two-space indentation and sorted keys.
  public func rendered() -> String {
    var writer = JSONWriter()
    write(to: &writer)
    return writer.finish()
  }

  public func write(to writer: inout JSONWriter) {
    switch self {
    case .null: writer.null()
    case .bool(let value): writer.bool(value)
    case .int(let value): writer.int(value)
    case .decimal(let value): writer.decimal(value)
    case .string(let value): writer.string(value)
    case .array(let values):
      writer.array(values) { writer, value in value.write(to: &writer) }
    case .object(let members):
      writer.openObject()
      // Sorted with their values rather than looked up again by each sorted key.
      for (key, value) in members.sorted(by: { $0.key < $1.key }) {
        writer.key(key)
        value.write(to: &writer)
      }
      writer.closeObject()
    }
  }
}
