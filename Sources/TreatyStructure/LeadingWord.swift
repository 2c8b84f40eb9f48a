import TreatyText

/// Whether a line opens with a word of five or more characters and no lower-case letter («СОГЛАШЕНИЕ», «ПРОТОКОЛ»):
/// the rest of a title in capitals that wraps.
///
/// The word is `line.split(separator: " ").first`. Splitting a whole line into `Character`s (a preamble runs to
/// thousands of them) only to read its first word was a seventh of parsing; its bytes are read instead. Where a
/// scalar could join its neighbour into one `Character` (a combining mark, CR before LF) characters and scalars
/// count differently, and the `Character` split decides.
enum LeadingWord {
  static func isCapitalised(_ line: String) -> Bool {
    UTF8Scalars.withBytes(line) { bytes in
      var index = 0
      while index < bytes.count && bytes[index] == 0x20 { index += 1 }
      var count = 0
      var lowercase = false
      while index < bytes.count {
        let (scalar, length) = Bytes.scalar(bytes, at: index)
        guard standsAlone(scalar) else { return splitByCharacters(line) }
        if scalar == 0x20 { break }
        count += 1
        lowercase = lowercase || Bytes.isLowercaseLetter(scalar)
        index += length
      }
      // The scalar after the word's space decides too: a combining mark there would join the space.
      if index + 1 < bytes.count, !standsAlone(Bytes.scalar(bytes, at: index + 1).value) { return splitByCharacters(line) }
      return count >= 5 && !lowercase
    }
  }

  /// A scalar that is a `Character` of its own next to any other such scalar: ASCII but CR, and Cyrillic but its
  /// combining marks (U+0483–U+0489).
  private static func standsAlone(_ value: UInt32) -> Bool {
    (value < 0x80 && value != 0x0D) || (value >= 0x400 && value <= 0x4FF && !(0x483...0x489).contains(value))
  }

  /// The general case, by `Character`s.
  static func splitByCharacters(_ line: String) -> Bool {
    guard let first = line.split(separator: " ").first else { return false }
    return first.count >= 5 && first.unicodeScalars.allSatisfy { !Bytes.isLowercaseLetter($0.value) }
  }
}
