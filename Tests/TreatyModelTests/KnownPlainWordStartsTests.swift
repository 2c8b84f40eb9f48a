import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `LowercaseWordStarts.mayStartAWord(in:isPlain:)` skips the plain test a caller has already made; given the
/// right answer to it, it must answer as `mayStartAWord(in:)` does — on every unit and every sentence of the
/// corpus, as `DurationExtractor` asks, and on tricky texts.
final class KnownPlainWordStartsTests: XCTestCase {
  private let starts = LowercaseWordStarts(DurationExtractor.units.map(\.0))

  private func assertSameAnswer(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(
      starts.mayStartAWord(in: text, isPlain: PlainScalars.isPlain(text)), starts.mayStartAWord(in: text),
      "«\(text)»", file: file, line: line)
  }

  func testTrickyTexts() {
    for text in [
      "", " ", "дн", "ДНЕЙ", "30 ДНЕЙ", "одного", "выгода", "Год", "«Месяц»", "сутки\r\n", "ё год", "Ѐдн", "dн",
      "30 дней", "участие", "пять лет.", "неделя—час", "годa", "\u{0301}год", "№1 час",
    ] {
      assertSameAnswer(text)
    }
  }

  func testEveryUnitAndSentenceOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      assertSameAnswer(text)
      for sentence in DurationExtractor.sentences(text) { assertSameAnswer(sentence) }
    }
  }
}
