import Foundation
import XCTest

@testable import TreatyText

/// `RussianStemmer.stem(utf8:)` stems words of ASCII and Russian letters in compact one-byte codes; the scalar path
/// (`stem(scalarsOf:)`) is the reference it must match word for word, so that no stem, and no output, changes.
final class StemmerBytesTests: XCTestCase {
  private static let corpusDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpus")

  /// Words at the edges of the compact path: ё in both cases and decomposed, hyphens, capitals, Latin and digits
  /// mixed in, one and two letters, no vowel at all, the endings step 4 and step 2 look at, and scalars the compact
  /// path must hand to the scalar one.
  private static let edgeWords = [
    "ёлка", "Ёлка", "ЁЛКА", "её", "ЕЁ", "отчёт", "отчётность", "е\u{308}лка", "ОТЧЕ\u{308}Т", "ё", "Ё",
    "северо-западный", "Северо-Западного", "кое-что", "из-за", "1-го", "2019-ом", "-ся", "а-", "-",
    "СОГЛАШЕНИЕ", "СТОРОНЫ", "Соглашения", "ВНУТРЕННИХ", "МиД", "COVID-19", "ЕАЭС", "РФ", "USD", "iPhone",
    "abcя", "яabc", "ООНовский", "а", "я", "в", "В", "и", "ь", "нн", "ин", "ай", "аи", "ой", "ых", "ья",
    "вств", "рвсть", "здрст", "бб", "йй", "ннн", "длинн", "длинно", "странн", "странный", "стран", "осень",
    "сознание", "мнении", "гении", "станции", "знании", "слушанием", "важностью", "радостью", "надежнейшее",
    "покорнейше", "туннель", "лиственный", "ееееее", "ааааааааааа", "ь-ь", "1", "2019", "", "№", "§5",
    "Ѐжик", "ѓрод", "їжак", "Ўзбек", "İstanbul", "о\u{301}рган", "статья\u{301}", "Ⱥ", "ﬁ", "ǅ", "ǈ",
    "ѐлка", "ѝ", "ѿ", "ЀЍЎЏ", "ђ", "Ѡ",
  ]

  private func corpusWords() throws -> Set<String> {
    let files = try FileManager.default.contentsOfDirectory(at: Self.corpusDirectory, includingPropertiesForKeys: nil)
      .filter { ["txt", "md"].contains($0.pathExtension) }
    XCTAssertFalse(files.isEmpty, "the corpus directory should hold texts")
    var words = Set<String>()
    for file in files {
      let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      RussianText.forEachWord(in: text) { _, bytes in words.insert(String(decoding: bytes, as: UTF8.self)) }
      // Whitespace-separated pieces too: words with the punctuation, digits and signs the tokenizer would cut off.
      for piece in text.split(whereSeparator: { $0.isWhitespace }) { words.insert(String(piece)) }
    }
    return words
  }

  private func assertPathsAgree(_ word: String, file: StaticString = #filePath, line: UInt = #line) {
    var bytes = word
    let (compact, scalar) = bytes.withUTF8 { (RussianStemmer.stem(utf8: $0), RussianStemmer.stem(scalarsOf: $0)) }
    XCTAssertEqual(compact, scalar, "«\(word)»", file: file, line: line)
  }

  func testCompactPathAgreesWithScalarPathOnEveryCorpusWord() throws {
    let words = try corpusWords()
    XCTAssertGreaterThan(words.count, 5_000, "the corpus should give many distinct words")
    for word in words { assertPathsAgree(word) }
  }

  func testCompactPathAgreesWithScalarPathOnEdgeWords() {
    for word in Self.edgeWords {
      assertPathsAgree(word)
      assertPathsAgree(word.uppercased())
      assertPathsAgree(word + "ся")
      assertPathsAgree("а" + word)
    }
  }

  /// Every word of up to three letters from a small alphabet that reaches every kind of letter code: vowels, н, ь,
  /// й, ё in both cases, a capital, an ASCII letter, a digit and a hyphen.
  func testCompactPathAgreesWithScalarPathOnShortWords() {
    let letters = ["а", "я", "и", "е", "н", "ь", "й", "в", "ш", "с", "ё", "Ё", "Н", "x", "7", "-"]
    var words = [""]
    for _ in 1...3 {
      words = words.flatMap { word in letters.map { word + $0 } }
      for word in words { assertPathsAgree(word) }
    }
  }

  /// Words built from every ending of every class, after stems that do and do not put the ending inside RV and R2,
  /// with and without а or я before it.
  func testCompactPathAgreesWithScalarPathOnEveryEnding() {
    let classes = [
      RussianEndings.perfectiveGerund, RussianEndings.adjective, RussianEndings.participle, RussianEndings.reflexive,
      RussianEndings.verb, RussianEndings.noun, RussianEndings.superlative, RussianEndings.derivational,
    ]
    let stems = ["", "б", "а", "я", "ба", "бя", "бо", "бон", "бонн", "сторон", "работа", "нося", "важност", "ейш"]
    for endingClass in classes {
      for ending in endingClass.endings {
        let text = RussianLetters.string(ending.letters)
        for stem in stems {
          assertPathsAgree(stem + text)
          assertPathsAgree(stem + text + "ся")
          assertPathsAgree(stem + text + "ь")
          assertPathsAgree((stem + text).uppercased())
        }
      }
    }
  }

  func testStemOfStringMatchesStemOfItsBytes() {
    for word in Self.edgeWords {
      var bytes = word
      XCTAssertEqual(RussianStemmer.stem(word), bytes.withUTF8 { RussianStemmer.stem(scalarsOf: $0) }, "«\(word)»")
    }
  }
}
