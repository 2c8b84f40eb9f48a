/// One cheap pass that tells whether a piece could hold a glued-word boundary or a letter-spaced run at all.
///
/// The layout stage asks about every piece of every line, and almost none holds either; the two full scans decode
/// every scalar and cost several times this pass, which only looks at byte patterns. It may say yes where there is
/// nothing (a capital after «, an ordinary «А. Б. В. Г.»); it never says no where either scan finds something, so
/// `GluedWords.boundaries` and `LetterSpacing.runs` only walk the pieces it lets through.
enum RepairPrefilter {
  static func mayNeedRepair(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    // Single-scalar tokens so far, as `LetterSpacing` counts them: a run needs `minimumLetters` of them.
    var singles = 0
    var tokenStart = start
    // Whether the byte before `index` (inside the piece) is not ASCII. Both kinds of case boundary `GluedWords`
    // looks for have a Cyrillic capital straight after another Cyrillic letter: «тР», or the second capital of
    // «СОГЛ…» before the lowercase letter after a run of four.
    var afterMultiByte = false
    // A lead byte before this offset has its trail byte inside the buffer.
    let lastLead = bytes.count - 1
    var index = start
    while index < end {
      // A whole two-byte scalar at once (the letters of Russian text), read as one 16-bit pair: its trail byte is no
      // space, comma or lead.
      if index < lastLead {
        let pair = UInt16(bigEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt16.self))
        if pair & 0xE0C0 == 0xC080 {
          if mayBeCyrillicCapital(pair) && afterMultiByte { return true }
          afterMultiByte = true
          index += 2
          continue
        }
      }
      let byte = bytes[index]
      if byte >= 0x80 {
        afterMultiByte = true
        index += 1
        continue
      }
      afterMultiByte = false
      if byte == 0x20 || byte == 0x09 {
        if isSingleScalar(bytes, from: tokenStart, to: index) {
          singles += 1
          if singles >= LetterSpacing.minimumLetters { return true }
        }
        tokenStart = index + 1
      } else if byte == 0x2C && index + 1 < end {
        // «Протокола,прилагаемый»: a letter straight after a comma.
        let next = bytes[index + 1]
        if next >= 0x80 || Bytes.isASCIILetter(next) { return true }
      }
      index += 1
    }
    if isSingleScalar(bytes, from: tokenStart, to: end) { singles += 1 }
    return singles >= LetterSpacing.minimumLetters
  }

  /// Whether a valid two-byte sequence (lead byte high) may be a Cyrillic capital: U+0400–U+042F (D0 80–D0 AF) or U+0460–U+052F
  /// (D1 A0–D4 BF), where the odd scalars, lowercase, are let through too. Two compares on the pair: almost every
  /// scalar of Russian text comes here, and almost all are lowercase (D0 B0–D1 9F).
  @inline(__always)
  private static func mayBeCyrillicCapital(_ pair: UInt16) -> Bool {
    pair &- 0xD080 < 0x30 || pair &- 0xD1A0 < 0x320
  }

  /// A token between spaces that is exactly one scalar, as `LetterSpacing` decides it.
  @inline(__always)
  private static func isSingleScalar(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    let length = end - start
    return length > 0 && length <= 4 && Bytes.scalar(bytes, at: start).length == length
  }
}
