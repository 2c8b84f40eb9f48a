import Foundation
import TreatyText

/// Pretty-printed JSON written straight into a UTF-8 buffer, value by value: two-space indentation, one member or
/// element per line, `[]` and `{}` when empty. `JSONValue` writes through it, and so does `TreeJSON` without
/// building a `JSONValue` tree first — for a 100 MB corpus that tree was millions of dictionaries.
///
/// Callers writing objects directly must give the keys in sorted order, as `JSONValue` does, so that both paths
/// produce the same bytes.
public struct JSONWriter {
  public private(set) var bytes: [UInt8] = []
  /// Per open container: whether it has a member or element yet.
  private var filled: [Bool] = []
  /// Where full chunks go when the output is streamed; nil keeps everything in `bytes`.
  private let drain: (([UInt8]) -> Void)?
  private static let chunkSize = 1 << 20

  public init(capacity: Int = 4096) {
    drain = nil
    bytes.reserveCapacity(capacity)
  }

  /// A writer that hands its output to `drain` in chunks of about a megabyte, so that a large tree's JSON is never
  /// held whole; `finishUTF8` then returns only the last chunk.
  public init(drainingTo drain: @escaping ([UInt8]) -> Void) {
    self.drain = drain
    bytes.reserveCapacity(Self.chunkSize + 4096)
  }

  /// The text written so far, with the final newline.
  public mutating func finish() -> String { String(decoding: finishUTF8(), as: UTF8.self) }

  /// The bytes written so far, with the final newline.
  public mutating func finishUTF8() -> [UInt8] {
    bytes.append(UInt8(ascii: "\n"))
    return bytes
  }

  public mutating func openObject() { open(UInt8(ascii: "{")) }
  public mutating func closeObject() { close(UInt8(ascii: "}")) }
  public mutating func openArray() { open(UInt8(ascii: "[")) }
  public mutating func closeArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the open object: its key; the value follows.
  public mutating func key(_ key: String) {
    startItem()
    writeString(key)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
  }

  /// Starts an element of the open array; the value follows.
  public mutating func element() { startItem() }

  /// An array with one element per item, each written by `write`.
  public mutating func array<Item>(_ items: [Item], _ write: (inout JSONWriter, Item) -> Void) {
    openArray()
    for item in items {
      element()
      write(&self, item)
    }
    closeArray()
  }

  public mutating func null() { bytes.append(contentsOf: "null".utf8) }
  public mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
  /// Digits written in place, without a `String` per number: a tree's JSON has six numbers a node.
  public mutating func int(_ value: Int) { DecimalDigits.append(value, to: &bytes) }
  /// Three decimals, so that output stays byte-for-byte stable.
  public mutating func decimal(_ value: Double) { DecimalText.append(value, to: &bytes) }
  public mutating func string(_ value: String?) {
    guard let value else { return null() }
    writeString(value)
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    filled.append(false)
  }

  private mutating func close(_ bracket: UInt8) {
    if filled.removeLast() {
      bytes.append(UInt8(ascii: "\n"))
      indent()
    }
    bytes.append(bracket)
  }

  private mutating func startItem() {
    if let drain, bytes.count >= Self.chunkSize {
      drain(bytes)
      bytes.removeAll(keepingCapacity: true)
    }
    if filled[filled.count - 1] { bytes.append(UInt8(ascii: ",")) }
    filled[filled.count - 1] = true
    bytes.append(UInt8(ascii: "\n"))
    indent()
  }

  private mutating func indent() {
    let width = 2 * filled.count
    guard width <= Self.spaces.count else { return bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width)) }
    // Copied from a run of spaces in one step: every line of a tree's JSON is indented, most of them deeply.
    bytes.append(contentsOf: Self.spaces[..<width])
  }

  private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 128)

  /// A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029 too, because JavaScript
  /// reads those as line ends. Everything else is copied byte for byte.
  private mutating func writeString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { source in
      // Runs of bytes that need no escape (nearly all of them) are copied in one step each.
      var runStart = 0
      var index = 0
      while index < source.count {
        let byte = source[index]
        let escapeLength = Self.escapedLength(source, at: index)
        guard escapeLength > 0 else {
          index += 1
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
        case 0xE2: unicodeEscape(source[index + 2] == 0xA8 ? 0x2028 : 0x2029)
        default: unicodeEscape(UInt32(byte))
        }
        index += escapeLength
        runStart = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// How many bytes at `index` are written escaped: quotes, backslashes and control characters (one byte), and
  /// U+2028/U+2029 (E2 80 A8/A9, three bytes), because JavaScript reads those as line ends; 0 for a byte copied as
  /// it is. A String's UTF-8 is valid, so the bytes of a three-byte scalar are there.
  private static func escapedLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    switch source[index] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x00..<0x20: return 1
    case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80
      && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9): return 3
    default: return 0
    }
  }

  private mutating func unicodeEscape(_ value: UInt32) {
    let hex = String(value, radix: 16)
    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
  }
}
