import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `CitedActExtractor.quoted` finds a plain text's quotes by one byte search each (`plainRange`); each must be the
/// range `PlainScalars.range` gives.
final class QuoteRangeTests: XCTestCase {
  private func assertSameRanges(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    guard PlainScalars.isPlain(text) else { return }
    for quote: Unicode.Scalar in ["«", "»", "\"", "“", "”"] {
      XCTAssertEqual(CitedActExtractor.plainRange(of: quote, in: text), PlainScalars.range(of: String(quote), in: text),
        "«\(text)»", file: file, line: line)
    }
  }

  func testTrickyTexts() {
    for text in ["", "«", "»«", "a \"b\" c", "“Об утверждении”", "Закон «О «внутренних» делах»", "ё«ж»"] {
      assertSameRanges(text)
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameRanges(text) }
  }
}
