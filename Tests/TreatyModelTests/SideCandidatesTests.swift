import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// Side names are read from a plain, basic text on its bytes (`PartyExtractor.basicSideCandidates`) and from any
/// other by splitting it into words; both must find the same words.
final class SideCandidatesTests: XCTestCase {
  private func assertSameCandidates(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    guard PlainScalars.isPlain(text), BasicFold.isBasic(text) else { return }
    let expected = PartyExtractor.splitSideCandidates(in: text).map { [String($0.adjective), String($0.word)] }
    let found = PartyExtractor.basicSideCandidates(in: text, folded: RussianText.fold(text))
      .map { [String($0.adjective), String($0.word)] }
    XCTAssertEqual(found, expected, "«\(text)»", file: file, line: line)
  }

  func testTrickyStrings() {
    for text in [
      "", "Сторона", "Казахстанская Сторона", "несторонний Сторона", "с Кыргызской Стороны, Российская-Сторона",
      "1 СТОРОНЫ", "Сторон-А", "A Сторонами", "Каждая\nсторона;  Другая Сторона", "- Сторона", "Ёлочная сторона",
      "Стороны Стороны", "x-y Сторона", "(Запрашивающая) Сторона",
    ] {
      XCTAssertTrue(PlainScalars.isPlain(text) && BasicFold.isBasic(text), text)
      assertSameCandidates(text)
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameCandidates(text) }
  }
}
