import Foundation
import TreatyStructure
import TreatyText
import XCTest

/// `BasicFold` writes out `RussianText.fold` for ASCII and basic Cyrillic; these keep the two the same.
final class BasicFoldTests: XCTestCase {
  func testEveryBasicScalarFoldsAsRussianTextFolds() {
    let scalars = (0x00...0x7F).map { $0 } + (0x0400...0x045F).map { $0 }
    for value in scalars where value != 0x0D {
      let text = String(Unicode.Scalar(UInt32(value))!)
      XCTAssertEqual(BasicFold.fold(text), RussianText.fold(text), "U+\(String(value, radix: 16))")
    }
  }

  func testCorpusTextsFoldTheSame() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    for name in names {
      let document = try ModelCorpus.document(name)
      for act in document.acts {
        act.forEach { node, _ in
          let text = document.text(of: node)
          XCTAssertEqual(BasicFold.fold(text), RussianText.fold(text))
        }
      }
    }
  }

  func testOtherTextsGoToRussianText() {
    for text in ["Ёлка и ЁЖ", "é À", "о\u{301}рган", "е\u{308}ж", "Ѣ Ѳ", "\r\n"] {
      XCTAssertEqual(BasicFold.fold(text), RussianText.fold(text))
    }
  }
}
