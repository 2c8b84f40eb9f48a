import TreatyStructure
import TreatyText

/// Acts the document cites: laws, codes, resolutions, orders, decrees and treaties, with kind, number, date and
/// title where given («постановления Правительства РК от 13.04.2024 № 281», «статьи 394 … Уголовного кодекса
/// Республики Казахстан», «законы "Об оперативно-розыскной деятельности", …»), and every row of a table of acts.
/// References to the document itself («настоящего Соглашения») are cross-references, not cited acts.
enum CitedActExtractor {
  static func extract(_ context: ModelContext) -> [CitedAct] {
    var acts: [CitedAct] = []
    // By index, reading each unit's fields in place: copying every unit (and its node) cost more than most tests.
    for index in context.units.indices where !context.units[index].text.isEmpty {
      let kind = context.units[index].node.kind
      if kind == .row {
        acts.append(row(context.units[index], context: context))
        continue
      }
      if kind == .title || kind == .heading || kind == .table { continue }
      acts += mentions(in: context.units[index].text, source: context.units[index].node.id)
    }
    return acts
  }

  /// A table row: the act's name is the title, the requisites cell gives date and number.
  private static func row(_ unit: ModelContext.Unit, context: ModelContext) -> CitedAct {
    let name = context.title(unit.node) ?? ""
    let cell = unit.text
    let firstWord = name.split(separator: " ").first.map(String.init) ?? ""
    var kind = ActKindWords.kind(of: firstWord) ?? .unknown
    if kind == .unknown && (name.hasPrefix("О ") || name.hasPrefix("Об ")) { kind = .disposition }
    return CitedAct(
      kind: kind, text: name + " " + cell, title: quoted(in: name) ?? name,
      number: ActFactsExtractor.number(in: cell), date: RussianDates.parse(cell)?.iso, source: unit.node.id)
  }

  /// Mentions of acts in running text.
  static func mentions(in text: String, source: String) -> [CitedAct] {
    // Most units name no act but the document itself: a plain text is turned away on its bytes.
    let plain = plainStarts(text)
    if let plain, plain.isEmpty { return [] }
    let words = MentionWords(text, plain: plain != nil)
    let starts = plain ?? (0..<words.count).compactMap { index -> (Int, ActKind)? in
      let word = PlainScalars.trimming(words[index], marks)
      guard let kind = ActKindWords.kind(of: word),
        !(index > 0 && PlainScalars.hasLowercasedPrefix(words[index - 1], thisDocument)),
        !(index + 1 < words.count && PlainScalars.hasLowercasedPrefix(words[index + 1], thisDocument)),
        isCitable(word, kind: kind)
      else { return nil }
      return (index, kind)
    }
    var acts: [CitedAct] = []
    var index = 0
    for (wordIndex, kind) in starts where wordIndex >= index {
      index = wordIndex
      let word = PlainScalars.trimming(words[index], marks)
      var end = index + 1
      // The mention runs to the end of its clause: up to a semicolon or a full stop or the next act's kind word, at
      // most 60 words. An act named inside a title («Протокол о внесении дополнений в Соглашение …», «"Об
      // утверждении Правил …"») belongs to the mention, which then runs to the closing quote (at most 200 words).
      var quotes = QuoteBalance()
      words.addQuotes(of: index, to: &quotes)
      while end < words.count && (end - index < 60 || (quotes.isOpen && end - index < 200))
        && (quotes.isOpen || (!words.endsClause(end - 1) && (words.isIn(end - 1) || !words.namesKind(end))))
      {
        words.addQuotes(of: end, to: &quotes)
        end += 1
      }
      // «Уголовного кодекса»: a capitalised adjective in front is part of the name.
      let start = index > 0 && Capitals.startsUppercase(words[index - 1]) && NounPhrase.isAdjective(String(words[index - 1]))
        ? index - 1 : index
      let phrase = words.phrase(start..<end)
      if PlainScalars.contains(phrase, "настоящ") && PlainScalars.split(phrase, separator: " ").count <= 3 {
        index = end
        continue
      }
      let date = RussianDates.parse(phrase)?.iso
      let number = ActFactsExtractor.number(in: phrase)
      let titles = allQuoted(in: phrase)
      let title = titles.first ?? properName(phrase, kind: kind) ?? namedTitle(phrase)
      // A bare word («закон», «Правила») with nothing that identifies an act is not a citation.
      let qualified = date != nil || number != nil || title != nil
      if qualified {
        let text = String(PlainScalars.trimmingScalars(Substring(phrase), " ,;.)"))
        let articles = articleNumbers(before: start, in: words)
        // «законы "Об оперативно-розыскной деятельности", "Об органах внутренних дел …"»: one act per title.
        let plural = ["ы", "ов", "ами"].contains { PlainScalars.hasLowercasedSuffix(word, $0) }
        for each in plural && titles.count > 1 ? titles.map(Optional.some) : [title] {
          var act = CitedAct(kind: kind, text: text, title: each, number: number, date: date, source: source)
          act.articles = articles
          acts.append(act)
        }
      }
      index = end
    }
    return acts
  }

