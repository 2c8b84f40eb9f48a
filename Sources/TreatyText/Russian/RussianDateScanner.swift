/// A date found in a text: its ISO form and the scalar offsets it spans.
struct RussianDateMatch: Sendable, Equatable {
  let iso: String
  let start: Int
  let end: Int
}

/// Walks a text's scalars and finds the dates Russian legal texts write, one after another.
///
/// Two shapes cover practice: «26 ноября 2019 года» (day, genitive month name, year; the day sometimes in quotes,
/// «26» ноября) and «13.04.2024». Either may be followed by «г.», «г» or «года», which then belongs to the date.
/// Working on scalars keeps the scan linear and independent of grapheme breaking.
struct RussianDateScanner {
  private let scalars: [Unicode.Scalar]
  private var position = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// The next date after the previous one, or nil when the text has no more.
  mutating func next() -> RussianDateMatch? {
    while position < scalars.count {
      guard Self.isDigit(scalars[position]), startsNumber(at: position) else {
        position += 1
        continue
      }
      if let match = numericDate(at: position) ?? wordDate(at: position) {
        position = match.end
        return match
      }
      position = digitRunEnd(from: position)
    }
    return nil
  }

  // MARK: - The two shapes

  /// «13.04.2024», «28.07.2000г.».
  private func numericDate(at start: Int) -> RussianDateMatch? {
    guard let (day, afterDay) = number(at: start, digits: 1...2), isDot(at: afterDay),
      let (month, afterMonth) = number(at: afterDay + 1, digits: 1...2), isDot(at: afterMonth),
      let (year, afterYear) = number(at: afterMonth + 1, digits: 4...4)
    else { return nil }
    return match(day: day, month: month, year: year, start: start, yearEnd: afterYear)
  }

  /// «26 ноября 2019 года», «"1" января 2021 г.».
  private func wordDate(at start: Int) -> RussianDateMatch? {
    guard let (day, afterDay) = number(at: start, digits: 1...2) else { return nil }
    var dateStart = start
    var cursor = afterDay
    if start > 0, Self.isQuote(scalars[start - 1]), cursor < scalars.count, Self.isQuote(scalars[cursor]) {
      dateStart = start - 1
      cursor += 1
    }
    let monthStart = skipSpaces(from: cursor)
    let monthEnd = letterRunEnd(from: monthStart)
    guard monthStart > cursor,
      let month = Self.months[RussianLetters.string(RussianLetters.folded(scalars[monthStart..<monthEnd]))]
    else { return nil }
    let yearStart = skipSpaces(from: monthEnd)
    guard yearStart > monthEnd, let (year, afterYear) = number(at: yearStart, digits: 4...4) else { return nil }
    return match(day: day, month: month, year: year, start: dateStart, yearEnd: afterYear)
  }

  /// The match for a date whose year ends at `yearEnd`, if the date exists in the calendar.
  private func match(day: Int, month: Int, year: Int, start: Int, yearEnd: Int) -> RussianDateMatch? {
    guard RussianCalendar.isValid(day: day, month: month, year: year) else { return nil }
    let iso = RussianCalendar.iso(day: day, month: month, year: year)
    return RussianDateMatch(iso: iso, start: start, end: yearWordEnd(after: yearEnd) ?? yearEnd)
  }

  /// The end of a «г.», «г», «год», «года», «году» or «годом» right after the year, if there is one.
  private func yearWordEnd(after yearEnd: Int) -> Int? {
    let wordStart = skipSpaces(from: yearEnd)
    let wordEnd = letterRunEnd(from: wordStart)
    guard wordEnd > wordStart else { return nil }
    let word = RussianLetters.string(RussianLetters.folded(scalars[wordStart..<wordEnd]))
    if word == "г" { return isDot(at: wordEnd) ? wordEnd + 1 : wordEnd }
    return Self.yearWords.contains(word) ? wordEnd : nil
  }

  // MARK: - Scalar helpers

  /// A number starts here unless it continues digits or a dotted number («1.12.04.2020» is not a date).
  private func startsNumber(at index: Int) -> Bool {
    guard index > 0 else { return true }
    let before = scalars[index - 1]
    if Self.isDigit(before) { return false }
    return !(before == "." && index > 1 && Self.isDigit(scalars[index - 2]))
  }

  /// The value of the digit run at `start`, and where it ends, if the run's length is within `digits`.
  private func number(at start: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
    let end = digitRunEnd(from: start)
    guard digits.contains(end - start) else { return nil }
    var value = 0
    for scalar in scalars[start..<end] { value = value * 10 + Int(scalar.value - 0x30) }
    return (value, end)
  }

  private func digitRunEnd(from start: Int) -> Int {
    var end = start
    while end < scalars.count, Self.isDigit(scalars[end]) { end += 1 }
    return end
  }

  private func letterRunEnd(from start: Int) -> Int {
    var end = start
    while end < scalars.count, RussianText.isWordStarter(scalars[end]), !Self.isDigit(scalars[end]) { end += 1 }
    return end
  }

  /// Spaces, including no-break spaces and line breaks, since a date can wrap onto the next line.
  private func skipSpaces(from start: Int) -> Int {
    var end = start
    while end < scalars.count, scalars[end].properties.isWhitespace { end += 1 }
    return end
  }

  private func isDot(at index: Int) -> Bool {
    index < scalars.count && scalars[index] == "."
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// Quotes a day can be wrapped in: «», „“, “”, "".
  private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "«", "»", "\"", "\u{201C}", "\u{201D}", "\u{201E}", "'": return true
    default: return false
    }
  }

  /// Genitive month names, the form a date always uses.
  private static let months: [String: Int] = [
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
  ]

  private static let yearWords: Set<String> = ["год", "года", "году", "годом"]
}
