/// A cheap, exact-when-it-says-no test that no word of a text starts, lowercased, with one of a few Cyrillic
/// prefixes («дн», «месяц», «год»): callers that look for such words word by word turn most texts away with it.
///
/// Whatever a caller counts as a word, its first letter follows the text's start or a scalar that is not a letter
/// (a space, punctuation, a line break), so the test looks at every letter that follows no Cyrillic letter. It reads
/// UTF-8 bytes and lowercases the basic Cyrillic block the way `PlainScalars.lowercased` does; a text that is not
/// plain (see `PlainScalars`) is never ruled out.
public struct LowercaseWordStarts: Sendable {
  /// Each prefix as its letters, one `UInt16` a letter: the lead byte above the trail byte.
  private let prefixes: [[UInt16]]
  /// For each first letter а…я (by `alphabetIndex`), the second letters of the prefixes that start with it, bit
  /// `n` for the `n`-th letter: nearly every word start is turned away by its first two letters, without comparing
  /// any prefix.
  private let secondLetters: [UInt32]

  /// `prefixes` must be two or more lowercase letters of the basic Cyrillic block (а…я); any other prefix is
  /// refused.
  public init(_ prefixes: [String]) {
    self.prefixes = prefixes.map { prefix in
      let bytes = Array(prefix.utf8)
      precondition(
        bytes.count >= 4 && prefix.unicodeScalars.allSatisfy { (0x0430...0x044F).contains($0.value) },
        "a word-start prefix must be two or more lowercase basic Cyrillic letters")
      return stride(from: 0, to: bytes.count, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }
    var secondLetters = [UInt32](repeating: 0, count: 32)
    for prefix in self.prefixes {
      if let first = Self.alphabetIndex(prefix[0]), let second = Self.alphabetIndex(prefix[1]) {
        secondLetters[first] |= 1 << UInt32(second)
      }
    }
    self.secondLetters = secondLetters
  }

  /// False only when `text` is plain and no letter following its start or a scalar other than a Cyrillic letter
  /// begins, lowercased, one of the prefixes; true otherwise.
  public func mayStartAWord(in text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in startsAWord(bytes) || !PlainScalars.isPlain(bytes) }
  }

  /// `mayStartAWord(in: text)` for a caller that already knows whether `text` is plain (`isPlain` must be
  /// `PlainScalars.isPlain(text)`): a plain text that starts no such word is then not read a second time.
  public func mayStartAWord(in text: String, isPlain: Bool) -> Bool {
    !isPlain || UTF8Scalars.withBytes(text, startsAWord)
  }

  /// Whether a prefix starts at some two-byte letter of `bytes` that follows no Cyrillic letter. Read as plain
  /// text; `mayStartAWord` makes sure it is before trusting a no.
  private func startsAWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var followsCyrillic = false
    while index < bytes.count {
      let lead = bytes[index]
      guard lead == 0xD0 || lead == 0xD1 else {
        followsCyrillic = false
        index += Self.length(ofScalarLedBy: lead)
        continue
      }
      if !followsCyrillic && mayStartAPrefix(bytes, at: index)
        && prefixes.contains(where: { Self.hasLowercased($0, in: bytes, at: index) }) {
        return true
      }
      followsCyrillic = true
      index += 2
    }
    return false
  }

  /// Whether the two letters at `index` lowercase to the first two letters of some prefix.
  private func mayStartAPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index + 3 < bytes.count,
      let first = Self.alphabetIndex(Self.lowercasedLetter(bytes[index], bytes[index + 1])),
      let second = Self.alphabetIndex(Self.lowercasedLetter(bytes[index + 2], bytes[index + 3]))
    else { return false }
    return secondLetters[first] & 1 << UInt32(second) != 0
  }

  /// The place of a lowercase letter а…я (D0 B0 … D1 8F) in the alphabet, 0…31; nil for any other letter.
  private static func alphabetIndex(_ letter: UInt16) -> Int? {
    switch letter {
    case 0xD0B0...0xD0BF: return Int(letter - 0xD0B0)
    case 0xD180...0xD18F: return Int(letter - 0xD180) + 16
    default: return nil
    }
  }

  /// The UTF-8 length of a plain scalar from its lead byte.
  private static func length(ofScalarLedBy lead: UInt8) -> Int {
    switch lead {
    case 0x00..<0x80: return 1
    case 0xE0...0xEF: return 3
    default: return 2
    }
  }

  /// Whether the letters of plain `bytes` from `start` lowercase to `prefix`.
  private static func hasLowercased(_ prefix: [UInt16], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var index = start
    for letter in prefix {
      guard index + 1 < bytes.count, lowercasedLetter(bytes[index], bytes[index + 1]) == letter else { return false }
      index += 2
    }
    return true
  }

  /// A two-byte scalar as lead and trail byte, lowercased if it is a capital of the basic Cyrillic block.
  private static func lowercasedLetter(_ lead: UInt8, _ trail: UInt8) -> UInt16 {
    switch (lead, trail) {
    case (0xD0, 0x80...0x8F): return 0xD100 | UInt16(trail + 0x10)  // Ѐ…Џ → ѐ…џ
    case (0xD0, 0x90...0x9F): return 0xD000 | UInt16(trail + 0x20)  // А…П → а…п
    case (0xD0, 0xA0...0xAF): return 0xD100 | UInt16(trail - 0x20)  // Р…Я → р…я
    default: return UInt16(lead) << 8 | UInt16(trail)
    }
  }
}
