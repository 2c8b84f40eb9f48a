import Foundation
import TreatyModel
import TreatyText
import XCTest

@testable import TreatyCompare

/// Where `LineLead` finds a lead, the line's words must be the lead's words and then the text's.
final class LineLeadTests: XCTestCase {
  func testLeadWordsThenTextWordsAreTheLinesWords() {
    let cases: [(line: String, text: String, lead: String?)] = [
      ("1. Стороны обязуются", "Стороны обязуются", "1."), ("а) срок", "срок", "а)"), ("срок", "срок", ""),
      ("5-\nСтороны", "Стороны", "5-"), ("5- Стороны", "Стороны", "5-"), ("5-Стороны", "Стороны", nil),
      ("1.Стороны", "Стороны", nil), ("1.  Стороны", "Стороны", "1. "), ("1.\u{00A0}Стороны", "Стороны", nil),
      ("Статья 5. Срок\nСтороны", "Срок\nСтороны", "Статья 5."), ("1. и\u{0306}од", "\u{0306}од", nil),
      ("1. Стороны", "", nil), ("Стороны", "1. Стороны", nil), ("1. Сторона", "Стороны", nil),
      ("1. ё-моё", "ё-моё", "1."), ("x -y", "-y", "x"),
    ]
    for (line, text, lead) in cases {
      XCTAssertEqual(LineLead.of(line, before: text), lead, line)
      if let found = LineLead.of(line, before: text) {
        XCTAssertEqual(WordTokenizer.wordKeys(found) + WordTokenizer.wordKeys(text), WordTokenizer.wordKeys(line), line)
      }
    }
  }

  /// Every part's line of every corpus file: nearly all have a lead, and each lead splits the line's words.
  func testCorpusPartLines() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CompareCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }.sorted()
    var (found, missed) = (0, 0)
    for file in files {
      let document = try CompareCorpus.document(file)
      let texts = NodeTexts(document)
      let index = UnitIndex(document, texts: texts)
      for (act, provisions) in index.parts.enumerated() {
        for (top, parts) in provisions.enumerated() {
          let lines = DescendantLines(of: index.tops[act][top].node, in: document, texts: texts)
          for part in parts {
            guard let line = lines.nodes.firstIndex(where: { $0.id == part.node.id }) else { continue }
            guard let lead = LineLead.of(lines.texts[line], before: part.text) else {
              missed += 1
              continue
            }
            found += 1
            XCTAssertEqual(
              WordTokenizer.wordKeys(lead) + WordTokenizer.wordKeys(part.text), WordTokenizer.wordKeys(lines.texts[line]),
              "\(file) \(part.node.id)")
          }
        }
      }
    }
    XCTAssertGreaterThan(found, 10 * missed)
  }
}
