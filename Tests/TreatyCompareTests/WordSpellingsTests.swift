import Foundation
import TreatyText
import XCTest

@testable import TreatyCompare

/// Tokens whose word strings come from a document's `WordSpellings` must be the tokens made afresh, byte for byte.
final class WordSpellingsTests: XCTestCase {
  func testUnitTokensAreFreshTokensOnEveryCorpusFile() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CompareCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }.sorted()
    var units = 0
    for file in files {
      let index = UnitIndex(try CompareCorpus.document(file))
      for unit in index.tops.flatMap({ $0 }) + index.parts.flatMap({ $0.flatMap { $0 } }) {
        assertSameTokens(unit.tokens, WordTokenizer.tokens(unit.text), "\(file) \(unit.node.id)")
        units += 1
      }
      // A part's stems, found by spelling entry, are its words' stems.
      for part in index.parts.flatMap({ $0.flatMap { $0 } }) {
        XCTAssertEqual(
          part.stemIDs.map { index.vocabulary.stems[Int($0)] }, WordTokenizer.wordKeys(part.text).map(RussianStemmer.stem),
          "\(file) \(part.node.id)")
      }
    }
    XCTAssertGreaterThan(units, 1000)
  }

  /// One table across texts where the same bytes are words of different kinds: capitals, ё, combining marks,
  /// letters outside the basic blocks, hyphens, digits, and words met first in one spelling and then another.
  func testTrickyWordsThroughOneTable() {
    let texts = [
      "Стороны стороны СТОРОНЫ Стороны", "ёж Ёж ЁЖ еж", "и\u{0306}од йод ЙОД", "İstanbul istanbul ISTANBUL",
      "научно-\nтехнической научно-технической Научно‑технической", "ст.5 -А 5-А 5‑а", "обя\u{0301}зана обязана",
      "Ärzte ärzte ÄRZTE straße STRASSE", "«Стороны» — “стороны” – ‘И’", "Ѐ ѐ Ѝ ѝ Ў ў Қазақстан ҚАЗАҚСТАН",
      "1999 г. № 12/3 §4 ½", "", " ", "\r\n\t", "a\u{00A0}b\u{2003}c", "𝔸𝔹 𝔸𝔹 x\u{20DD}",
    ]
    var spellings = WordSpellings()
    for _ in 0..<2 {
      for text in texts {
        assertSameTokens(WordTokenizer.tokens(text, spellings: &spellings), WordTokenizer.tokens(text), text)
      }
    }
    XCTAssertGreaterThan(spellings.count, 20)
  }

  private func assertSameTokens(_ shared: [WordToken], _ fresh: [WordToken], _ context: String) {
    XCTAssertEqual(shared.count, fresh.count, context)
    for (left, right) in zip(shared, fresh) {
      XCTAssertEqual(Array(left.text.utf8), Array(right.text.utf8), context)
      XCTAssertEqual(Array(left.key.utf8), Array(right.key.utf8), context)
      XCTAssertEqual(left.isWord, right.isWord, context)
      XCTAssertEqual(left.spaceBefore, right.spaceBefore, context)
      XCTAssertEqual(left.keyIsPlain, right.keyIsPlain, context)
    }
  }
}
