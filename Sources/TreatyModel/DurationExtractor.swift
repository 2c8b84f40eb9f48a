import TreatyStructure
import TreatyText

/// Periods and deadlines: «30 (тридцать) календарных дней», «6 месяцев», «6 (шести) месяцев», «шести месяцев»,
/// «45 (сорок пять) дней», «3 суток», «пяти рабочих дней» — with the value reconciled between digits and words,
/// the sentence they stand in and what they govern.
enum DurationExtractor {
  static func extract(_ context: ModelContext, clauses: [ClauseAssignment]) -> ([Duration], [Diagnostic]) {
    var durations: [Duration] = []
    var diagnostics: [Diagnostic] = []
    let typeByNode = Dictionary(clauses.map { ($0.node, $0.type) }, uniquingKeysWith: { first, _ in first })
    for index in context.units.indices where context.units[index].node.kind != .act {
      // Most units name no period at all; a byte search turns them away before any word is read (or the unit copied).
      let text = context.units[index].text
      let isPlain = context.isPlain[index]
      guard !text.isEmpty, unitWords.contains(where: { FastSearch.contains(text, $0) }),
        unitWordStarts.mayStartAWord(in: text, isPlain: isPlain)
      else { continue }
      let unit = context.units[index]
      // The sentences of a plain text are pieces of it, so plain too; those of any other text are asked.
      for sentence in sentences(unit.text)
      where isPlain ? unitWordStarts.mayStartAWord(in: sentence, isPlain: true) : unitWordStarts.mayStartAWord(in: sentence) {
        for var duration in scan(sentence) {
          duration.source = unit.node.id
          let article = context.nearest([.article], of: unit)
          duration.governs = governs(sentence, type: article.flatMap { typeByNode[$0.id] })
          durations.append(duration)
          if duration.wordsAgree == false {
            diagnostics.append(Diagnostic(
              code: "model.numeral-mismatch", severity: .warning,
              message: "«\(duration.text)»: the number in digits and the number in words differ", range: unit.node.range))
          }
        }
      }
    }
    return (durations, diagnostics)
  }

  /// The pieces of `text` ending in «.», «;» or a line break, trimmed.
  static func sentences(_ text: String) -> [String] {
    guard PlainScalars.isPlain(text) else { return characterSentences(text) }
    // A plain text's `Character`s are its scalars (see `PlainScalars`), so it is cut on its bytes.
    var text = text
    return text.withUTF8(PlainSentences.cut)
  }

