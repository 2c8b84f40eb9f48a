import TreatyText

extension UnitIndex {
  /// A part's citation relative to its provision's («ст. 4 п. 2» under «ст. 4» is «п. 2»): what follows the
  /// provision's citation, trimmed of whitespace as Foundation's `.whitespaces` trims; the citation itself when it
  /// does not start with the provision's.
  static func relative(_ citation: String, to top: String) -> String {
    guard !top.isEmpty else { return citation }
    // Plain citations (`PlainScalars`, nearly all) have their scalars as `Character`s, so `hasPrefix` is a prefix
    // of bytes and trimming is by scalars read from the bytes: asked of `String` and its scalar views, the two
    // cost thousands of instructions for every part of a document.
    if PlainScalars.isPlain(citation) && PlainScalars.isPlain(top) {
      guard citation.utf8.starts(with: top.utf8) else { return citation }
      return UTF8Scalars.withBytes(citation) { bytes in
        var start = top.utf8.count
        var end = bytes.count
        while start < end {
          let (scalar, length) = PlainBytes.scalar(bytes, at: start)
          guard isWhitespace(scalar) else { break }
          start += length
        }
        while end > start {
          var lead = end - 1
          while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
          guard isWhitespace(PlainBytes.scalar(bytes, at: lead).0) else { break }
          end = lead
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
    guard citation.hasPrefix(top) else { return citation }
    return String(PlainScalars.trimmingScalars(citation.dropFirst(top.count), Whitespace.scalars))
  }

  /// Whether `scalar` is one of `Whitespace.scalars`; the printable ASCII and C1 range, which holds none of them,
  /// is turned away without reading the list.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value > 0x20 && scalar.value < 0xA0 { return false }
    return Whitespace.scalars.unicodeScalars.contains(scalar)
  }
}
