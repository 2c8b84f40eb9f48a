import Foundation

/// A parsed JSON value, read back from an expected file so that the check can compare outputs by structure
/// (node by node, item by item) instead of by bytes, and say what changed in words a reviewer reads.
public indirect enum JSONNode: Sendable, Hashable, Decodable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONNode])
  case object([String: JSONNode])

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONNode].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONNode].self))
    }
  }

  /// Parses JSON text; nil when it is not JSON (a truncated or hand-broken expected file).
  public static func parse(_ text: String) -> JSONNode? {
    try? JSONDecoder().decode(JSONNode.self, from: Data(text.utf8))
  }

  public subscript(key: String) -> JSONNode? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  public var int: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  public var array: [JSONNode]? {
    if case .array(let values) = self { return values }
    return nil
  }

  public var members: [String: JSONNode]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// A compact one-line form with sorted keys: equal values give equal text, so it serves as a multiset key.
  public var compact: String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .double(let value): return String(value)
    case .string(let value):
      let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      return "\"" + escaped + "\""
    case .array(let values): return "[" + values.map(\.compact).joined(separator: ",") + "]"
    case .object(let members):
      return "{" + members.keys.sorted().map { "\"\($0)\":" + (members[$0]?.compact ?? "null") }
        .joined(separator: ",") + "}"
    }
  }

  /// How a scalar reads in a change line: strings in guillemets, the rest as written.
  public var display: String {
    switch self {
    case .string(let value): return "«\(value)»"
    default: return compact
    }
  }
}
