import TreatyText

/// Derives the text a reader sees from a node's pieces: wrapped lines joined, letter spacing closed, runs of
/// spaces collapsed, stray spaces before punctuation dropped. The source is never rewritten; this is a view.
public enum TextNormalizer {
  public static func text(of pieces: [TextPiece], in source: SourceText) -> String {
    text(of: pieces, in: source, repairing: true)
  }

  /// The text, with the search for glued words and letter spacing skipped when `repairing` is false: the layout
  /// stage has already searched each line once and knows the lines with nothing to repair.
  static func text(of pieces: [TextPiece], in source: SourceText, repairing: Bool) -> String {
    guard !pieces.isEmpty else { return "" }
    var raw = source.bytes.withUnsafeBufferPointer { rawBytes(of: pieces, in: $0, repairing: repairing) }
    tidy(&raw)
    return String(decoding: raw, as: UTF8.self)
  }

  /// The pieces' bytes joined and repaired, before `tidy`.
  static func rawBytes(of pieces: [TextPiece], in buffer: UnsafeBufferPointer<UInt8>, repairing: Bool) -> [UInt8] {
    var raw: [UInt8] = []
    raw.reserveCapacity(pieces.reduce(0) { $0 + $1.range.count } + pieces.count)
    for (position, piece) in pieces.enumerated() {
      let (start, end) = bounds(piece, in: buffer)
      if position > 0 { appendJoin(piece.join, buffer: buffer, nextStart: start, nextEnd: end, to: &raw) }
      // A piece the cheap prefilter clears has no glued words and no letter spacing (`RepairPrefilter` never
      // says no where either scan finds something), so it is copied as the scans would copy it, unscanned.
      guard repairing, RepairPrefilter.mayNeedRepair(buffer, start: start, end: end) else {
        raw.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<end]))
        continue
      }
      var cursor = start
      for boundary in GluedWords.boundaries(buffer, start: start, end: end) {
        LetterSpacing.close(buffer, start: cursor, end: boundary, into: &raw)
        raw.append(0x20)
        cursor = boundary
      }
      LetterSpacing.close(buffer, start: cursor, end: end, into: &raw)
    }
    return raw
  }

  /// A piece's byte range, kept inside the buffer.
  static func bounds(_ piece: TextPiece, in buffer: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
    let start = max(0, min(piece.range.start, buffer.count))
    return (start, max(start, min(piece.range.end, buffer.count)))
  }

  static func appendJoin(
    _ join: TextPiece.Join, buffer: UnsafeBufferPointer<UInt8>, nextStart: Int, nextEnd: Int, to raw: inout [UInt8]
  ) {
    switch join {
    case .none: return
    case .space: raw.append(0x20)
    case .paragraph: raw.append(0x0A)
    case .line:
      if endsWithWrapHyphen(raw), nextStart < nextEnd {
        let (scalar, _) = Bytes.scalar(buffer, at: nextStart)
        if Bytes.isAlphanumeric(scalar) { return }
      }
      raw.append(0x20)
    }
  }

  /// A hyphen glued to a letter at a line end continues the word on the next line («социально-» «экономического»).
  /// A dash after a space («Республики -») is punctuation and keeps the space.
  private static func endsWithWrapHyphen(_ raw: [UInt8]) -> Bool {
    guard raw.count >= 2, raw[raw.count - 1] == 0x2D else { return false }
    let before = raw[raw.count - 2]
    return before != 0x20 && before != 0x0A && before != 0x09
  }

  /// Collapses whitespace to one space (keeping paragraph breaks), removes spaces before closing punctuation
  /// and after opening brackets, and trims. In place: the text only ever shrinks, so each byte is written at or
  /// before where it was read, and no second buffer is needed.
  static func tidy(_ raw: inout [UInt8]) {
    let written = raw.withUnsafeMutableBufferPointer { bytes -> Int in
      var written = 0
      var read = 0
      var pendingSpace = false
      var pendingBreak = false
      var last: UInt8 = 0
      while read < bytes.count {
        // Bytes above the space, the bulk of a text, are copied as they are while nothing is pending.
        if !pendingSpace && !pendingBreak && bytes[read] > 0x20 {
          let copied = copyOrdinary(bytes, from: read, to: written)
          written += copied
          read += copied
          last = bytes[written - 1]
          // One space between two words, the usual case, is kept as the steps below would keep it, without them.
          if read + 1 < bytes.count && bytes[read] == 0x20 && bytes[read + 1] > 0x20 && !isClosing(bytes[read + 1])
            && last != 0x28
          {
            bytes[written] = 0x20
            written += 1
            read += 1
          }
          continue
        }
        let byte = bytes[read]
        read += 1
        if byte == 0x20 || byte == 0x09 || byte == 0x0D {
          pendingSpace = true
          continue
        }
        if byte == 0x0A {
          pendingBreak = true
          continue
        }
        // A pending space or break stands for at least one byte skipped, so the separator fits before `read`.
        if pendingBreak {
          if written > 0 {
            bytes[written] = 0x0A
            written += 1
            last = 0x0A
          }
        } else if pendingSpace && written > 0 && !isClosing(byte) && last != 0x28 && last != 0x0A {
          bytes[written] = 0x20
          written += 1
        }
        pendingSpace = false
        pendingBreak = false
        bytes[written] = byte
        written += 1
        last = byte
      }
      return written
    }
    raw.removeLast(raw.count - written)
  }

  /// Moves the run of bytes above the space that starts at `read` down to `written`; returns its length. While
  /// nothing was dropped yet the two are equal and the bytes stay where they are.
  private static func copyOrdinary(_ bytes: UnsafeMutableBufferPointer<UInt8>, from read: Int, to written: Int) -> Int {
    let end = ordinaryRunEnd(UnsafeBufferPointer(bytes), from: read)
    // `update(from:count:)` copies front to back when the target lies below the source, as it does here.
    if written != read, let base = bytes.baseAddress { (base + written).update(from: base + read, count: end - read) }
    return end - read
  }

  /// The end of the run of bytes above the space that starts at `start`, found eight bytes a step: words run for
  /// a dozen bytes between spaces.
  private static func ordinaryRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start
    while end + ByteWords.width <= bytes.count {
      let flags = ByteWords.below(ByteWords.load(bytes, at: end), 0x21)
      if flags != 0 { return end + ByteWords.firstFlagged(flags) }
      end += ByteWords.width
    }
    while end < bytes.count && bytes[end] > 0x20 { end += 1 }
    return end
  }

  static func isClosing(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x29 || byte == 0x21 || byte == 0x3F
  }
}
