import Foundation
import XCTest

@testable import TreatyCompare

/// A part's citation relative to its provision is trimmed as Foundation's `.whitespaces` trims it.
final class RelativeCitationTests: XCTestCase {
  func testTrimmedAsFoundationTrims() throws {
    var cases: [(String, String)] = [
      ("ст. 11 п. 4", "ст. 11"), ("ст. 11\u{00A0}п. 4\u{3000}", "ст. 11"), ("ст. 1\t\u{2009}пп. 2) \u{205F}", "ст. 1"),
      ("ст. 2\u{200B} п. 3\u{200B}", "ст. 2"),
      ("ст. 7 абз. 2", "ст. 7"), ("гл. 2 п. 6", ""), ("ст. 3", "ст. 3"), ("ст. 3 п. 1", "ст. 30"),
      // Not plain, so not cut by bytes: a combining mark, canonically equal spellings, a CR LF pair, an emoji.
      ("ст. 1\u{0301} п. 2", "ст. 1"), ("ст. е\u{0308} п. 2", "ст. ё"), ("ст. ё п. 2", "ст. е\u{0308}"),
      ("ст. 1\r\n п. 2", "ст. 1\r"), ("ст. 1\r\n п. 2", "ст. 1"), ("ст. 👍🏽 п. 2", "ст. 👍"), ("ст. 5–1 п. 2", "ст. 5–"),
      ("§ 2 п. 1", "§ 2"), ("ст. 4\t\u{00A0}п. 2 \t\u{00A0}", "ст. 4"), ("ст. 4\u{00A0} ", "ст. 4"), ("ст. 4 п. «а»", "ст. 4"),
      ("ст. 4 — п. 2 —", "ст. 4"), ("ст. 4\u{0085}п. 2", "ст. 4"), ("№ 2 п. 1", "№ 2"), ("ст. 2\u{2028}п. 1", "ст. 2"),
    ]
    let document = try CompareCorpus.document("kz-kg-migration-2019.txt")
    // Every citation of a corpus file against its first two words («ст. 7»).
    document.forEachNode { node, _ in
      cases.append((node.citation, node.citation.split(separator: " ").prefix(2).joined(separator: " ")))
    }
    for (citation, top) in cases {
      let expected = !top.isEmpty && citation.hasPrefix(top)
        ? String(citation.dropFirst(top.count)).trimmingCharacters(in: .whitespaces) : citation
      XCTAssertEqual(UnitIndex.relative(citation, to: top), expected, citation)
    }
  }
}
