/// The text of an HTML file: tags and attributes read as markup, entities decoded, block elements (`<p>`, `<br>`,
/// `<li>`, `<h1>`–`<h6>`, `<div>`, `<tr>`) as line and paragraph breaks, `<script>` and `<style>` skipped.
enum HTMLExtractor {
  static let paragraphTags: Set<String> = [
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section",
    "article", "header", "footer", "title", "body", "dd", "dt", "pre",
  ]

  static func extract(_ text: [UInt8]) -> ExtractedText {
    var output = ExtractedText()
    var index = 0
    let count = text.count
    text.withUnsafeBufferPointer { buffer in
      while index < count {
        let byte = buffer[index]
        if byte == 0x3C {  // <
          if let end = commentEnd(buffer, index) {
            index = end
            continue
          }
          guard let (name, closing, end) = tag(buffer, index) else {
            output.append(0x3C, from: index)
            index += 1
            continue
          }
          if !closing && (name == "script" || name == "style") {
            index = skipElement(buffer, from: end, name: name)
            continue
          }
          if name == "br" { output.append(0x0A, from: index) }
          else if paragraphTags.contains(name) { output.paragraph(from: index) }
          index = end
          continue
        }
        if byte == 0x26, let (scalar, end) = entity(buffer, index) {  // &
          output.append(scalar, from: index)
          index = end
          continue
        }
        let (scalar, length) = scalarAt(buffer, index)
        output.append(scalar, from: index)
        index += length
      }
    }
    output.finish(end: count)
    return output
  }

  /// `<name …>` or `</name>`: the lowercase name, whether it closes, and the offset after `>`.
  private static func tag(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (String, Bool, Int)? {
    var index = start + 1
    var closing = false
    if index < buffer.count && buffer[index] == 0x2F { closing = true; index += 1 }
    if index < buffer.count && buffer[index] == 0x21 { index += 1 }  // <!DOCTYPE …>
    let nameStart = index
    while index < buffer.count && ((buffer[index] | 0x20) >= 0x61 && (buffer[index] | 0x20) <= 0x7A
      || (buffer[index] >= 0x30 && buffer[index] <= 0x39)) { index += 1 }
    guard index > nameStart else { return nil }
    let name = String(decoding: buffer[nameStart..<index], as: UTF8.self).lowercased()
    var quote: UInt8 = 0
    while index < buffer.count {
      let byte = buffer[index]
      if quote != 0 { if byte == quote { quote = 0 } }
      else if byte == 0x22 || byte == 0x27 { quote = byte }
      else if byte == 0x3E { return (name, closing, index + 1) }
      index += 1
    }
    return nil
  }

  private static func commentEnd(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
    guard start + 3 < buffer.count, buffer[start + 1] == 0x21, buffer[start + 2] == 0x2D, buffer[start + 3] == 0x2D
    else { return nil }
    var index = start + 4
    while index + 2 < buffer.count {
      if buffer[index] == 0x2D && buffer[index + 1] == 0x2D && buffer[index + 2] == 0x3E { return index + 3 }
      index += 1
    }
    return buffer.count
  }

  /// Past the matching `</script>` or `</style>`.
  private static func skipElement(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, name: String) -> Int {
    let closing = Array("</\(name)".utf8)
    var index = start
    while index + closing.count <= buffer.count {
      var match = true
      for offset in 0..<closing.count where (buffer[index + offset] | (offset > 1 ? 0x20 : 0)) != closing[offset] {
        match = false
        break
      }
      if match {
        var end = index + closing.count
        while end < buffer.count && buffer[end] != 0x3E { end += 1 }
        return min(buffer.count, end + 1)
      }
      index += 1
    }
    return buffer.count
  }

  static let namedEntities: [String: UInt32] = [
    "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "laquo": 0xAB, "raquo": 0xBB,
    "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "shy": 0xAD, "ldquo": 0x201C, "rdquo": 0x201D,
    "bdquo": 0x201E, "lsquo": 0x2018, "rsquo": 0x2019, "numero": 0x2116, "sect": 0xA7, "copy": 0xA9, "deg": 0xB0,
  ]

  /// `&amp;`, `&#171;`, `&#xAB;`: the scalar and the offset after `;`.
  private static func entity(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> (UInt32, Int)? {
    var index = start + 1
    let limit = min(buffer.count, start + 12)
    while index < limit && buffer[index] != 0x3B { index += 1 }
    guard index < limit, index > start + 1 else { return nil }
    let body = String(decoding: buffer[(start + 1)..<index], as: UTF8.self)
    if body.hasPrefix("#x") || body.hasPrefix("#X"), let value = UInt32(body.dropFirst(2), radix: 16),
      Unicode.Scalar(value) != nil
    {
      return (value, index + 1)
    }
    if body.hasPrefix("#"), let value = UInt32(body.dropFirst()), Unicode.Scalar(value) != nil { return (value, index + 1) }
    if let value = namedEntities[body] { return (value, index + 1) }
    return nil
  }

  private static func scalarAt(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
    let lead = buffer[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, index + length <= buffer.count else { return (0xFFFD, 1) }
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
    return (value, length)
  }
}
