import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `RussianText.fold` takes `BasicFold`'s byte path for ASCII and basic Cyrillic and a decoding path otherwise;
/// both must fold exactly as the scalar tables do (`RussianLetters`).
final class BasicFoldTests: XCTestCase {
  private func reference(_ text: String) -> String { RussianLetters.string(RussianLetters.folded(text.unicodeScalars)) }

  func testEveryBasicScalarFoldsAsRussianTextFolds() {
    let scalars = (0x00...0x7F).map { $0 } + (0x0400...0x045F).map { $0 }
    for value in scalars where value != 0x0D {
      let text = String(Unicode.Scalar(UInt32(value))!)
      XCTAssertEqual(RussianText.fold(text), reference(text), "U+\(String(value, radix: 16))")
    }
  }

  func testPunctuationOnTheBytePathFoldsAsRussianTextFolds() {
    let scalars = Array(0xA0...0xBF) + Array(0x2000...0x203F) + [0x2116]
    for value in scalars {
      let text = "Ё" + String(Unicode.Scalar(UInt32(value))!) + "Ж"
      XCTAssertEqual(RussianText.fold(text), reference(text), "U+\(String(value, radix: 16))")
    }
    XCTAssertEqual(RussianText.fold("«Соглашение» – № 5 §\u{00A0}2"), "«соглашение» – № 5 §\u{00A0}2")
    // Scalars just outside it take the scalar path and still fold the same.
    for text in ["Ё\u{2040}Ж", "Ё\u{00C0}Ж", "Ё\u{2115}Ж", "\u{2116}\u{0308}"] {
      XCTAssertEqual(RussianText.fold(text), reference(text))
    }
  }

  func testWordsTakenAsFoldedFoldToThemselves() {
    // On ASCII and basic Cyrillic the byte test is exact; anything else is left to the full fold.
    for text in ["«а»", "а–б", "№"] { XCTAssertFalse(UTF8Scalars.withBytes(text, BasicFold.isFolded)) }
    let scalars = (0x00...0x7F).map { $0 } + (0x0400...0x045F).map { $0 }
    for value in scalars {
      let text = "а" + String(Unicode.Scalar(UInt32(value))!) + "z"
      let isFolded = UTF8Scalars.withBytes(text, BasicFold.isFolded)
      XCTAssertEqual(isFolded, reference(text) == text, "U+\(String(value, radix: 16))")
    }
    XCTAssertTrue(UTF8Scalars.withBytes("стороны-1", BasicFold.isFolded))
    XCTAssertFalse(UTF8Scalars.withBytes("ёлка", BasicFold.isFolded))
    XCTAssertFalse(UTF8Scalars.withBytes("Стороны", BasicFold.isFolded))
  }

  func testCorpusTextsFoldTheSame() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    for name in names {
      let document = try ModelCorpus.document(name)
      for act in document.acts {
        act.forEach { node, _ in
          let text = document.text(of: node)
          XCTAssertEqual(RussianText.fold(text), reference(text))
        }
      }
    }
  }

  func testOtherTextsFoldByScalars() {
    for text in ["Ёлка и ЁЖ", "é À", "о\u{301}рган", "е\u{308}ж", "Ѣ Ѳ", "\r\n"] {
      XCTAssertEqual(RussianText.fold(text), reference(text))
    }
  }
}
