/// `DurationExtractor.sentences` of a plain text (see `PlainScalars`), cut and trimmed on UTF-8 bytes.
///
/// The straightforward cut walks scalars and asks Foundation's `CharacterSet` of every scalar it trims, which made
/// cutting a unit cost more than reading it. In a plain text every delimiter («.», «;», a line break) is one ASCII
/// byte, and the only whitespace is ASCII, U+0085 and U+00A0 (as `CharacterSet` itself answers for every plain
/// scalar: `.whitespacesAndNewlines` holds 09…0D, 20, 85 and A0, `.whitespaces` 09, 20 and A0), so bytes give the
/// same pieces.
enum PlainSentences {
  /// The pieces ending in a delimiter, trimmed of whitespace and newlines, then the rest, trimmed of whitespace,
  /// unless that leaves nothing.
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var sentences: [String] = []
    var start = 0
    for index in bytes.indices where isDelimiter(bytes[index]) {
      sentences.append(trimmedString(bytes, start..<index + 1, newlines: true))
      start = index + 1
    }
    let rest = trimmedString(bytes, start..<bytes.count, newlines: false)
    if !rest.isEmpty { sentences.append(rest) }
    return sentences
  }

  private static func isDelimiter(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\n")
  }

  /// The bytes of `range` without the whitespace (and, with `newlines`, the newlines) at either end, as a string.
  private static func trimmedString(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, newlines: Bool
  ) -> String {
    var (lower, upper) = (range.lowerBound, range.upperBound)
    while lower < upper, let length = spaceLength(bytes, from: lower, to: upper, newlines: newlines) { lower += length }
    while upper > lower, let length = spaceLength(bytes, endingAt: upper, from: lower, newlines: newlines) {
      upper -= length
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
  }

  /// The length of the whitespace scalar starting at `index` (before `end`), nil when the scalar there is not one.
  private static func spaceLength(
    _ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int, newlines: Bool
  ) -> Int? {
    if isSpace(byte: bytes[index], newlines: newlines) { return 1 }
    guard bytes[index] == 0xC2, index + 1 < end, isSpace(trailOfC2: bytes[index + 1], newlines: newlines) else {
      return nil
    }
    return 2
  }

  /// The length of the whitespace scalar ending just before `end` (at or after `start`), nil when it is not one.
  /// 0xC2 is never a trail byte, so a C2 before the last byte starts the last scalar.
  private static func spaceLength(
    _ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, from start: Int, newlines: Bool
  ) -> Int? {
    if isSpace(byte: bytes[end - 1], newlines: newlines) { return 1 }
    guard end - 2 >= start, bytes[end - 2] == 0xC2, isSpace(trailOfC2: bytes[end - 1], newlines: newlines) else {
      return nil
    }
    return 2
  }

  /// An ASCII whitespace byte: tab and space, and with `newlines` also 0A…0D.
  private static func isSpace(byte: UInt8, newlines: Bool) -> Bool {
    byte == 0x20 || byte == 0x09 || (newlines && (0x0A...0x0D).contains(byte))
  }

  /// The trail byte of U+00A0 (no-break space), or with `newlines` of U+0085 (next line), after a C2 lead byte.
  private static func isSpace(trailOfC2 trail: UInt8, newlines: Bool) -> Bool {
    trail == 0xA0 || (newlines && trail == 0x85)
  }
}
