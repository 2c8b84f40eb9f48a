import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `FastSearch.offset(of:in:)` and `offset(of:in:from:)` read native strings in place; their offsets must be
/// those of a plain byte-by-byte search, on tricky strings, on bridged-like slices and on every unit of the corpus.
final class FastSearchInPlaceTests: XCTestCase {
  /// The first offset at or after `from` where `needle`'s bytes stand in `haystack`'s.
  private func referenceOffset(_ needle: String, _ haystack: String, from: Int = 0) -> Int? {
    let (text, pattern) = (Array(haystack.utf8), Array(needle.utf8))
    guard from <= text.count else { return nil }
    guard !pattern.isEmpty else { return from }
    guard pattern.count <= text.count - from else { return nil }
    return (from...(text.count - pattern.count)).first { Array(text[$0..<($0 + pattern.count)]) == pattern }
  }

  private func assertSameOffsets(_ needle: String, _ haystack: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(FastSearch.offset(of: needle, in: haystack), referenceOffset(needle, haystack),
      "«\(needle)» in «\(haystack)»", file: file, line: line)
    for from in [0, 1, 3, haystack.utf8.count, haystack.utf8.count + 1] {
      XCTAssertEqual(FastSearch.offset(of: needle, in: haystack, from: from), referenceOffset(needle, haystack, from: from),
        "«\(needle)» in «\(haystack)» from \(from)", file: file, line: line)
    }
  }

  func testTrickyStrings() {
    let haystacks = ["", "а", "дн", "30 дней", "ДНЕЙ дн", "сторон Сторон", "ёё е", "a\u{0301}b", "日本語", "x" + String(repeating: "дн ", count: 50)]
    for haystack in haystacks {
      for needle in ["", "д", "дн", "дней", " ", "ё", "\u{0301}", "本", "сторон", "x"] { assertSameOffsets(needle, haystack) }
    }
    // Small strings are stored inline: searched the same.
    assertSameOffsets("b", "ab")
    assertSameOffsets("ab", "ab")
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      let folded = RussianText.fold(text)
      for needle in ["дн", "год", "сторон", "настоящ", "компетентными органами", "(далее", "№"] {
        XCTAssertEqual(FastSearch.offset(of: needle, in: folded), referenceOffset(needle, folded))
        XCTAssertEqual(FastSearch.offset(of: needle, in: text, from: 2), referenceOffset(needle, text, from: 2))
      }
    }
  }
}
