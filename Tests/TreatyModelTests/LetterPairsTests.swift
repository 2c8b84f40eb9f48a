import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// The clause table searches a text only for the phrases whose letter pairs it has (`LetterPairs`): the filter must
/// never turn away a phrase the text holds, so classifying with it gives what searching every phrase gives.
final class LetterPairsTests: XCTestCase {
  /// `ClauseClassifier.classify(folded:)` without the filter: every phrase searched for.
  private func reference(_ folded: String) -> (ClauseType, String)? {
    for rule in ClauseClassifier.rules {
      for alternative in rule.alternatives where alternative.allSatisfy({ FastSearch.contains(folded, $0) }) {
        return (rule.type, alternative.map { "«\($0)»" }.joined(separator: " + "))
      }
    }
    return nil
  }

  private func assertFilterKeepsEveryPhrase(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let folded = RussianText.fold(text)
    let pairs = LetterPairs(folded)
    for phrase in ClauseClassifier.rules.flatMap({ $0.alternatives.joined() }) where FastSearch.contains(folded, phrase) {
      XCTAssertTrue(pairs.contains(LetterPairs(phrase)), "«\(phrase)» in «\(text)»", file: file, line: line)
    }
    let (expected, found) = (reference(folded), ClauseClassifier.classify(folded: folded))
    XCTAssertEqual(found?.0, expected?.0, text, file: file, line: line)
    XCTAssertEqual(found?.1, expected?.1, text, file: file, line: line)
  }

  func testTrickyStrings() {
    for text in [
      "", "а", "Запрос", "ЯЗЫК", "отказ-запрос", "Ёлка и язык", "расход\u{0301}ы", "Координация – «запрос»",
      "organizationally язык", "компетентными  органами являются", "в иных целях;обмен",
    ] {
      assertFilterKeepsEveryPhrase(text)
    }
    // A pair broken by a space, a hyphen or another letter is not a pair.
    XCTAssertFalse(LetterPairs("аб в").contains(LetterPairs("бв")))
    XCTAssertFalse(LetterPairs("б-в").contains(LetterPairs("бв")))
    XCTAssertFalse(LetterPairs("бїв").contains(LetterPairs("бв")))
    XCTAssertTrue(LetterPairs("xбвy").contains(LetterPairs("бв")))
    XCTAssertTrue(LetterPairs("яюэ").contains(LetterPairs("юэ")))
  }

  func testEveryUnitOfTheCorpus() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let document = try ModelCorpus.document(name)
      document.forEachNode { node, _ in
        assertFilterKeepsEveryPhrase(document.text(of: node))
        if let title = document.title(of: node) { assertFilterKeepsEveryPhrase(title) }
      }
    }
  }
}
