/// Puts the names of organisations, posts and parties into the nominative case («Правительством Кыргызской
/// Республики» → «Правительство Кыргызской Республики», «Заместителю Премьер-Министра – Министру иностранных дел»
/// → «Заместитель Премьер-Министра – Министр иностранных дел»).
///
/// Such a name is a head noun with its adjectives in front and genitive complements behind. Only the adjectives
/// and the head change case; the complements stay as written. Head nouns come from a lexicon of the nouns that
/// head organisation and post names, declined by their declension class; adjectives change by their endings.
/// Parts joined by a dash are appositions and are put into the nominative one by one.
public enum NounPhrase {
  public static func nominative(_ phrase: String) -> String {
    let isPlain = PlainScalars.isPlain(phrase)
    // A plain phrase (see `PlainScalars`) is cut only where a byte search finds the dash: nearly no name has one.
    for separator in [" – ", " - "] where !isPlain || FastSearch.contains(phrase, separator) {
      let parts = PlainScalars.components(phrase, separatedBy: separator)
      if parts.count > 1 { return parts.map(nominative).joined(separator: separator) }
    }
    // A plain phrase is cut on its bytes: cutting a long list of bodies `Character` by `Character` cost half of
    // putting it into the nominative.
    var words = isPlain
      ? PlainScalars.components(phrase, separatedBy: " ")
      : phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let headIndex = words.firstIndex(where: { Lexicon.lemma(of: $0) != nil }) else { return phrase }
    // Only adjectives may stand before the head; anything else means the phrase is not a name we know.
    guard words[..<headIndex].allSatisfy({ Adjective.isAdjective($0) }), let head = Lexicon.lemma(of: words[headIndex])
    else { return phrase }
    words[headIndex] = matchCase(head.form, like: words[headIndex])
    for index in 0..<headIndex {
      words[index] = matchCase(Adjective.nominative(words[index], gender: head.gender, plural: head.plural), like: words[index])
    }
    return words.joined(separator: " ")
  }

  /// Whether a word has an adjective's ending and is not a known head noun («Казахстанской», «Государственная»).
  public static func isAdjective(_ word: String) -> Bool { Adjective.isAdjective(word) }

  /// An adjective in the nominative singular, masculine or feminine, keeping its capital.
  public static func nominativeAdjective(_ word: String, feminine: Bool) -> String {
    matchCase(Adjective.nominative(word, gender: feminine ? .feminine : .masculine, plural: false), like: word)
  }

  /// Keeps the capitals of the word as written, part by part for hyphenated words («Премьер-Министра» →
  /// «Премьер-Министр», «службой» → «служба»).
  static func matchCase(_ form: String, like original: String) -> String {
    guard PlainScalars.isPlain(form), PlainScalars.isPlain(original) else {
      return generalMatchCase(form, like: original)
    }
    return plainMatchCase(form, like: original)
  }

