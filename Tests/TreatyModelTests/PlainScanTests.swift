import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `PlainScalars.isPlain` on bytes passes ASCII and basic Cyrillic letters before the full per-scalar test; its
/// answer must be the scalar test's on every scalar, next to letters and alone, and on every unit of the corpus.
final class PlainScanTests: XCTestCase {
  private func assertSameAnswer(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    var copy = text
    let bytes = copy.withUTF8 { PlainScalars.isPlain($0) }
    XCTAssertEqual(bytes, text.unicodeScalars.allSatisfy(PlainScalars.isPlain), "«\(text.debugDescription)»",
      file: file, line: line)
  }

  func testEveryScalarAloneAndBetweenLetters() {
    for value in UInt32(0)...0x10FFFF where value < 0x3000 || value % 97 == 0 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      assertSameAnswer(text)
      assertSameAnswer("ая" + text + "Я ")
      assertSameAnswer("\u{0451}" + text)
    }
  }

  func testTrickyTexts() {
    for text in ["", "\r", "а\r\nб", "\u{045F}\u{0460}", "Ѐ—«»№", "е\u{0308}", "日本", "😀", "a\u{2028}b", "\u{2116}\u{2117}"] {
      assertSameAnswer(text)
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameAnswer(text) }
  }
}
