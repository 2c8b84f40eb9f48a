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
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let document = try ModelCorpus.document(name)
      document.forEachNode { node, _ in assertSameRanges(document.text(of: node)) }
    }
  }
}