  /// `matchCase` for plain words (see `PlainScalars`), read by scalars, which are their `Character`s: one pass
  /// over `original` notes which of its hyphen-separated parts start with a capital, one over `form` copies it
  /// with those parts' first letters uppercased. Cutting both into parts cost more than the rest of the phrase.
  static func plainMatchCase(_ form: String, like original: String) -> String {
    var capitals: [Bool] = []
    var atPartStart = true
    for scalar in original.unicodeScalars {
      if atPartStart { capitals.append(scalar != "-" && PlainCase.isUppercase(scalar)) }
      atPartStart = scalar == "-"
    }
    // Written as UTF-8 bytes and made a string once: appending to a string's scalars cost hundreds of
    // instructions a scalar. Most scalars are copied as they are; only a capital part's first letter is encoded.
    var result: [UInt8] = []
    result.reserveCapacity(form.utf8.count)
    var part = 0
    atPartStart = true
    for scalar in form.unicodeScalars {
      if scalar == "-" {
        result.append(UInt8(ascii: "-"))
        part += 1
        atPartStart = true
        continue
      }
      if atPartStart && part < capitals.count && capitals[part] {
        for upper in PlainCase.uppercased(scalar) { UTF8.encode(upper) { result.append($0) } }
      } else {
        UTF8.encode(scalar) { result.append($0) }
      }
      atPartStart = false
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// `matchCase` for any words, by `Character`s.
  static func generalMatchCase(_ form: String, like original: String) -> String {
    let formParts = form.split(separator: "-", omittingEmptySubsequences: false)
    let originalParts = original.split(separator: "-", omittingEmptySubsequences: false)
    return formParts.enumerated().map { index, part in
      let capital = index < originalParts.count && (originalParts[index].first?.isUppercase ?? false)
      return capital ? part.prefix(1).uppercased() + part.dropFirst() : String(part)
    }.joined(separator: "-")
  }
}

/// Adjectives by their endings.
enum Adjective {
  enum Gender { case masculine, feminine, neuter }

  /// Endings of adjectives in any case, longest first; the soft ones start with е, и, я or ю.
  static let endings = [
    "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ым", "им", "ом", "ем", "ую", "юю", "ая", "яя", "ое",
    "ее", "ые", "ие", "ых", "их", "ый", "ий",
  ]

  static func isAdjective(_ word: String) -> Bool {
    // A plain word's scalars are its `Character`s, and lowercasing each gives one `Character`, so its scalars are
    // counted instead; `hasLowercasedSuffix` compares scalars where `String.hasSuffix` compared `Character`s by
    // canonical equivalence, twenty-four times a word.
    let isPlain = PlainScalars.isPlain(word)
    let isLong = isPlain ? word.unicodeScalars.count > 3 : word.lowercased().count > 3
    return isLong && ending(of: word, isPlain: isPlain) != nil && Lexicon.lemma(of: word) == nil
  }

  /// The first of `endings` that the word, lowercased, ends with: `endings.first { PlainScalars
  /// .hasLowercasedSuffix(word, $0) }`. A plain word's last three scalars are lowercased once and compared with
  /// each ending, instead of the word being tested for plainness and read backwards once an ending.
  static func ending(of word: String, isPlain: Bool) -> String? {
    guard isPlain else { return endings.first { PlainScalars.hasLowercasedSuffix(word, $0) } }
    var scalars = word.unicodeScalars.reversed().makeIterator()
    let last = (scalars.next(), scalars.next(), scalars.next())
    let lowercased = (last.0.map(PlainScalars.lowercased), last.1.map(PlainScalars.lowercased),
      last.2.map(PlainScalars.lowercased))
    for (ending, reversed) in zip(endings, reversedEndings) {
      // Every ending is two or three scalars long.
      guard lowercased.0 == reversed[0], lowercased.1 == reversed[1] else { continue }
      if reversed.count == 2 || lowercased.2 == reversed[2] { return ending }
    }
    return nil
  }

  /// Each of `endings` as its scalars, last first.
  private static let reversedEndings: [[Unicode.Scalar]] = endings.map { Array($0.unicodeScalars.reversed()) }

  /// Letters after which an adjective takes the soft endings (`stem.last` one of «гкхжшчщ»).
  private static let velarsAndSibilants: Set<Unicode.Scalar> = ["г", "к", "х", "ж", "ш", "ч", "щ"]

  static func nominative(_ word: String, gender: Gender, plural: Bool) -> String {
    let isPlain = PlainScalars.isPlain(word)
    guard let ending = ending(of: word, isPlain: isPlain) else { return word }
    // `BasicFold.lowercased` is `lowercased()`, on bytes for a basic word.
    let lower = isPlain ? BasicFold.lowercased(word) : word.lowercased()
    let stem = String(lower.dropLast(ending.count))
    // A `Character` is one of «гкхжшчщ» when it is that single scalar (none of them composes).
    let velarOrSibilant = stem.last.map { last in
      last.unicodeScalars.count == 1 && last.unicodeScalars.first.map(velarsAndSibilants.contains) == true
    } ?? false
    let soft = !velarOrSibilant && ["е", "и", "я", "ю"].contains(ending.unicodeScalars.first)
      && !["ой", "ом", "ым"].contains(ending)
    if plural { return stem + (soft || velarOrSibilant ? "ие" : "ые") }
    switch gender {
    case .feminine: return stem + (soft ? "яя" : "ая")
    case .neuter: return stem + (soft || (velarOrSibilant && "жшчщ".contains(stem.last ?? " ")) ? "ее" : "ое")
    case .masculine: return stem + (soft || velarOrSibilant ? "ий" : "ый")
    }
  }
}

/// Head nouns of organisation and post names, with every case form of each.
enum Lexicon {
  struct Entry {
    var form: String
    var gender: Adjective.Gender
    var plural: Bool
  }

  /// Lemma → declension class.
  private static let lemmas: [(String, Declension)] = [
    ("правительство", .neuterO), ("министерство", .neuterO), ("агентство", .neuterO), ("ведомство", .neuterO),
    ("государство", .neuterO), ("представительство", .neuterO), ("посольство", .neuterO),
    ("консульство", .neuterO), ("управление", .neuterIe), ("учреждение", .neuterIe), ("подразделение", .neuterIe),
    ("штаб", .masculineHard), ("комитет", .masculineHard), ("департамент", .masculineHard), ("центр", .masculineHard),
    ("совет", .masculineHard), ("кабинет", .masculineHard), ("министр", .masculineHard),
    ("премьер-министр", .masculineHard), ("президент", .masculineHard), ("парламент", .masculineHard),
    ("секретариат", .masculineHard), ("аппарат", .masculineHard), ("суд", .masculineHard), ("банк", .masculineHard),
    ("заместитель", .masculineSoft), ("председатель", .masculineSoft), ("руководитель", .masculineSoft),
    ("представитель", .masculineSoft), ("служба", .feminineA), ("сторона", .feminineA), ("прокуратура", .feminineA),
    ("палата", .feminineA), ("полиция", .feminineIa), ("федерация", .feminineIa), ("комиссия", .feminineIa),
    ("инспекция", .feminineIa), ("организация", .feminineIa), ("администрация", .feminineIa),
    ("республика", .feminineKa),
  ]

  enum Declension {
    case neuterO, neuterIe, masculineHard, masculineSoft, feminineA, feminineIa, feminineKa

    /// Singular endings of the oblique cases, replacing the lemma's ending.
    var singular: (drop: Int, endings: [String]) {
      switch self {
      case .neuterO: return (1, ["о", "а", "у", "ом", "е"])
      case .neuterIe: return (2, ["ие", "ия", "ию", "ием", "ии"])
      case .masculineHard: return (0, ["", "а", "у", "ом", "е"])
      case .masculineSoft: return (1, ["ь", "я", "ю", "ем", "е"])
      case .feminineA: return (1, ["а", "ы", "е", "у", "ой", "ою"])
      case .feminineIa: return (2, ["ия", "ии", "ию", "ией"])
      case .feminineKa: return (1, ["а", "и", "е", "у", "ой"])
      }
    }

    var plural: (nominative: String, endings: [String])? {
      switch self {
      case .feminineA: return ("ы", ["ы", "", "ам", "ами", "ах"])
      case .masculineHard: return ("ы", ["ы", "ов", "ам", "ами", "ах"])
      case .neuterO: return ("а", ["а", "", "ам", "ами", "ах"])
      default: return nil
      }
    }

    var gender: Adjective.Gender {
      switch self {
      case .neuterO, .neuterIe: return .neuter
      case .masculineHard, .masculineSoft: return .masculine
      case .feminineA, .feminineIa, .feminineKa: return .feminine
      }
    }
  }

  /// Every form of every lemma, looked up by bytes (`PlainKeyTable`); the first lemma to give a form keeps it.
  private static let forms: PlainKeyTable<Entry> = {
    var table: [(String, Entry)] = []
    for (lemma, declension) in lemmas {
      let (drop, endings) = declension.singular
      let stem = String(lemma.dropLast(drop))
      for ending in endings { table.append((stem + ending, Entry(form: lemma, gender: declension.gender, plural: false))) }
      if let plural = declension.plural {
        let stemPlural = String(lemma.dropLast(drop == 0 ? 0 : 1))
        for ending in plural.endings where !ending.isEmpty {
          table.append((stemPlural + ending,
            Entry(form: stemPlural + plural.nominative, gender: declension.gender, plural: true)))
        }
      }
    }
    return PlainKeyTable(table)
  }()

  static func lemma(of word: String) -> Entry? {
    // For ASCII and basic Cyrillic the fold is exactly this, on bytes, without Foundation's search for «ё».
    forms[BasicFold.isBasic(word) ? RussianText.fold(word) : word.lowercased().replacingOccurrences(of: "ё", with: "е")]
  }
}
