import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `MentionWords` reads a plain text's words from its bytes and makes a word's `Substring` only when asked;
/// `ActKindWords.kind(plain:)` reads a word's first letters from their bytes. Both must answer as the general paths
/// do: the words of `PlainScalars.split` and their `Character`-exact questions, and the lowercased prefixes.
final class MentionWordsTests: XCTestCase {
  private func assertSameWords(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    guard PlainScalars.isPlain(text) else { return }
    let fast = MentionWords(text, plain: true)
    let general = MentionWords(text, plain: false)
    XCTAssertEqual(fast.count, general.count, "«\(text)»", file: file, line: line)
    guard fast.count == general.count else { return }
    for index in 0..<fast.count {
      XCTAssertEqual(fast[index], general[index], "«\(text)» \(index)", file: file, line: line)
      XCTAssertEqual(fast.endsClause(index), general.endsClause(index), "«\(text)» \(index)", file: file, line: line)
      XCTAssertEqual(fast.isIn(index), general.isIn(index), "«\(text)» \(index)", file: file, line: line)
      XCTAssertEqual(fast.namesKind(index), general.namesKind(index), "«\(text)» \(index)", file: file, line: line)
      var (fastQuotes, generalQuotes) = (QuoteBalance(), QuoteBalance())
      fast.addQuotes(of: index, to: &fastQuotes)
      general.addQuotes(of: index, to: &generalQuotes)
      XCTAssertEqual(fastQuotes.isOpen, generalQuotes.isOpen, "«\(text)» \(index)", file: file, line: line)
      for end in index...min(fast.count, index + 6) {
        XCTAssertEqual(fast.phrase(index..<end), general.phrase(index..<end), "«\(text)»", file: file, line: line)
      }
    }
  }

  /// The kind a word names by the general path: its lowercase starts with a prefix.
  private func generalKind(_ word: Substring) -> ActKind? {
    let lower = word.lowercased()
    return ActKindWords.prefixes.first { lower.hasPrefix($0.0) }?.1
  }

  private func assertSameKind(_ word: Substring, file: StaticString = #filePath, line: UInt = #line) {
    guard PlainScalars.isPlain(word) else { return }
    let fast = word.utf8.withContiguousStorageIfAvailable(ActKindWords.kind(plain:)) ?? nil
    XCTAssertEqual(fast, generalKind(word), "«\(word)»", file: file, line: line)
  }

  func testTrickyTexts() {
    for text in [
      "", " ", "  ", "в", " в ", "В", "во", "Закон;", "закон.", "«Закон»", "(Кодекса", "\"Соглашение\" в Протокол",
      "ЗАКОНОМ  о   порядке ", "Закон\u{2013}Указ", "Отчёт отчет ОТЧЁТ", "Ѐсоглашение Ѝ", "Zакон Сoглашение",
      "законодательством", "Положения «О порядке» “Правила”", "а\r\nб", "№ 5 — в Указ;", "ПРОТОКОЛ. Приказываю",
    ] {
      assertSameWords(text)
      for word in PlainScalars.split(text, separator: " ") { assertSameKind(word) }
    }
  }

  func testEveryWordOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      assertSameWords(text)
      for word in PlainScalars.split(text, separator: " ") {
        assertSameKind(word)
        // Without its leading marks, as a mention's start is read.
        assertSameKind(PlainScalars.trimmingScalars(word, "(«\"“,;."))
      }
    }
  }

  /// Every two-byte scalar: the letter read from its bytes is the lowercased scalar's place after «а» (below 48).
  func testLetterOfEveryTwoByteScalar() {
    for value in UInt32(0x80)...0x7FF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var bytes = Array(String(scalar).utf8)
      XCTAssertEqual(bytes.count, 2)
      bytes += [0x20]
      let place = PlainScalars.lowercased(scalar).value &- 0x0430
      let expected: UInt32? = place < 48 ? place : nil
      let found = bytes.withUnsafeBufferPointer { ActKindWords.letter($0, at: 0) }
      XCTAssertEqual(found, expected, "U+\(String(value, radix: 16))")
    }
  }
}
