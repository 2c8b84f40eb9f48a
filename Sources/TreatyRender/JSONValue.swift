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
  ///
  /// Written as UTF-8 bytes into one buffer and turned into a `String` once: a 100 MB corpus makes a JSON tree of
  /// several hundred megabytes, and appending to a `String` scalar by scalar was most of `treaty parse`'s time.
  public func rendered() -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(into: &out, indent: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  private func write(into out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): out.append(contentsOf: String(value).utf8)
    case .decimal(let value): out.append(contentsOf: String(format: "%.3f", value).utf8)
    case .string(let value): JSONValue.writeString(value, into: &out)
    case .array(let values):
      guard !values.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(contentsOf: "[\n".utf8)
      for (index, value) in values.enumerated() {
        JSONValue.writeIndent(indent + 2, into: &out)
        value.write(into: &out, indent: indent + 2)
        out.append(contentsOf: (index + 1 < values.count ? ",\n" : "\n").utf8)
      }
      JSONValue.writeIndent(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(contentsOf: "{\n".utf8)
      let keys = members.keys.sorted()
      for (index, key) in keys.enumerated() {
        JSONValue.writeIndent(indent + 2, into: &out)
        JSONValue.writeString(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        members[key]?.write(into: &out, indent: indent + 2)
        out.append(contentsOf: (index + 1 < keys.count ? ",\n" : "\n").utf8)
      }
      JSONValue.writeIndent(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func writeIndent(_ width: Int, into out: inout [UInt8]) {
    for _ in 0..<width { out.append(UInt8(ascii: " ")) }
  }

  /// A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029 too, because JavaScript
  /// reads those as line ends. Everything else is copied byte for byte.
  static func writeString(_ value: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var bytes = value.utf8.makeIterator()
    while let byte = bytes.next() {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
      case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
      case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
      case 0x00..<0x20: writeUnicodeEscape(UInt32(byte), into: &out)
      case 0xE2:
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; a String's UTF-8 is valid, so both bytes follow.
        let second = bytes.next() ?? 0
        let third = bytes.next() ?? 0
        if second == 0x80 && (third == 0xA8 || third == 0xA9) {
          writeUnicodeEscape(third == 0xA8 ? 0x2028 : 0x2029, into: &out)
        } else {
          out.append(byte)
          out.append(second)
          out.append(third)
        }
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func writeUnicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
    let hex = String(value, radix: 16)
    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
  }
}
