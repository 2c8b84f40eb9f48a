import TreatyText

/// Word counts by Treaty's own word rules, so that weights and shingles agree on what a word is.
enum RussianTextCount {
  static func words(_ text: String) -> Int { RussianText.words(text).count }

  /// Case- and ё-folded words, the unit of shingles.
  static func foldedWords(_ text: String) -> [String] { RussianText.words(RussianText.fold(text)).map(String.init) }
}
