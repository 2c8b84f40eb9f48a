import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// Party and body lists, names, title blocks and final formulas are cut and trimmed on bytes or scalars where the
/// text is plain (`PlainScalars.split`, `PlainScalars.components`, `PlainScalars.trimmingScalars`,
/// `FinalProvisionsExtractor.words`); on whole unit texts the pieces must be those the `Character` and Foundation
/// calls they replace give.
final class UnitSplitTests: XCTestCase {
  private func assertSamePieces(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(PlainScalars.split(text, separator: " "), text.split(separator: " "), file: file, line: line)
    XCTAssertEqual(PlainScalars.split(text, separator: "\n"), text.split(separator: "\n"), file: file, line: line)
    if PlainScalars.isPlain(text) {
      // `NounPhrase.nominative` cuts a plain phrase so, empty pieces kept.
      XCTAssertEqual(
        PlainScalars.components(text, separatedBy: " "),
        text.split(separator: " ", omittingEmptySubsequences: false).map(String.init), file: file, line: line)
    }
    XCTAssertEqual(
      FinalProvisionsExtractor.words(text), text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }),
      file: file, line: line)
    for marks in [" ;.,", " ,;."] {
      XCTAssertEqual(
        String(PlainScalars.trimmingScalars(Substring(text), marks)),
        text.trimmingCharacters(in: CharacterSet(charactersIn: marks)), file: file, line: line)
    }
  }

  func testTrickyStrings() {
    for text in [
      "", " ", "  a  b ", ",\n,", "на казахском, кыргызском и русском языках.", "a\r\nb c", "е\u{301} ,x", " ;Штаб; ",
      "Министерство иностранных дел Республики Казахстан и Министерство юстиции,", "«А» и «Б»;\n\nВ",
    ] {
      assertSamePieces(text)
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSamePieces(text) }
  }
}
