import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `DataKey.key(stems:kind:)` writes the content stems of a field as bytes; the key must be the one joining the
/// stems that are no stop words gives, on tricky stems and on the stems of every unit of the corpus.
final class DataKeyJoinTests: XCTestCase {
  private func assertSameKey(_ stems: [String], file: StaticString = #filePath, line: UInt = #line) {
    let expected = stems.filter { !DataKey.stopWords.contains($0) }.joined(separator: " ")
    XCTAssertEqual(DataKey.key(stems: stems, kind: .information), expected, "\(stems)", file: file, line: line)
  }

  func testTrickyStems() {
    for stems in [
      [], [""], ["", ""], ["и"], ["и", "в"], ["фамил", "и", "им"], ["ё", "е\u{0308}", "Ё"], ["日本", "и", "x"], ["а", "", "б"],
      ["и\u{0301}", "об"], ["\r\n", "с"],
    ] {
      assertSameKey(stems)
    }
  }

  func testStemsOfEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameKey(RussianText.stems(text)) }
  }
}