  /// The marks trimmed from a word before it is read as an act's kind (`MentionWords.markLength` on bytes).
  private static let marks = "(«\"“,;."

  /// «настоящ…»: a word next to it names the document itself («настоящего Соглашения», «Положения настоящей
  /// статьи»), not a cited act.
  private static let thisDocument = "настоящ"

  /// The words where a mention starts, with the act's kind, for a plain text (see `PlainScalars`); nil for any
  /// other. Each word's kind is read from its bytes (`ActKindWords.kind(plain:)`), which turns nearly all of them
  /// away before any string is made.
  private static func plainStarts(_ text: String) -> [(Int, ActKind)]? {
    text.utf8.withContiguousStorageIfAvailable { bytes -> [(Int, ActKind)]? in
      var starts: [(Int, ActKind)] = []
      var words = PlainWords(bytes, separator: 0x20)
      var previous: Range<Int>?
      var current = words.next()
      var index = 0
      while let word = current {
        let next = words.next()
        defer {
          previous = word
          current = next
          index += 1
        }
        // Leading marks only: trailing ones stand after any prefix, so neither the kind nor `isCitable`, which read
        // the word's start, sees them.
        var from = word.lowerBound
        while from < word.upperBound, let length = MentionWords.markLength(bytes, at: from, punctuation: true) {
          from += length
        }
        guard let kind = ActKindWords.kind(plain: UnsafeBufferPointer(rebasing: bytes[from..<word.upperBound])),
          !(previous.map { PlainBytes.hasLowercasedPrefix(bytes, $0, thisDocument.unicodeScalars) } ?? false),
          !(next.map { PlainBytes.hasLowercasedPrefix(bytes, $0, thisDocument.unicodeScalars) } ?? false)
        else { continue }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        if isCitable(text[start..<utf8.index(start, offsetBy: word.upperBound - from)], kind: kind) {
          starts.append((index, kind))
        }
      }
      return words.isPlain ? starts : nil
    } ?? nil
  }

  /// «статьи 394 … и статьи 395 … Уголовного кодекса»: article numbers named just before a code or law.
  private static func articleNumbers(before index: Int, in words: MentionWords) -> [String] {
    var numbers: [String] = []
    var cursor = max(0, index - 30)
    while cursor < index {
      if cursor + 1 < index,
        PlainScalars.hasLowercasedPrefix(PlainScalars.trimmingScalars(words[cursor], "(«\""), "стать")
      {
        let number = words[cursor + 1].prefix { $0.isNumber }
        if !number.isEmpty { numbers.append(String(number)) }
      }
      cursor += 1
    }
    return numbers
  }

