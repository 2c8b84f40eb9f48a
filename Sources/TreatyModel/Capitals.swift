import TreatyText

/// Whether a word starts with a capital, the test that tells names («Казахстанская Сторона», «Уголовного
/// кодекса») from ordinary words, asked of thousands of words a document.
enum Capitals {
  /// `word.first?.isUppercase == true`, read from the first scalar when it is an ASCII or basic Cyrillic letter
  /// standing alone: `Character.isUppercase` looks the scalar up in Unicode's tables.
  static func startsUppercase(_ word: Substring) -> Bool {
    guard let first = PlainScalars.firstScalar(word) else { return word.first?.isUppercase == true }
    switch first.value {
    case 0x41...0x5A, 0x0400...0x042F: return true
    case 0x00...0x7F, 0x0430...0x045F: return false
    default: return Character(first).isUppercase
    }
  }
}
