/// Byte-level helpers for UTF-8 text. Hot paths classify bytes and decode single scalars on demand instead of
/// walking `Character`s.
enum Bytes {
  static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// Decodes the scalar starting at `index`; returns it and its length in bytes. Invalid bytes read as U+FFFD.
  /// Inlined: the text scans call it for every scalar of every line.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    let length: Int
    var value: UInt32
    if lead & 0xE0 == 0xC0 { length = 2; value = UInt32(lead & 0x1F) }
    else if lead & 0xF0 == 0xE0 { length = 3; value = UInt32(lead & 0x0F) }
    else if lead & 0xF8 == 0xF0 { length = 4; value = UInt32(lead & 0x07) }
    else { return (0xFFFD, 1) }
    guard index + length <= bytes.count else { return (0xFFFD, 1) }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      guard byte & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (value, length)
  }

  /// The start of the scalar that ends just before `index`.
  static func previousScalarStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int, floor: Int) -> Int {
    var start = index - 1
    while start > floor && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  static func isLetter(_ scalar: UInt32) -> Bool {
    isCyrillicLetter(scalar) || (scalar < 0x80 && isASCIILetter(UInt8(scalar)))
      || (scalar >= 0xC0 && scalar <= 0x24F && scalar != 0xD7 && scalar != 0xF7)
  }

  static func isCyrillicLetter(_ scalar: UInt32) -> Bool { scalar >= 0x400 && scalar <= 0x52F }

  static func isLowercaseLetter(_ scalar: UInt32) -> Bool {
    (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x430 && scalar <= 0x45F)
      || (scalar >= 0x460 && scalar <= 0x52F && scalar & 1 == 1) || (scalar >= 0xDF && scalar <= 0xFF)
  }

  static func isUppercaseLetter(_ scalar: UInt32) -> Bool {
    (scalar >= 0x41 && scalar <= 0x5A) || (scalar >= 0x400 && scalar <= 0x42F)
      || (scalar >= 0x460 && scalar <= 0x52F && scalar & 1 == 0) || (scalar >= 0xC0 && scalar <= 0xDE)
  }

  static func isAlphanumeric(_ scalar: UInt32) -> Bool {
    isLetter(scalar) || (scalar >= 0x30 && scalar <= 0x39)
  }

  /// Characters kept out of words: NBSP, soft hyphen, zero-width space/joiners, word joiner, a stray BOM.
  /// Returns the byte length of such a character at `index`, or 0.
  static func invisibleLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Int, isSpace: Bool) {
    let byte = bytes[index]
    if byte == 0xC2 && index + 1 < end {
      let next = bytes[index + 1]
      if next == 0xA0 { return (2, true) }
      if next == 0xAD { return (2, false) }
    } else if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 {
      let last = bytes[index + 2]
      if last >= 0x8B && last <= 0x8D { return (3, false) }
      if last == 0xAF { return (3, true) }
    } else if byte == 0xE2 && index + 2 < end && bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0 {
      return (3, false)
    } else if byte == 0xEF && index + 2 < end && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
      return (3, false)
    }
    return (0, false)
  }
}
