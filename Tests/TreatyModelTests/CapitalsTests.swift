import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `Capitals.startsUppercase` reads a plain first scalar from a table; it must answer as `Character.isUppercase`.
final class CapitalsTests: XCTestCase {
  private func assertSameAnswer(_ word: Substring, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(Capitals.startsUppercase(word), word.first?.isUppercase == true, "«\(word)»", file: file, line: line)
  }

  func testEveryScalarAsFirstLetter() {
    for value in 0x00...0x052F {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      assertSameAnswer(Substring(String(scalar) + "а"))
      assertSameAnswer(Substring(String(scalar) + "\u{0301}а"))
    }
    for word in ["", "Ё", "ё", "İ", "\r\n", "«Сторона»", "1А"] { assertSameAnswer(Substring(word)) }
  }

  func testEveryWordOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      for word in PlainScalars.lettersAndHyphens(text) { assertSameAnswer(word) }
    }
  }
}
