/// One word that can be part of a Russian numeral, with what it contributes.
struct RussianNumeralWord: Sendable, Equatable {
  /// Where a word sits in a numeral below a thousand; a numeral lists them from the highest place down.
  enum Place: Sendable, Equatable {
    case zero, unit, teen, ten, hundred, thousand
  }

  let value: Int
  let place: Place
  /// Ordinals («двадцатого», «третьей») can only end a numeral.
  let isOrdinal: Bool
}

/// Every inflected form of the numeral words up to «тысяча», cardinal and ordinal, keyed by its folded spelling.
///
/// Legal texts spell numbers in words in every case («в течение тридцати дней», «не позднее сорока пяти дней»,
/// «две тысячи двадцатого года»), so each form is listed rather than guessed from an ending: numerals decline
/// irregularly («восемь» / «восьми» / «восемью»), and a guessed ending would accept ordinary words.
enum RussianNumeralLexicon {
  static func word(_ folded: String) -> RussianNumeralWord? {
    forms[folded]
  }

  /// The first letters of all forms, so that most words can be turned away before they are folded and looked up.
  static let initials: Set<Unicode.Scalar> = Set(forms.keys.compactMap { $0.unicodeScalars.first })

  /// The first two letters of all forms (every form has at least two), as `pair` gives them.
  static let initialPairs: Set<UInt64> = Set(forms.keys.map { form in
    var scalars = form.unicodeScalars.makeIterator()
    let (first, second) = (scalars.next(), scalars.next())
    precondition(second != nil, "a numeral form of one letter would slip through initialPairs")
    return pair(first ?? " ", second ?? " ")
  })

