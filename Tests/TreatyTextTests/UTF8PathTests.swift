import XCTest

@testable import TreatyText

/// The UTF-8 byte paths (folding, tokenizing, stemming) must give exactly what the scalar paths they replaced give,
/// on Russian text and on everything else a document may hold.
final class UTF8PathTests: XCTestCase {
  /// Folding by the scalar tables, as `RussianText.fold` did before it read bytes.
  private func scalarFold(_ text: String) -> String {
    RussianLetters.string(RussianLetters.folded(text.unicodeScalars))
  }

  func testFoldMatchesTheScalarPathOnEveryBasicCyrillicLetter() {
    let letters = (0x0400...0x045F).compactMap(Unicode.Scalar.init).map(String.init).joined()
    XCTAssertEqual(RussianText.fold(letters), scalarFold(letters))
    XCTAssertEqual(RussianText.fold("ЁЛКА ёлка Ѐ ѐ Ђ"), "елка елка ѐ ѐ ђ")
  }

  func testFoldOutsideTheFastPath() {
    for text in ["ÀÉÎ ß", "ΑΒΓ Ωμέγα", "Ǆ ǅ", "İstanbul", "ﬁ", "🙂 A", "е\u{0308}ж", "Е\u{0308}Ж", "\u{0308}е", "Ӂ ӂ Ԁ"] {
      XCTAssertEqual(RussianText.fold(text), scalarFold(text), text)
    }
  }

  func testTokenKeysAreFoldedWords() {
    let tokens = WordTokenizer.tokens("Ёмкость — «Премьер-Министра»,  научно-\nтехнической  ст.5 -А")
    XCTAssertEqual(tokens.map(\.text), ["Ёмкость", "—", "«", "Премьер-Министра", "»", ",", "научно", "-", "технической", "ст", ".", "5", "-", "А"])
    XCTAssertEqual(tokens.filter(\.isWord).map(\.key), ["емкость", "премьер-министра", "научно", "технической", "ст", "5", "а"])
    XCTAssertEqual(tokens.map(\.spaceBefore), [false, true, true, false, false, false, true, false, true, true, false, false, true, false])
    XCTAssertEqual(tokens[1].key, "-")
    XCTAssertEqual(tokens[2].key, "\"")
  }

  func testTokensKeepStressMarksAndNonBreakingSpacesSeparate() {
    let tokens = WordTokenizer.tokens("Сторона\u{00A0}обя\u{0301}зана\u{2003}и")
    XCTAssertEqual(tokens.map(\.text), ["Сторона", "обя\u{0301}зана", "и"])
    XCTAssertEqual(tokens.map(\.spaceBefore), [false, true, true])
  }

  func testStemsAreTheStemsOfTheWords() {
    let text = "Компетентные органы Сторон, указанные в статье 5-1, обмениваются ИНФОРМАЦИЕЙ; ёлки-палки."
    XCTAssertEqual(RussianText.stems(text), RussianText.words(text).map { RussianStemmer.stem(String($0)) })
    XCTAssertEqual(RussianText.stems(""), [])
    XCTAssertEqual(RussianText.stems(" — "), [])
  }

  func testDecodeReadsEveryLength() {
    let text = "aЖ€🙂"
    var scalars: [Unicode.Scalar] = []
    UTF8Scalars.withBytes(text) { bytes in
      var index = 0
      while index < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
        scalars.append(scalar)
        index += length
      }
    }
    XCTAssertEqual(scalars, Array(text.unicodeScalars))
  }
}
