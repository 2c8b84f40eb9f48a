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

  static func kind(of word: some StringProtocol) -> ActKind? {
    guard let first = word.first, initials.contains(first) else { return nil }
    let lower = word.lowercased()
    return prefixes.first { lower.hasPrefix($0.0) }?.1
  }
}
