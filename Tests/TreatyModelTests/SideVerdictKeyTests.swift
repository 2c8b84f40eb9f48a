import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `PartyExtractor.sideNames` remembers its verdicts keyed by `FoldedWord(canonical:)` instead of by `String`: two
/// phrases must share a key exactly when they are equal strings, on tricky phrases and on the side phrases of the
/// corpus.
final class SideVerdictKeyTests: XCTestCase {
  private func assertSameEquality(_ phrases: [String], file: StaticString = #filePath, line: UInt = #line) {
    let keys = phrases.map { FoldedWord(canonical: $0) }
    for (a, keyA) in zip(phrases, keys) {
      for (b, keyB) in zip(phrases, keys) {
        XCTAssertEqual(keyA == keyB, a == b, "«\(a)» «\(b)»", file: file, line: line)
        if keyA == keyB { XCTAssertEqual(keyA.hashValue, keyB.hashValue, file: file, line: line) }
      }
    }
  }

  func testTrickyPhrases() {
    assertSameEquality([
      "", "Казахстанская Сторона", "казахстанская Сторона", "Казахстанская Сторона ", "Кыргызская Сторона",
      "Российская Сторона", "России\u{0306}ская Сторона", "Российская Сторона\u{0301}", "Ёлочная Сторона",
      "Е\u{0308}лочная Сторона", "Ёлочная Cторона", "Ѐ Сторона", "Е\u{0300} Сторона", "Å Сторона", "A\u{030A} Сторона",
      "Å Сторона",
    ])
  }

  func testSidePhrasesOfTheCorpus() throws {
    var phrases: Set<String> = []
    try ModelCorpus.forEachNode { _, _, text in
      for (adjective, word) in PartyExtractor.splitSideCandidates(in: text) {
        phrases.insert(String(adjective) + " " + String(word))
      }
    }
    // Each phrase against itself and its neighbours in sorted order, where near-equal phrases meet.
    let sorted = phrases.sorted()
    for index in sorted.indices { assertSameEquality(Array(sorted[index..<min(sorted.count, index + 3)])) }
  }
}