  /// «положения» and «правила» are also ordinary words; as acts they are capitalised or followed by «о/об».
  private static func isCitable(_ word: Substring, kind: ActKind) -> Bool {
    if PlainScalars.hasLowercasedPrefix(word, "приказыва") { return false }
    switch kind {
    case .regulation, .rules, .program, .report, .agreement, .protocol, .treaty: return Capitals.startsUppercase(word)
    case .resolution where PlainScalars.hasLowercasedPrefix(word, "решени"): return Capitals.startsUppercase(word)
    default: return true
    }
  }

  /// A title given without quotes: «Соглашения между Правительством … о сотрудничестве в области миграции».
  static func namedTitle(_ phrase: String) -> String? {
    // Most phrases are turned away by their second word, which a plain phrase gives without being cut into words.
    if plainOpensTitle(phrase) == false { return nil }
    let words = PlainScalars.split(phrase, separator: " ")
    guard words.count > 2, titleOpeners.contains(where: { PlainScalars.lowercasedEquals(words[1], $0) }) else {
      return nil
    }
    var title = words.dropFirst().joined(separator: " ")
    // A plain title's first «,» is its first comma byte, found without walking `Character`s.
    let comma = PlainScalars.isPlain(title) ? title.utf8.firstIndex(of: UInt8(ascii: ",")) : title.firstIndex(of: ",")
    if let comma { title = String(title[..<comma]) }
    // The requisites that follow a title are not part of it: «… от 9 января 1993 года».
    if let date = RussianDates.parse(title), let from = title.range(of: " от ", options: .backwards,
      range: title.startIndex..<date.range.lowerBound)
    {
      title = String(title[..<from.lowerBound])
    }
    return String(PlainScalars.trimmingScalars(Substring(title), " .;"))
  }

  /// The second words that open a title given without quotes.
  private static let titleOpeners = ["между", "о", "об"]

