import Foundation

/// Chooses between Windows-1251 and KOI8-R for bytes that are not UTF-8.
///
/// Both code pages put Cyrillic letters in 0xC0–0xFF, so any such text decodes "successfully" either way. But the
/// wrong page turns Russian into nonsense with telling statistics: KOI8-R keeps lowercase where Windows-1251 keeps
/// uppercase, so most letters swap case, and the common letters (о е а и н т …) turn into rare ones (ю х ъ …).
/// We read each candidate from byte and byte-pair counts and keep the one that looks more like Russian.
enum CyrillicScoring {
  /// The candidates in order of preference when the evidence is even: Windows-1251 is by far the more common.
  static let candidates: [SingleByteCodePage] = [.windows1251, .koi8R]

  /// Letter frequencies in Russian prose, per thousand letters, for а…я (alphabetical) and then ё.
  /// Taken from widely published corpus counts; only their rough shape matters here. Corpus counts make ё look
  /// very rare because most texts write е instead; a text that does write ё writes it often ("её", "ещё", "всё"),
  /// so it gets the weight it has in such texts rather than a penalty.
  private static let perMille: [Double] = [
    80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4, 16.5, 73.5, 12.1, 34.9, 44.0, 32.1, 67.0, 109.7, 28.1,
    47.3, 54.7, 62.6, 26.2, 2.6, 9.7, 4.8, 14.4, 7.3, 3.6, 0.4, 19.0, 17.4, 3.2, 6.4, 20.1, 10.0,
  ]
  private static let logFrequency: [Double] = perMille.map { log($0 / 1000) }

  /// Weight of the lowercase share, in the units of the mean log-frequency (the gap between the right and the wrong
  /// page is typically 0.5–0.8 there). Only applied when a reading has both cases: an all-capitals heading reads
  /// as all-lowercase in the wrong page, and must not win for it.
  private static let lowercaseWeight = 0.3
  /// Weight of the share of case changes that go lower→upper inside a word. Russian capitalises the first letter
  /// ("Статья"), which the wrong page turns into "сТАТЬЯ"; the right page almost never shows that pattern.
  private static let caseChangeWeight = 0.5
  /// Penalty per share of high bytes that decode to something Russian prose practically never contains: box
  /// drawing, control characters, U+FFFD, or Cyrillic letters of other languages. Windows-1251 ё, quotes and dashes
  /// read as KOI8-R box drawing; KOI8-R ё and Ё read as Windows-1251 Ј and і.
  private static let oddWeight = 1.0

  /// How often each high byte occurs alone and directly followed by another high byte.
  struct ByteCounts: Sendable {
    /// Indexed by `byte - 0x80`.
    var singles = [Int](repeating: 0, count: 128)
    /// Indexed by `(first - 0x80) << 7 | (second - 0x80)`; only pairs of adjacent high bytes, as letters are.
    var pairs = [Int](repeating: 0, count: 128 * 128)
  }

  /// The more plausible of Windows-1251 and KOI8-R for `bytes`.
  static func choose(for bytes: [UInt8]) -> SingleByteCodePage {
    let counts = count(bytes)
    var best = candidates[0]
    var bestScore = -Double.infinity
    for candidate in candidates {
      guard let score = score(counts, as: candidate) else { continue }
      if score > bestScore {
        best = candidate
        bestScore = score
      }
    }
    return best
  }

  /// How Russian the text looks when read through `codePage`; nil when it yields no Russian letters at all.
  static func score(_ counts: ByteCounts, as codePage: SingleByteCodePage) -> Double? {
    var letters = 0
    var lowercase = 0
    var logSum = 0.0
    var highBytes = 0
    var odd = 0
    // Per high byte: 0 not a letter, 1 lowercase letter, 2 uppercase letter.
    var letterCase = [UInt8](repeating: 0, count: 128)
    for index in 0..<128 {
      let scalar = codePage.scalars[index + 0x80]
      let letter = russianLetter(scalar)
      if let letter { letterCase[index] = letter.isLowercase ? 1 : 2 }
      let count = counts.singles[index]
      guard count > 0 else { continue }
      highBytes += count
      if let letter {
        letters += count
        if letter.isLowercase { lowercase += count }
        logSum += Double(count) * logFrequency[letter.index]
      } else if isOdd(scalar) {
        odd += count
      }
    }
    guard letters > 0 else { return nil }
    var lowerToUpper = 0
    var upperToLower = 0
    let letterBytes = (0..<128).filter { letterCase[$0] != 0 }
    counts.pairs.withUnsafeBufferPointer { pairs in
      for first in letterBytes {
        for second in letterBytes where letterCase[first] != letterCase[second] {
          if letterCase[first] == 1 {
            lowerToUpper += pairs[first << 7 | second]
          } else {
            upperToLower += pairs[first << 7 | second]
          }
        }
      }
    }
    let meanLogFrequency = logSum / Double(letters)
    let hasBothCases = lowercase > 0 && lowercase < letters
    let lowercaseShare = hasBothCases ? Double(lowercase) / Double(letters) : 0.5
    let caseChanges = lowerToUpper + upperToLower
    let wrongCaseChangeShare = caseChanges > 0 ? Double(lowerToUpper) / Double(caseChanges) : 0
    let oddShare = Double(odd) / Double(highBytes)
    return meanLogFrequency + lowercaseWeight * lowercaseShare - caseChangeWeight * wrongCaseChangeShare
      - oddWeight * oddShare
  }

  /// Counts high bytes and adjacent high-byte pairs; ASCII reads the same in both pages and tells us nothing.
  static func count(_ bytes: [UInt8]) -> ByteCounts {
    var counts = ByteCounts()
    bytes.withUnsafeBufferPointer { buffer in
      counts.singles.withUnsafeMutableBufferPointer { singles in
        counts.pairs.withUnsafeMutableBufferPointer { pairs in
          var previous = -1
          for byte in buffer {
            guard byte >= 0x80 else {
              previous = -1
              continue
            }
            let index = Int(byte & 0x7F)
            singles[index] += 1
            if previous >= 0 { pairs[previous << 7 | index] += 1 }
            previous = index
          }
        }
      }
    }
    return counts
  }

  /// The position of a Russian letter in `perMille`, and its case; nil for anything else.
  private static func russianLetter(_ scalar: UInt16) -> (index: Int, isLowercase: Bool)? {
    switch scalar {
    case 0x0410...0x042F: (Int(scalar - 0x0410), false)
    case 0x0430...0x044F: (Int(scalar - 0x0430), true)
    case 0x0401: (32, false)
    case 0x0451: (32, true)
    default: nil
    }
  }

  /// Characters Russian prose practically never contains; see `oddWeight`.
  private static func isOdd(_ scalar: UInt16) -> Bool {
    switch scalar {
    case 0x0080...0x009F, 0x2500...0x259F, SingleByteTables.undefined: true
    // Non-Russian Cyrillic (Ђ Ѓ Є Ѕ І Ї Ј Љ Њ Ћ Ќ Ў Џ, their lowercase, Ґ ґ); Russian letters never get here.
    case 0x0400...0x045F, 0x0490...0x0491: true
    default: false
    }
  }
}
