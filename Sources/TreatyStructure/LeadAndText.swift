import TreatyText

extension TextNormalizer {
  /// `text(of: lead + pieces)`, given `text`, which is `text(of: pieces)` derived already.
  ///
  /// A unit's line in its provision's whole text is its label and title (the lead) and then its text, derived
  /// together; its text alone is derived for the model anyway. Deriving the line joined, repaired, tidied and
  /// checked every byte of the text a second time. Tidying is a walk that only remembers the last byte it wrote and
  /// the whitespace pending since, so once the text's first byte is reached the walk goes on exactly as it does over
  /// the text alone: the line is the lead's text, the one separator the whitespace between them tidies to, and the
  /// text. Where that cannot be told from the lead and the text's first piece, the line is derived whole.
  public static func text(of lead: [TextPiece], before pieces: [TextPiece], derived text: String, in source: SourceText)
    -> String
  {
    guard !lead.isEmpty else { return text }
    guard let first = pieces.first, !text.isEmpty,
      let line = source.bytes.withUnsafeBufferPointer({ joined(lead, before: first, text, in: $0) })
    else { return Self.text(of: lead + pieces, in: source) }
    return line
  }

  /// The lead's text, the separator and `text`; nil where the shortcut does not hold.
  private static func joined(
    _ lead: [TextPiece], before first: TextPiece, _ text: String, in buffer: UnsafeBufferPointer<UInt8>
  ) -> String? {
    let (start, end) = bounds(first, in: buffer)
    // The text's first piece must start its derived bytes with its own first byte, no whitespace (no repair puts
    // anything before it), and keep at least two bytes (repairs remove only spaces and tabs): then the joins after
    // it see the same two bytes before them with or without the lead, and the text's derived bytes are the same.
    guard start < end, !isTidyWhitespace(buffer[start]), keepsTwoBytes(buffer, start: start, end: end) else {
      return nil
    }
    var raw = rawBytes(of: lead, in: buffer, repairing: true)
    let leadCount = raw.count
    appendJoin(first.join, buffer: buffer, nextStart: start, nextEnd: end, to: &raw)
    // The whitespace between the lead's last byte and the text's first: the lead's trailing run and the join.
    var gapStart = raw.count
    while gapStart > 0 && isTidyWhitespace(raw[gapStart - 1]) { gapStart -= 1 }
    let hasGap = gapStart < raw.count
    let hasBreak = raw[gapStart...].contains(0x0A)
    raw.removeSubrange(leadCount...)
    tidy(&raw)
    guard let last = raw.last else { return nil }
    let separator = hasBreak ? "\n" : hasGap && !isClosing(buffer[start]) && last != 0x28 && last != 0x0A ? " " : ""
    return String(decoding: raw, as: UTF8.self) + separator + text
  }

  /// The bytes `tidy` collapses.
  private static func isTidyWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }

  /// Whether `start..<end` holds two bytes other than spaces and tabs.
  private static func keepsTwoBytes(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    var kept = 0
    for index in start..<end where buffer[index] != 0x20 && buffer[index] != 0x09 {
      kept += 1
      if kept == 2 { return true }
    }
    return false
  }
}
