@testable import TreatyStructure
import TreatyText
import XCTest

/// A line put together from its lead's text and its text's (`TextNormalizer.text(of:before:derived:in:)`) must be
/// the line derived whole.
final class LeadAndTextTests: XCTestCase {
  private func assertSame(_ lead: [TextPiece], _ pieces: [TextPiece], _ source: SourceText, _ what: @autoclosure () -> String) {
    let whole = TextNormalizer.text(of: lead + pieces, in: source)
    let joined = TextNormalizer.text(
      of: lead, before: pieces, derived: TextNormalizer.text(of: pieces, in: source), in: source)
    XCTAssertEqual(Array(joined.utf8), Array(whole.utf8), what())
  }

  func testEveryNodeOfTheCorpus() throws {
    var nodes = 0
    for name in Corpus.files {
      let document = try Corpus.parse(name)
      for act in document.acts {
        act.forEach { node, _ in
          assertSame(node.label + node.titlePieces, node.textPieces, document.source, "\(name) \(node.id)")
          assertSame(node.label, node.titlePieces + node.textPieces, document.source, "\(name) \(node.id)")
          nodes += 1
        }
      }
    }
    XCTAssertGreaterThan(nodes, 1000)
  }

  /// Random pieces over random text made of what the joins and the tidying turn on: spaces, tabs, line breaks,
  /// CRs, hyphens after letters and spaces, brackets, closing punctuation, letters, letter-spaced and glued words.
  func testRandomPieces() {
    let parts = [
      "а", "Б", "x", "1", " ", "  ", "\t", "\n", "\r", "-", "(", ")", ",", ".", ";", "«", "»", "—", "п р о т и в",
      "ПрезидентРеспублики", "слово,word", "ё", "\u{00A0}", "1.", "а)",
    ]
    let joins: [TextPiece.Join] = [.none, .space, .line, .paragraph]
    var random = SplitMix64(seed: 20_261_123)
    for round in 0..<20_000 {
      var text = ""
      for _ in 0..<(2 + random.below(24)) { text += parts[random.below(parts.count)] }
      let source = SourceText(text: text)
      let count = source.bytes.count
      // Cut at scalar starts, as pieces are.
      let starts = (0...count).filter { $0 == count || source.bytes[$0] & 0xC0 != 0x80 }
      func piece() -> TextPiece {
        let a = starts[random.below(starts.count)]
        let b = starts[random.below(starts.count)]
        return TextPiece(SourceRange(min(a, b), max(a, b)), join: joins[random.below(joins.count)])
      }
      let lead = (0..<random.below(3)).map { _ in piece() }
      let pieces = (0..<random.below(4)).map { _ in piece() }
      assertSame(lead, pieces, source, "round \(round): \(text.debugDescription) \(lead) \(pieces)")
    }
  }
}