  static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }

  /// Every form and what it contributes, looked up by bytes (`PlainKeyTable`).
  private static let forms: PlainKeyTable<RussianNumeralWord> = {
    var forms: [(String, RussianNumeralWord)] = []
    func add(_ value: Int, _ place: RussianNumeralWord.Place, ordinal: Bool = false, _ spellings: [String]) {
      for spelling in spellings { forms.append((spelling, RussianNumeralWord(value: value, place: place, isOrdinal: ordinal))) }
    }
    for (value, place, spellings) in cardinals { add(value, place, spellings) }
    for (value, place, stem) in ordinalStems { add(value, place, ordinal: true, hardEndings.map { stem + $0 }) }
    add(3, .unit, ordinal: true, thirdForms)
    return PlainKeyTable(forms)
  }()

  /// Cardinal numerals in all their cases.
  private static let cardinals: [(Int, RussianNumeralWord.Place, [String])] = [
    (0, .zero, ["ноль", "нуль", "ноля", "нуля", "нолю", "нулю", "нолем", "нулем"]),
    (1, .unit, ["один", "одна", "одно", "одни", "одного", "одной", "одному", "одним", "одном", "одну", "одною",
                "одних", "одними"]),
    (2, .unit, ["два", "две", "двух", "двум", "двумя"]),
    (3, .unit, ["три", "трех", "трем", "тремя"]),
    (4, .unit, ["четыре", "четырех", "четырем", "четырьмя"]),
    (5, .unit, softNumeral("пят")),
    (6, .unit, softNumeral("шест")),
    (7, .unit, softNumeral("сем")),
    (8, .unit, ["восемь", "восьми", "восьмью", "восемью"]),
    (9, .unit, softNumeral("девят")),
    (10, .teen, softNumeral("десят")),
    (11, .teen, softNumeral("одиннадцат")),
    (12, .teen, softNumeral("двенадцат")),
    (13, .teen, softNumeral("тринадцат")),
    (14, .teen, softNumeral("четырнадцат")),
    (15, .teen, softNumeral("пятнадцат")),
    (16, .teen, softNumeral("шестнадцат")),
    (17, .teen, softNumeral("семнадцат")),
    (18, .teen, softNumeral("восемнадцат")),
    (19, .teen, softNumeral("девятнадцат")),
    (20, .ten, softNumeral("двадцат")),
    (30, .ten, softNumeral("тридцат")),
    (40, .ten, ["сорок", "сорока"]),
    (50, .ten, ["пятьдесят", "пятидесяти", "пятьюдесятью"]),
    (60, .ten, ["шестьдесят", "шестидесяти", "шестьюдесятью"]),
    (70, .ten, ["семьдесят", "семидесяти", "семьюдесятью"]),
    (80, .ten, ["восемьдесят", "восьмидесяти", "восемьюдесятью", "восьмьюдесятью"]),
    (90, .ten, ["девяносто", "девяноста"]),
    (100, .hundred, ["сто", "ста"]),
    (200, .hundred, ["двести", "двухсот", "двумстам", "двумястами", "двухстах"]),
    (300, .hundred, ["триста", "трехсот", "тремстам", "тремястами", "трехстах"]),
    (400, .hundred, ["четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах"]),
    (500, .hundred, ["пятьсот"] + hundreds("пяти", instrumental: "пятьюстами")),
    (600, .hundred, ["шестьсот"] + hundreds("шести", instrumental: "шестьюстами")),
    (700, .hundred, ["семьсот"] + hundreds("семи", instrumental: "семьюстами")),
    (800, .hundred, ["восемьсот", "восемьюстами"] + hundreds("восьми", instrumental: "восьмьюстами")),
    (900, .hundred, ["девятьсот"] + hundreds("девяти", instrumental: "девятьюстами")),
    (1000, .thousand, ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысячею", "тысяч", "тысячам",
                       "тысячами", "тысячах"]),
  ]

  /// Ordinal numerals that decline like hard adjectives («пятый», «пятого», «пятой» …), by stem.
  private static let ordinalStems: [(Int, RussianNumeralWord.Place, String)] = [
    (1, .unit, "перв"), (2, .unit, "втор"), (4, .unit, "четверт"), (5, .unit, "пят"), (6, .unit, "шест"),
    (7, .unit, "седьм"), (8, .unit, "восьм"), (9, .unit, "девят"),
    (10, .teen, "десят"), (11, .teen, "одиннадцат"), (12, .teen, "двенадцат"), (13, .teen, "тринадцат"),
    (14, .teen, "четырнадцат"), (15, .teen, "пятнадцат"), (16, .teen, "шестнадцат"), (17, .teen, "семнадцат"),
    (18, .teen, "восемнадцат"), (19, .teen, "девятнадцат"),
    (20, .ten, "двадцат"), (30, .ten, "тридцат"), (40, .ten, "сороков"), (50, .ten, "пятидесят"),
    (60, .ten, "шестидесят"), (70, .ten, "семидесят"), (80, .ten, "восьмидесят"), (90, .ten, "девяност"),
    (100, .hundred, "сот"), (200, .hundred, "двухсот"), (300, .hundred, "трехсот"), (400, .hundred, "четырехсот"),
    (500, .hundred, "пятисот"), (600, .hundred, "шестисот"), (700, .hundred, "семисот"),
    (800, .hundred, "восьмисот"), (900, .hundred, "девятисот"),
    (1000, .thousand, "тысячн"),
  ]

  /// Hard adjective endings of every gender, number and case.
  private static let hardEndings = [
    "ый", "ой", "ая", "ое", "ые", "ого", "ому", "ую", "ым", "ом", "ых", "ыми", "ою",
  ]

  /// «третий» is the one ordinal with soft, ь-bearing endings.
  private static let thirdForms = [
    "третий", "третья", "третье", "третьи", "третьего", "третьей", "третьему", "третью", "третьим", "третьем",
    "третьих", "третьими", "третьею",
  ]

  /// Numerals from five to thirty decline like «пять»: nominative in ь, oblique cases in и, instrumental in ью.
  private static func softNumeral(_ stem: String) -> [String] {
    [stem + "ь", stem + "и", stem + "ью"]
  }

  /// The oblique cases of 500–900 built on the genitive of the unit: «пятисот», «пятистам», «пятистах».
  private static func hundreds(_ genitive: String, instrumental: String) -> [String] {
    [genitive + "сот", genitive + "стам", genitive + "стах", instrumental]
  }
}
