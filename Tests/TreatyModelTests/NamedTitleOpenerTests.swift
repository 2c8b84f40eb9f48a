import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `CitedActExtractor.plainOpensTitle` reads a plain phrase's first words on bytes; its answer must be the one
/// `namedTitle` reads from the phrase cut into words.
final class NamedTitleOpenerTests: XCTestCase {
  private func assertSameAnswer(_ phrase: String, file: StaticString = #filePath, line: UInt = #line) {
    guard let found = CitedActExtractor.plainOpensTitle(phrase) else {
      XCTAssertFalse(PlainScalars.isPlain(phrase), "«\(phrase)»", file: file, line: line)
      return
    }
    let words = PlainScalars.split(phrase, separator: " ")
    let expected = words.count > 2 && ["между", "о", "об"].contains { PlainScalars.lowercasedEquals(words[1], $0) }
    XCTAssertEqual(found, expected, "«\(phrase)»", file: file, line: line)
  }

  func testTrickyPhrases() {
    for phrase in [
      "", " ", "Соглашения", "Соглашения между", "Соглашения между Сторонами", "  Закон   О  порядке ", "Закон ОБ x",
      "Закон Об", "Закон оба x", "Закон о\u{0301} x", "Закон МЕЖДУ а", "Закон\nо x", "Закон «о» x", "a b c", "о о о",
      "Закон о\r x", "Закон о-  x", "Закон Ѐб x",
    ] {
      assertSameAnswer(phrase)
    }
  }

  func testEveryTailOfEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      assertSameAnswer(text)
      // Each phrase that starts at a word and runs a few words on, as mentions are cut.
      let words = PlainScalars.split(text, separator: " ")
      for start in words.indices {
        assertSameAnswer(words[start..<min(words.count, start + 4)].joined(separator: " "))
      }
    }
  }
}
