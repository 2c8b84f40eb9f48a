/// Gregorian calendar checks and ISO formatting for the dates found in texts.
///
/// Kept separate from Foundation's `Calendar` so that validation neither depends on the time zone nor silently
/// rolls «31.02.2020» over into March.
enum RussianCalendar {
  static func isValid(day: Int, month: Int, year: Int) -> Bool {
    guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
    return day <= daysIn(month: month, year: year)
  }

  /// `yyyy-MM-dd`.
  static func iso(day: Int, month: Int, year: Int) -> String {
    "\(padded(year, to: 4))-\(padded(month, to: 2))-\(padded(day, to: 2))"
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func padded(_ value: Int, to width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }
}
