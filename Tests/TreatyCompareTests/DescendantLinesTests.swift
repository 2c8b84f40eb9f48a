import Foundation
import TreatyModel
import TreatyStructure
import XCTest

@testable import TreatyCompare

/// `DescendantLines` takes an unlabelled, untitled descendant's line from the document's node texts instead of
/// deriving it again; every line must still be the label, title and text derived together.
final class DescendantLinesTests: XCTestCase {
  func testLinesAreTheDerivedLabelTitleAndTextOnEveryCorpusFile() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CompareCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }.sorted()
    var sharedLines = 0
    for file in files {
      let document = try CompareCorpus.document(file)
      let texts = NodeTexts(document)
      for act in document.acts {
        for node in UnitIndex.topNodes(of: act) {
          let lines = DescendantLines(of: node, in: document, texts: texts)
          // Whole texts are the own text and the lines with text, one a line.
          for own in ["", "Статья 1. Сфера", UnitIndex.ownText(node, document, texts)] {
            for range in [lines.texts.indices, lines.texts.indices.prefix(1), lines.texts.indices.suffix(2)] {
              let expected = ([own] + lines.texts[range]).filter { !$0.isEmpty }.joined(separator: "\n")
              XCTAssertEqual(Array(lines.wholeText(own: own, descendants: range).utf8), Array(expected.utf8), file)
            }
          }
          let title = document.title(of: node) ?? ""
          let ownExpected = [title, texts.text(of: node, in: document)].filter { !$0.isEmpty }.joined(separator: " ")
          XCTAssertEqual(Array(UnitIndex.ownText(node, document, texts).utf8), Array(ownExpected.utf8), file)
          for (descendant, line) in zip(lines.nodes, lines.texts) {
            let expected = TextNormalizer.text(
              of: descendant.label + descendant.titlePieces + descendant.textPieces, in: document.source)
            XCTAssertEqual(Array(line.utf8), Array(expected.utf8), "\(file) \(descendant.id)")
            if descendant.label.isEmpty && descendant.titlePieces.isEmpty { sharedLines += 1 }
          }
        }
      }
    }
    XCTAssertGreaterThan(sharedLines, 100)
  }
}