  /// For a plain phrase (see `PlainScalars`), whether `namedTitle` reads a title in it: three or more words, the
  /// second a title opener in any case. Read on the bytes of its first three words (`PlainWords`); nil for any
  /// other phrase.
  static func plainOpensTitle(_ phrase: String) -> Bool? {
    guard PlainScalars.isPlain(phrase) else { return nil }
    return phrase.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      var words = PlainWords(bytes, separator: UInt8(ascii: " "))
      guard words.next() != nil, let second = words.next(), words.next() != nil else { return false }
      // Lowercasing a plain scalar keeps its UTF-8 length (see `PlainScalars.lowercasedEquals`).
      return titleOpeners.contains { opener in
        second.count == opener.utf8.count && PlainBytes.hasLowercasedPrefix(bytes, second, opener.unicodeScalars)
      }
    }
  }

  /// Codes, constitutions and laws named without quotes: «Уголовного кодекса Республики Казахстан» →
  /// «Уголовный кодекс Республики Казахстан», up to the first comma or bracket.
  static func properName(_ phrase: String, kind: ActKind) -> String? {
    guard [.code, .constitution].contains(kind) else { return nil }
    let name = phrase.prefix { $0 != "," && $0 != "(" && $0 != ")" && $0 != ";" }
      .trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    let words = name.split(separator: " ")
    guard words.count >= 2, words.contains(where: { $0.first?.isUppercase == true && $0 != words.first }) else { return nil }
    return nominativeActName(name)
  }

  /// «Уголовного кодекса Республики Казахстан» → «Уголовный кодекс Республики Казахстан».
  static func nominativeActName(_ name: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    let lemmas: [(String, String)] = [("кодекс", "кодекс"), ("конституци", "Конституция")]
    guard let head = words.firstIndex(where: { word in lemmas.contains { word.lowercased().hasPrefix($0.0) } }) else {
      return name
    }
    let lemma = lemmas.first { words[head].lowercased().hasPrefix($0.0) }?.1 ?? words[head]
    let capital = words[head].first?.isUppercase == true
    words[head] = capital ? lemma.prefix(1).uppercased() + lemma.dropFirst() : lemma.lowercased()
    let feminine = lemma.hasSuffix("я")
    for index in 0..<head where NounPhrase.isAdjective(words[index]) {
      words[index] = NounPhrase.nominativeAdjective(words[index], feminine: feminine)
    }
    return words.joined(separator: " ")
  }

  /// Every title in «…», "…" or “…”, in order.
  static func allQuoted(in text: String) -> [String] {
    var titles: [String] = []
    var rest = Substring(text)
    while let title = quoted(in: String(rest)), let range = PlainScalars.range(of: title, in: rest) {
      titles.append(title)
      rest = rest[range.upperBound...].dropFirst()
    }
    return titles
  }

  /// The first title in «…», "…" or “…”.
  static func quoted(in text: String) -> String? {
    // Whether the text is plain is asked once, not once a quote and again by each search (`PlainScalars.range`).
    let isPlain = PlainScalars.isPlain(text)
    for (open, close) in quotePairs {
      guard let start = isPlain ? plainRange(of: open, in: text) : PlainScalars.range(of: String(open), in: text)
      else { continue }
      let end = isPlain
        ? closingQuote(in: text.unicodeScalars, from: start.upperBound, open: open, close: close)
        : closingQuote(in: text, from: start.upperBound, open: Character(open), close: Character(close))
      if let end { return String(text[start.upperBound..<end]) }
    }
    return nil
  }

  private static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [("«", "»"), ("\"", "\""), ("“", "”")]

  /// `PlainScalars.range(of: String(quote), in: text)` for a plain text: the first occurrence of the quote's bytes.
  static func plainRange(of quote: Unicode.Scalar, in text: String) -> Range<String.Index>? {
    var quoteBytes = String(quote)
    let offset = quoteBytes.withUTF8 { pattern in
      UTF8Scalars.withBytes(text) { FastSearch.offset(of: pattern, in: $0) }
    }
    guard let offset else { return nil }
    let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    return start..<text.utf8.index(start, offsetBy: quoteBytes.utf8.count)
  }

  /// Where the quote opened before `from` closes: nested «…«…»…» titles close at the last matching quote before
  /// the next opening one. Generic so that a plain text (see `PlainScalars`) is read by scalars, which are its
  /// `Character`s, and any other text by `Character`s.
  private static func closingQuote<C: BidirectionalCollection>(
    in text: C, from: String.Index, open: C.Element, close: C.Element
  ) -> String.Index? where C.Element: Equatable, C.Index == String.Index {
    var depth = 1
    var cursor = from
    while cursor < text.endIndex {
      let element = text[cursor]
      if element == close && open != close { depth -= 1 } else if element == open && open != close { depth += 1 }
      else if element == close { depth = 0 }
      if depth == 0 { return cursor }
      cursor = text.index(after: cursor)
    }
    return nil
  }
}

import Foundation

/// Tracks whether a quotation is open across words, for «…» and straight quotes.
struct QuoteBalance {
  private var guillemets = 0
  private var straight = 0

  var isOpen: Bool { guillemets > 0 || straight % 2 == 1 }

  /// Counts the quotes of a word; a plain word (see `PlainScalars`) is read by scalars, which is cheaper and the same.
  mutating func add(_ word: Substring) {
    if PlainScalars.isPlain(word) {
      for scalar in word.unicodeScalars { add(mark: scalar) }
    } else {
      for character in word where character.unicodeScalars.count == 1 {
        if let scalar = character.unicodeScalars.first { add(mark: scalar) }
      }
    }
  }

  /// `add` for a plain word given as its UTF-8 bytes. Only the marks' lead bytes (22, C2, E2) are decoded: a lead
  /// byte is never inside another scalar.
  mutating func add(plain word: UnsafeBufferPointer<UInt8>) {
    for index in word.indices where word[index] == 0x22 || word[index] == 0xC2 || word[index] == 0xE2 {
      add(mark: PlainBytes.scalar(word, at: index).0)
    }
  }

  private mutating func add(mark: Unicode.Scalar) {
    switch mark {
    case "«", "“": guillemets += 1
    case "»", "”": guillemets = max(0, guillemets - 1)
    case "\"": straight += 1
    default: break
    }
  }
}
