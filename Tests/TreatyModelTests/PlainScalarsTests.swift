import Foundation
import TreatyStructure
import TreatyText
import XCTest

/// `PlainScalars` must give exactly what the `Character`- and Foundation-based questions it replaces give.
final class PlainScalarsTests: XCTestCase {
  private let tricky = [
    "Соглашения", "СОГЛАШЕНИЯ", "«Соглашение", "(протокол);", "о\u{301}рган", "е\u{308}ж", "Ёлка", "отчёт", "отчет",
    "настоящего", "Настоящ\u{301}его", "стате\u{301}й", "статей", "İstanbul", "Ⱥ", "№", "—", "\r\n", "", "в", "В",
  ]

  private func corpusWords() throws -> [Substring] {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    var words = Set<Substring>(tricky.map { Substring($0) })
    for name in names {
      let document = try ModelCorpus.document(name)
      for act in document.acts { act.forEach { node, _ in words.formUnion(document.text(of: node).split(separator: " ")) } }
    }
    return Array(words)
  }

  func testPlainBytesAgreeWithPlainScalars() {
    for value in UInt32(0)...0x2FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      XCTAssertEqual(PlainScalars.isPlain(String(scalar)), PlainScalars.isPlain(scalar), "U+\(String(value, radix: 16))")
    }
  }

  func testWordQuestionsAgreeWithCharacters() throws {
    let prefixes = ["настоящ", "соглашени", "отчёт", "стать", "подпункт", "сторон", "рабоч"]
    for word in try corpusWords() {
      for prefix in prefixes {
        XCTAssertEqual(PlainScalars.hasLowercasedPrefix(word, prefix), word.lowercased().hasPrefix(prefix), "\(word) \(prefix)")
      }
      XCTAssertEqual(PlainScalars.hasLowercasedSuffix(word, "ами"), word.lowercased().hasSuffix("ами"))
      XCTAssertEqual(PlainScalars.lowercasedEquals(word, "статей"), word.lowercased() == "статей")
      XCTAssertEqual(PlainScalars.equals(word, "в"), word == "в")
      XCTAssertEqual(PlainScalars.hasSuffix(word, ";"), word.hasSuffix(";"))
      var trimmed = word
      while let first = trimmed.first, "(«\"“,;.".contains(first) { trimmed = trimmed.dropFirst() }
      while let last = trimmed.last, "(«\"“,;.".contains(last) { trimmed = trimmed.dropLast() }
      XCTAssertEqual(PlainScalars.trimming(word, "(«\"“,;."), trimmed)
      XCTAssertEqual(
        String(PlainScalars.trimmingScalars(word, "(«\"“")), word.trimmingCharacters(in: CharacterSet(charactersIn: "(«\"“")))
      XCTAssertEqual(PlainScalars.split(String(word), separator: "-"), word.split(separator: "-"))
      XCTAssertEqual(PlainScalars.split(" " + word + "  x", separator: " "), (" " + word + "  x").split(separator: " "))
      XCTAssertEqual(PlainScalars.lettersAndHyphens(word), word.split(whereSeparator: { !$0.isLetter && $0 != "-" }))
    }
  }

  func testRangeAgreesWithFoundation() throws {
    let needles = ["№", " N ", "(далее", "«", "\"", "“", "настоящ", "е", "и", " от "]
    let texts = try corpusWords().map(String.init) + ["x (далеё y", "край", "се\u{308}рый (далее", "№ 5"]
    for text in texts {
      for needle in needles {
        XCTAssertEqual(PlainScalars.range(of: needle, in: text), text.range(of: needle), "\(text) \(needle)")
      }
    }
  }
}
