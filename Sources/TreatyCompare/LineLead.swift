import TreatyText

/// A part's line in its provision's whole text (`DescendantLines`) is nearly always its label, a space, and the
/// part's own text («1. Стороны …» for «Стороны …»). Then the line's words are the label's words followed by the
/// part's, and the provision can take the part's stems instead of cutting and looking up every word of the line a
/// second time — which was a tenth of indexing a document.
enum LineLead {
  /// The bytes of `line` before `text`, as a string, when `line` is those bytes, one space or line break, and then
  /// `text` (or `text` alone: then the lead is empty); nil otherwise.
  ///
  /// No word crosses a space or line break (`RussianText.words`), and a word's end is found looking forward only,
  /// so the words of such a line are exactly the lead's words followed by the words of `text`.
  static func of(_ line: String, before text: String) -> String? {
    guard !text.isEmpty else { return nil }
    return UTF8Scalars.withBytes(line) { line in
      UTF8Scalars.withBytes(text) { text -> String? in
        if line.count == text.count { return FastSearch.bytesEqual(line, text) ? "" : nil }
        let separator = line.count - text.count - 1
        guard separator >= 0, line[separator] == 0x20 || line[separator] == 0x0A,
          FastSearch.bytesEqual(UnsafeBufferPointer(rebasing: line[(separator + 1)...]), text)
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: line[..<separator]), as: UTF8.self)
      }
    }
  }
}
