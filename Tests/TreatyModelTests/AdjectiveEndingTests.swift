import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `Adjective.ending(of:isPlain:)` reads a plain word's last three scalars once, and `Adjective.nominative` lowercases
/// a plain word on bytes and tests its stem's last letter by scalar; each must answer as the general reading does,
/// on tricky words and on every word of the corpus.
final class AdjectiveEndingTests: XCTestCase {
  private static let tricky = [
    "", "й", "ий", "Кий", "ОГО", "ого", "-ого", "Казахстанской", "ГОСУДАРСТВЕННАЯ", "Ёлочной", "ёлочный", "Ѐтий",
    "ѐтий", "Z-ий", "a\u{0301}ой", "Ой\u{0301}", "日本ый", "ßой", "ŉая", "Éтой", "русскИЕ", "высшего", "Общих", "дружеское",
    "Российской", "тихого", "ЧУЖИМИ", "ЯЯ", "яя", "синЮЮ", "Государственный\u{0301}", "1-го",
  ]

  /// `Adjective.nominative` as it read `Character`s and asked every ending of the word.
  private func referenceNominative(_ word: String, gender: Adjective.Gender, plural: Bool) -> String {
    guard let ending = Adjective.endings.first(where: { PlainScalars.hasLowercasedSuffix(word, $0) }) else { return word }
    let lower = word.lowercased()
    let stem = String(lower.dropLast(ending.count))
    let velarOrSibilant = stem.last.map { "гкхжшчщ".contains($0) } ?? false
    let soft = !velarOrSibilant && ["е", "и", "я", "ю"].contains(String(ending.prefix(1)))
      && !["ой", "ом", "ым"].contains(ending)
    if plural { return stem + (soft || velarOrSibilant ? "ие" : "ые") }
    switch gender {
    case .feminine: return stem + (soft ? "яя" : "ая")
    case .neuter: return stem + (soft || (velarOrSibilant && "жшчщ".contains(stem.last ?? " ")) ? "ее" : "ое")
    case .masculine: return stem + (soft || velarOrSibilant ? "ий" : "ый")
    }
  }

  private func assertSameAnswers(_ word: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(
      Adjective.ending(of: word, isPlain: PlainScalars.isPlain(word)),
      Adjective.endings.first { PlainScalars.hasLowercasedSuffix(word, $0) }, "«\(word)»", file: file, line: line)
    for gender in [Adjective.Gender.masculine, .feminine, .neuter] {
      for plural in [false, true] {
        XCTAssertEqual(
          Adjective.nominative(word, gender: gender, plural: plural),
          referenceNominative(word, gender: gender, plural: plural), "«\(word)»", file: file, line: line)
      }
    }
  }

  func testTrickyWords() {
    for word in Self.tricky { assertSameAnswers(word) }
  }

  func testEveryScalarBeforeAnEnding() {
    for value in 0x00...0x052F {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      for ending in ["ого", "ой", "ие", "ая", "ей", "ий"] {
        assertSameAnswers("ст" + String(scalar) + ending)
        assertSameAnswers(String(scalar) + ending)
      }
    }
  }

  func testEveryWordOfTheCorpus() throws {
    var words: Set<String> = []
    try ModelCorpus.forEachNode { _, _, text in
      for word in text.split(separator: " ") { words.insert(String(word)) }
    }
    for word in words {
      assertSameAnswers(word)
      assertSameAnswers(word.lowercased())
    }
  }
}
