import Foundation
import TreatyStructure
@testable import TreatyText
import XCTest

/// `NounPhrase` reads plain words (see `PlainScalars`) by scalars; each answer must be the one the `Character`
/// reading gives, on tricky words and on every word of the corpus.
final class NounPhraseFastPathTests: XCTestCase {
  private static let tricky = [
    "", "-", "--", "а-", "-б", "Премьер-Министра", "премьер-министр", "Ёлочной", "ёлочный", "İstanbulский", "ǆой",
    "ßой", "ŉая", "Éтой", "éтой", "1-го", "Казахстанской", "ГОСУДАРСТВЕННАЯ", "ий", "Кий", "Ѐтий", "ѐтий", "Z-ий",
    "a\u{0301}ой", "Ой\u{0301}", "日本ый",
  ]

  /// The adjective test as it read `Character`s.
  private func referenceIsAdjective(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower.count > 3 && Adjective.endings.contains { lower.hasSuffix($0) } && Lexicon.lemma(of: word) == nil
  }

  private func assertSameAnswers(_ word: String, like original: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(Adjective.isAdjective(word), referenceIsAdjective(word), "«\(word)»", file: file, line: line)
    XCTAssertEqual(NounPhrase.matchCase(word, like: original), NounPhrase.generalMatchCase(word, like: original),
      "«\(word)» like «\(original)»", file: file, line: line)
  }

  /// `NounPhrase.nominative` as it cut every phrase at its dashes before searching for them.
  private func referenceNominative(_ phrase: String) -> String {
    for separator in [" – ", " - "] {
      let parts = PlainScalars.components(phrase, separatedBy: separator)
      if parts.count > 1 { return parts.map(referenceNominative).joined(separator: separator) }
    }
    return NounPhrase.nominative(phrase)
  }

  func testPhrasesAreCutAtTheirDashesAsBefore() throws {
    var phrases = [
      "Заместителю Премьер-Министра – Министру иностранных дел", "Министерством - Комитетом", "а – б - в", " – ",
      "Правительством Кыргызской Республики", "Министерству\u{0301} – Комитету", "x —  y", "",
    ]
    let document = try ModelCorpus.document("kz-kg-migration-2019.txt")
    document.forEachNode { node, _ in phrases.append(document.text(of: node)) }
    for phrase in phrases { XCTAssertEqual(NounPhrase.nominative(phrase), referenceNominative(phrase), "«\(phrase)»") }
  }

  func testTrickyWords() {
    for word in Self.tricky {
      for original in Self.tricky { assertSameAnswers(word, like: original) }
    }
  }

  func testEveryScalarAsFirstLetter() {
    for value in 0x00...0x052F {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let word = String(scalar) + "ской"
      assertSameAnswers(word, like: word)
      assertSameAnswers("ской-" + word, like: "А-" + word)
    }
  }

  func testEveryWordOfTheCorpus() throws {
    var words: Set<String> = []
    try ModelCorpus.forEachNode { _, _, text in
      for word in text.split(separator: " ") { words.insert(String(word)) }
    }
    let lowered = words.map { $0.lowercased() }
    for (word, lower) in zip(words, lowered) {
      assertSameAnswers(word, like: word)
      assertSameAnswers(lower, like: word)
    }
  }
}
