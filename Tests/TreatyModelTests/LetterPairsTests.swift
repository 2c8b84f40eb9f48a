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
    try ModelCorpus.forEachNode { document, node, text in
      assertFilterKeepsEveryPhrase(text)
      if let title = document.title(of: node) { assertFilterKeepsEveryPhrase(title) }
    }
  }
}
