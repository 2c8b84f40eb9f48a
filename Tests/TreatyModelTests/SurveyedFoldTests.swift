import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `SurveyedFold` folds a unit and classifies its scalars in one pass; each answer must be the one the general
/// function gives: `RussianText.fold`, `PlainScalars.isPlain` and `BasicFold.isBasic`.
final class SurveyedFoldTests: XCTestCase {
  private func assertSameAnswers(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let survey = SurveyedFold(text)
    XCTAssertEqual(survey.folded, RussianText.fold(text), "«\(text)»", file: file, line: line)
    XCTAssertEqual(survey.isPlain, PlainScalars.isPlain(text), "«\(text)»", file: file, line: line)
    XCTAssertEqual(survey.isBasic, BasicFold.isBasic(text), "«\(text)»", file: file, line: line)
  }

  func testTrickyStrings() {
    for text in [
      "", "Ёж", "ЁЛКА ёлка", "Ѐ Џ ѐ џ", "Ѡ ѡ", "a\r\nb", "«Соглашение» – № 5 §\u{00A0}2", "\u{2116}\u{0308}", "é",
      "Ё\u{2040}Ж", "Ё\u{00C0}Ж", "Ё\u{2115}Ж", "\u{0080}", "\u{00BF}", "\u{2000}\u{200F}\u{2010}\u{2027}\u{2028}",
      "\u{202F}\u{2030}\u{203F}", "ПРАВИТЕЛЬСТВО Республики Казахстан", "a\u{0301}", "日本", "🙂 Сторона", "Ab\rЖ",
    ] {
      assertSameAnswers(text)
    }
  }

  func testEveryScalarBetweenLetters() {
    let values = Array(0x00...0x052F) + Array(0x2000...0x2130)
    for value in values {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      assertSameAnswers("Ё" + String(scalar) + "ж")
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameAnswers(text) }
  }
}