  private static func characterSentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      current.append(character)
      if character == "." || character == ";" || character == "\n" {
        result.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
        current = ""
      }
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current.trimmingCharacters(in: .whitespaces)) }
    return result
  }

  static let units: [(String, Duration.Unit)] = [
    ("суток", .day), ("сутки", .day), ("дн", .day), ("день", .day), ("месяц", .month), ("недел", .week),
    ("год", .year), ("лет", .year), ("час", .hour),
  ]

  /// The words a unit must hold somewhere, as written, before it is read for periods. Case-sensitive, so a unit
  /// that writes its periods in capitals only («30 ДНЕЙ») is passed over; kept so, for the outputs' sake.
  private static let unitWords = ["дн", "день", "месяц", "суток", "сутки", "год", "лет", "недел", "час"]

  /// `scan` finds a period only where a word starts, in any case, with a unit word. Most units and sentences hold
  /// one only inside a word («участ…», «одн…», «выгод…»), and this byte test turns them away before they are cut
  /// into sentences and words.
  private static let unitWordStarts = LowercaseWordStarts(units.map(\.0))

  /// Scans words: a number (digits or words), optional words in brackets, an optional «календарных/рабочих», a unit.
  static func scan(_ sentence: String) -> [Duration] {
    let words = words(sentence)
    var found: [Duration] = []
    var index = 0
    while index < words.count {
      var cursor = index
      var digits: Int?
      var inWords: Int?
      if let value = Int(words[cursor]) {
        digits = value
        cursor += 1
      } else if let value = RussianNumerals.value(ofWords: words[cursor]) {
        // A numeral in words may run over two words («сорок пять»).
        var end = cursor + 1
        var best = value
        while end < words.count, let longer = RussianNumerals.value(ofWords: words[cursor...end].joined(separator: " ")) {
          best = longer
          end += 1
        }
        inWords = best
        cursor = end
      } else {
        index += 1
        continue
      }
      if digits != nil, cursor < words.count, words[cursor].hasPrefix("(") {
        var end = cursor
        while end < words.count && !words[end].hasSuffix(")") { end += 1 }
        let inside = String(
          PlainScalars.trimmingScalars(Substring(words[cursor...min(end, words.count - 1)].joined(separator: " ")), "()"))
        inWords = RussianNumerals.value(ofWords: inside)
        cursor = end + 1
      }
      var qualifier: String?
      if cursor < words.count {
        if PlainScalars.hasLowercasedPrefix(words[cursor], "календарн") { qualifier = "calendar"; cursor += 1 }
        else if PlainScalars.hasLowercasedPrefix(words[cursor], "рабоч") { qualifier = "working"; cursor += 1 }
      }
      guard cursor < words.count,
        let unit = units.first(where: { PlainScalars.hasLowercasedPrefix(words[cursor], $0.0) })?.1,
        let value = digits ?? inWords, value > 0, !(unit == .year && value > 200)
      else {
        index += 1
        continue
      }
      let text = words[index...cursor].joined(separator: " ")
      let agree: Bool? = digits != nil && inWords != nil ? digits == inWords : nil
      found.append(Duration(
        text: text, value: value, unit: unit, qualifier: qualifier, governs: "", context: sentence, wordsAgree: agree,
        source: ""))
      index = cursor + 1
    }
    return found
  }

  /// The words `scan` reads: the pieces of `sentence` between spaces, without the «,;.:» at their ends (a piece of
  /// nothing but those marks leaves an empty word). Slices, not strings: only the few words of a period are copied.
  static func words(_ sentence: String) -> [Substring] {
    guard PlainScalars.isPlain(sentence), let ranges = sentence.utf8.withContiguousStorageIfAvailable(wordRanges)
    else {
      return PlainScalars.split(sentence, separator: " ").map { PlainScalars.trimming($0, ",;.:") }
    }
    let utf8 = sentence.utf8
    return ranges.map { range in
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return sentence[start..<utf8.index(start, offsetBy: range.count)]
    }
  }

  /// `words` of a plain sentence as UTF-8 offsets. The space and the marks are ASCII, so each is one byte, and in
  /// a plain text one `Character` (see `PlainScalars`): cutting bytes cuts where cutting `Character`s would.
  private static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] != space else {
        index += 1
        continue
      }
      var end = index
      while end < bytes.count && bytes[end] != space { end += 1 }
      var (lower, upper) = (index, end)
      while lower < upper && isTrimmedMark(bytes[lower]) { lower += 1 }
      while upper > lower && isTrimmedMark(bytes[upper - 1]) { upper -= 1 }
      ranges.append(lower..<upper)
      index = end
    }
    return ranges
  }

  private static let space = UInt8(ascii: " ")

  /// «,», «;», «.» or «:», which `words` strips from both ends of a word.
  private static func isTrimmedMark(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// What a period governs, from the words of its sentence, else from the clause type of its article.
  static func governs(_ sentence: String, type: ClauseType?) -> String {
    let lower = BasicFold.lowercased(sentence)
    let table: [([String], String)] = [
      (["исполнения запроса"], "execution of a request"),
      (["подтвержден"], "written confirmation of an oral request"),
      (["перечн"], "exchange of lists of persons authorised to sign requests"),
      (["прекращ"], "termination after notice"), (["прекрати"], "termination after notice"),
      (["истечени", "уведомлени"], "termination after notice"),
      (["вступ", "в силу"], "entry into force"),
      (["направлени", "электронном виде"], "sending the act for official publication and registration"),
    ]
    for (words, label) in table where words.allSatisfy({ PlainScalars.contains(lower, $0) }) { return label }
    return type.map { "clause: \($0.rawValue)" } ?? "unspecified"
  }
}

import Foundation
