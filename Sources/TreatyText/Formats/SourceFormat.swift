/// The kind of file a text came from. Detected by content, whatever the file is called.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
  case text, rtf, html

  /// RTF opens with «{\rtf»; HTML with a doctype, an `<html>` element, or paragraph and line-break tags early on.
  static func detect(_ bytes: [UInt8]) -> SourceFormat {
    var start = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
    while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09) {
      start += 1
    }
    let head = Array(bytes[start..<min(bytes.count, start + 4096)]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    func starts(_ text: String) -> Bool { head.starts(with: Array(text.utf8)) }
    if starts("{\\rtf") { return .rtf }
    if starts("<!doctype html") || starts("<html") { return .html }
    if starts("<") {
      let text = String(decoding: head, as: UTF8.self)
      if text.contains("<p") || text.contains("<br") || text.contains("<div") || text.contains("<body") { return .html }
    }
    return .text
  }
}

/// The markup a text was extracted from: its own UTF-8 text and lines, where each extracted byte came from, and how
/// the markup's text maps to the original file (it may itself have been Windows-1251).
struct MarkupSource: Sendable {
  let format: SourceFormat
  /// The markup as UTF-8 (for RTF, which is ASCII, the file itself).
  let text: [UInt8]
  let lineStarts: [Int]
  /// For each extracted UTF-8 byte, and one past the end, the offset in `text` it came from.
  let origins: [Int32]
  /// How `text` maps to the original file.
  let base: OffsetMap

  init(format: SourceFormat, text: [UInt8], origins: [Int32], base: OffsetMap) {
    self.format = format
    self.text = text
    self.origins = origins
    self.base = base
    var starts = [0]
    for (index, byte) in text.enumerated() where byte == 0x0A { starts.append(index + 1) }
    lineStarts = starts
  }

  func markupOffset(_ offset: Int) -> Int {
    guard !origins.isEmpty else { return 0 }
    return Int(origins[max(0, min(offset, origins.count - 1))])
  }

  func originalOffset(forExtractedOffset offset: Int) -> Int {
    base.originalOffset(forUTF8Offset: markupOffset(offset), in: text)
  }

  func location(forExtractedOffset offset: Int) -> (line: Int, column: Int) {
    let position = markupOffset(offset)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= position { low = middle } else { high = middle - 1 }
    }
    var column = 1
    var index = lineStarts[low]
    while index < position {
      if text[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return (low + 1, column)
  }
}

/// Extracted text under construction: UTF-8 bytes and, for each, the markup offset it came from.
struct ExtractedText {
  var utf8: [UInt8] = []
  var origins: [Int32] = []

  mutating func append(_ scalar: UInt32, from origin: Int) {
    let before = utf8.count
    if scalar < 0x80 {
      utf8.append(UInt8(scalar))
    } else if scalar < 0x800 {
      utf8.append(UInt8(0xC0 | (scalar >> 6)))
      utf8.append(UInt8(0x80 | (scalar & 0x3F)))
    } else if scalar < 0x10000 {
      utf8.append(UInt8(0xE0 | (scalar >> 12)))
      utf8.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      utf8.append(UInt8(0x80 | (scalar & 0x3F)))
    } else {
      utf8.append(UInt8(0xF0 | (scalar >> 18)))
      utf8.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      utf8.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      utf8.append(UInt8(0x80 | (scalar & 0x3F)))
    }
    for _ in before..<utf8.count { origins.append(Int32(clamping: origin)) }
  }

  /// A paragraph break: a blank line, so that the layout stage sees one paragraph per block.
  mutating func paragraph(from origin: Int) {
    if utf8.isEmpty || (utf8.count >= 2 && utf8[utf8.count - 1] == 0x0A && utf8[utf8.count - 2] == 0x0A) { return }
    if utf8.last == 0x0A {
      append(0x0A, from: origin)
    } else {
      append(0x0A, from: origin)
      append(0x0A, from: origin)
    }
  }

  /// Closes the origin table with the end of the markup.
  mutating func finish(end: Int) { origins.append(Int32(clamping: end)) }
}
