/// A decoded input file: its UTF-8 bytes, where it came from, and a line table for offset ⇄ line:column.
///
/// Line ends are not rewritten: CR LF and a lone CR stay in the bytes and count as one line break each, so
/// every byte of the original keeps a place to be recorded (as content or as trivia).
public struct SourceText: Sendable {
  /// The file name as the user gave it, used in messages.
  public let name: String
  public let decoded: DecodedBytes
  /// UTF-8 offsets where each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public var bytes: [UInt8] { decoded.utf8 }
  public var encoding: TextEncoding { decoded.encoding }

  public init(name: String, decoded: DecodedBytes) {
    self.name = name
    self.decoded = decoded
    self.lineStarts = SourceText.scanLineStarts(decoded.utf8)
  }

  /// Convenience for tests and in-memory text.
  public init(name: String = "<text>", text: String) {
    // Valid UTF-8 decodes without failure; the fallback keeps this initializer total.
    let bytes = Array(text.utf8)
    let decoded = (try? Decoder.decode(bytes, forced: .utf8)) ?? Decoder.identity(bytes)
    self.init(name: name, decoded: decoded)
  }

  public var lineCount: Int { lineStarts.count }

  /// 0-based line index holding `offset`.
  public func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return low
  }

  /// The position of a UTF-8 offset as a person reads it.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = Swift.max(0, Swift.min(offset, bytes.count))
    let line = lineIndex(of: clamped)
    var column = 1
    var index = lineStarts[line]
    bytes.withUnsafeBufferPointer { buffer in
      while index < clamped {
        if buffer[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
    }
    // RTF and HTML: the line and column in the markup as written, not in the extracted text.
    if let markup = decoded.markupLocation(forUTF8Offset: clamped) {
      return SourceLocation(offset: decoded.originalOffset(forUTF8Offset: clamped), line: markup.line, column: markup.column)
    }
    // A column that lands inside a multi-byte scalar counts that scalar once.
    return SourceLocation(
      offset: decoded.originalOffset(forUTF8Offset: clamped), line: line + 1, column: column)
  }

  /// The text of a range, as written (no normalisation).
  public func string(_ range: SourceRange) -> String {
    let start = Swift.max(0, range.start)
    let end = Swift.min(bytes.count, range.end)
    guard start < end else { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// `line:column-line:column` for messages and tree dumps.
  public func describe(_ range: SourceRange) -> String {
    let start = location(of: range.start)
    let end = location(of: range.end)
    return "\(start.line):\(start.column)-\(end.line):\(end.column)"
  }

  static func scanLineStarts(_ bytes: [UInt8]) -> [Int] {
    var starts = [0]
    starts.reserveCapacity(bytes.count / 40 + 1)
    bytes.withUnsafeBufferPointer { buffer in
      // Most files have no CR at all; then each line start is found by `memchr`, many bytes a step.
      guard FastSearch.offset(of: 0x0D, in: buffer, from: 0) != nil else {
        var from = 0
        while let lineFeed = FastSearch.offset(of: 0x0A, in: buffer, from: from) {
          from = lineFeed + 1
          starts.append(from)
        }
        return
      }
      var index = 0
      let count = buffer.count
      while index < count {
        let byte = buffer[index]
        if byte == 0x0A {
          starts.append(index + 1)
        } else if byte == 0x0D {
          if index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
          starts.append(index + 1)
        }
        index += 1
      }
    }
    return starts
  }
}
