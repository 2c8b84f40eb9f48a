import TreatyText

/// Words that name kinds of acts, in every case form the corpus uses, and what they mean.
enum ActKindWords {
  /// Prefixes of the word (lowercased) and the kind; the longest prefix that matches wins.
  static let prefixes: [(String, ActKind)] = [
    ("соглашени", .agreement), ("протокол", .protocol), ("постановлени", .resolution), ("приказ", .order),
    ("правил", .rules), ("положени", .regulation), ("закон", .law), ("кодекс", .code), ("конституци", .constitution),
    ("указ", .decree), ("распоряжени", .disposition), ("конвенци", .convention), ("договор", .treaty),
    ("программ", .program), ("отчет", .report), ("отчёт", .report), ("решени", .resolution),
  ]

  /// First letters of the prefixes, to turn most words away before lowercasing them.
  private static let initials: Set<Character> = Set(prefixes.flatMap { [$0.0.first, $0.0.uppercased().first] }.compactMap { $0 })

  /// The same first letters as scalars, lowercase, for the plain-scalar path.
  private static let initialScalars: Set<Unicode.Scalar> = Set(prefixes.compactMap { $0.0.unicodeScalars.first })

  /// Called for every word of running text, so most words are turned away on their first scalar; see `PlainScalars`.
  static func kind(of word: some StringProtocol) -> ActKind? {
    if let first = PlainScalars.firstScalar(word) {
      guard initialScalars.contains(PlainScalars.lowercased(first)) else { return nil }
      return prefixes.first { PlainScalars.hasLowercasedPrefix(word, $0.0) }?.1
    }
    guard let first = word.first, initials.contains(first) else { return nil }
    let lower = word.lowercased()
    return prefixes.first { lower.hasPrefix($0.0) }?.1
  }
}
