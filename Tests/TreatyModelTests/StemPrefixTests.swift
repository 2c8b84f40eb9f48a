import Foundation
import TreatyStructure
import TreatyText
import XCTest

/// The defined-term search skips stemming a word whose folded form cannot start like the term's stem
/// (`FoldedStart`). That is only sound while every stem is a prefix of its folded word; this checks it on every
/// word of the corpus, so that a change to the stemmer that breaks it fails here rather than silently.
final class StemPrefixTests: XCTestCase {
  func testEveryStemIsAPrefixOfItsFoldedWord() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
    XCTAssertFalse(names.isEmpty)
    for name in names {
      let document = try ModelCorpus.document(name)
      var words = Set<Substring>()
      for act in document.acts { act.forEach { node, _ in words.formUnion(RussianText.words(document.text(of: node))) } }
      for word in words {
        let stem = RussianStemmer.stem(String(word))
        let folded = RussianText.fold(String(word))
        XCTAssertTrue(folded.unicodeScalars.starts(with: stem.unicodeScalars), "«\(word)»: «\(stem)» is not a prefix of «\(folded)»")
      }
    }
  }

  func testFoldedStartRulesOutOnlyWordsThatCannotMatch() {
    var start = FoldedStart("сторо".unicodeScalars)
    XCTAssertFalse(start.rulesOut("Сторонами"))
    XCTAssertFalse(start.rulesOut("СТОРОНЫ"))
    XCTAssertTrue(start.rulesOut("органы"))
    XCTAssertTrue(start.rulesOut("сто"))
    // Anything beyond ASCII and basic Cyrillic is left to the stemmer.
    XCTAssertFalse(start.rulesOut("о\u{301}рганы"))
    var ie = FoldedStart("ее".unicodeScalars)
    XCTAssertFalse(ie.rulesOut("её"))
  }
}
