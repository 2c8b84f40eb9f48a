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
      return UTF8Scalars.withBytes(top) { top in
        UTF8Scalars.withBytes(citation) { bytes -> String in
          guard top.count <= bytes.count, FastSearch.bytesEqual(UnsafeBufferPointer(rebasing: bytes[..<top.count]), top)
          else { return citation }
          var start = top.count
          var end = bytes.count
          while start < end {
            let (scalar, length) = PlainBytes.scalar(bytes, at: start)
            guard plainWhitespace.contains(scalar) else { break }
            start += length
          }
          while end > start {
            var lead = end - 1
            while bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard plainWhitespace.contains(PlainBytes.scalar(bytes, at: lead).0) else { break }
            end = lead
          }
          return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
      }
    }
    guard citation.hasPrefix(top) else { return citation }
    return String(PlainScalars.trimmingScalars(citation.dropFirst(top.count), Whitespace.scalars))
  }

  /// The plain scalars among `Whitespace.scalars` (the tab, the space, the no-break space): all a plain citation can
  /// hold of them, in a list of three rather than a string of nineteen read scalar by scalar.
  private static let plainWhitespace = [Unicode.Scalar](Whitespace.scalars.unicodeScalars).filter(PlainScalars.isPlain)
}
