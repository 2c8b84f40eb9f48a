import XCTest

@testable import TreatyText

/// The lexicon table finds a key by bytes where that is exact, and by composed form otherwise: every lookup must
/// answer as a `String`-keyed dictionary would.
final class PlainKeyTableTests: XCTestCase {
  private let entries: [(String, Int)] = [
    ("йод", 1), ("стороны", 2), ("и\u{0306}од", 3), ("café", 4), ("cafe\u{0301}s", 5), ("стороны", 6),
  ]

  func testLookupsAnswerAsAStringDictionary() {
    let table = PlainKeyTable(entries)
    var reference: [String: Int] = [:]
    for (key, value) in entries where reference[key] == nil { reference[key] = value }
    let probes = ["йод", "и\u{0306}од", "стороны", "Стороны", "café", "cafe\u{0301}", "cafés", "cafe\u{0301}s", "сторона", ""]
    for probe in probes { XCTAssertEqual(table[probe], reference[probe], probe) }
  }

  func testDecomposedNumeralsAndNounsAreFound() {
    XCTAssertEqual(RussianNumerals.value(ofWords: "двадцать пятый"), 25)
    XCTAssertEqual(RussianNumerals.value(ofWords: "двадцать пятыи\u{0306}"), 25)
    XCTAssertEqual(Lexicon.lemma(of: "министерством")?.form, "министерство")
    XCTAssertEqual(Lexicon.lemma(of: "Министерству")?.form, "министерство")
  }
}
