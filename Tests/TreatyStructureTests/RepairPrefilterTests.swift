@testable import TreatyStructure
import TreatyText
import XCTest

/// The repair pre-filter may let through text with nothing to repair, but it must never turn away text in which
/// `GluedWords` or `LetterSpacing` finds something: that would silently drop a repair.
final class RepairPrefilterTests: XCTestCase {
  /// What the full scans find in `start..<end`, and what the pre-filter says.
  private func verdicts(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (found: Bool, mayNeed: Bool) {
    bytes.withUnsafeBufferPointer { buffer in
      let found = !GluedWords.boundaries(buffer, start: start, end: end).isEmpty
        || !LetterSpacing.runs(buffer, start: start, end: end).isEmpty
      return (found, RepairPrefilter.mayNeedRepair(buffer, start: start, end: end))
    }
  }

  private func assertAgrees(_ bytes: [UInt8], _ start: Int, _ end: Int, _ what: @autoclosure () -> String) {
    let (found, mayNeed) = verdicts(bytes, start, end)
    if found && !mayNeed { XCTFail("the pre-filter turned away a repair in \(what())") }
  }

  func testTrickyStrings() {
    let needing = [
      "ПрезидентРеспублики", "СОГЛАШЕНИЕмежду", "ПРОТОКОЛо внесении", "Протокола,прилагаемый", "слово,word",
      "п р о т и в  с о б с т в е н н о с т и", "ч е л о в е к а ,", "Это с л о в", "мѣстоѢ",
    ]
    for text in needing {
      let bytes = Array(text.utf8)
      XCTAssertTrue(verdicts(bytes, 0, bytes.count).found, text)
      XCTAssertTrue(verdicts(bytes, 0, bytes.count).mayNeed, text)
    }
    let plain = [
      "1,5", "т.е., как", "Стороны осуществляют взаимодействие в предупреждении, выявлении", "Статья 10 Закона № 1296-XII",
      "в и с  ними", "",
    ]
    for text in plain {
      let bytes = Array(text.utf8)
      XCTAssertFalse(verdicts(bytes, 0, bytes.count).found, text)
      XCTAssertFalse(verdicts(bytes, 0, bytes.count).mayNeed, text)
    }
    // A capital after another capital or after «: nothing to repair, but a pattern the cheap pass cannot tell apart.
    for text in ["ПРОТОКОЛ", "«Президент» Республики"] {
      let bytes = Array(text.utf8)
      XCTAssertFalse(verdicts(bytes, 0, bytes.count).found, text)
      XCTAssertTrue(verdicts(bytes, 0, bytes.count).mayNeed, text)
    }
  }

  func testEveryLineAndPieceOfTheCorpus() throws {
    XCTAssertFalse(Corpus.files.isEmpty)
    for name in Corpus.files {
      let source = try TextLoader.load(path: Corpus.path(name))
      let bytes = source.bytes
      for (index, start) in source.lineStarts.enumerated() {
        let end = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : bytes.count
        assertAgrees(bytes, start, end, "\(name), line \(index + 1)")
      }
      var trivia: [Trivia] = []
      for flavor in [false, true] {
        for line in LineScanner(source: source, markdown: flavor).scan(into: &trivia) {
          for piece in line.pieces {
            assertAgrees(bytes, piece.range.start, piece.range.end, "\(name), a piece of line \(line.index + 1)")
          }
        }
      }
    }
  }

  /// `TextNormalizer` copies a piece the pre-filter clears without scanning it: every piece of every node's label,
  /// title and text, cut as the normalizer cuts it.
  func testEveryNodePieceOfTheCorpus() throws {
    var pieces = 0
    for name in Corpus.files {
      let document = try Corpus.parse(name)
      let bytes = document.source.bytes
      for act in document.acts {
        act.forEach { node, _ in
          for piece in node.label + node.titlePieces + node.textPieces {
            let start = max(0, min(piece.range.start, bytes.count))
            assertAgrees(bytes, start, max(start, min(piece.range.end, bytes.count)), "\(name) \(node.id)")
            pieces += 1
          }
        }
      }
    }
    XCTAssertGreaterThan(pieces, 1000)
  }

  /// Random mixes of the bytes each rule turns on: capitals and lowercase of both alphabets, the extended Cyrillic
  /// letters, commas, spaces, tabs, quotes, digits and broken sequences, cut at arbitrary byte offsets.
  func testRandomMixes() {
    let parts: [[UInt8]] = [
      "а", "я", "ё", "А", "Я", "Ё", "Ѣ", "ѣ", "Ӂ", "ӂ", "Ԯ", "ԯ", "a", "Z", "é", "É", ",", " ", "  ", "\t", "«", "»",
      "1", ".", "€", "😀",
    ].map { Array($0.utf8) } + [[0x80], [0xD0], [0xD1, 0x20], [0xE2, 0x80], [0xFF]]
    var random = SplitMix64(seed: 20_261_123)
    for round in 0..<40_000 {
      // Up to 40 parts: long enough for several eight-byte words and a tail.
      var bytes: [UInt8] = []
      for _ in 0..<(1 + random.below(round.isMultiple(of: 2) ? 14 : 40)) { bytes += parts[random.below(parts.count)] }
      let start = random.below(3) == 0 ? random.below(bytes.count) : 0
      let end = random.below(3) == 0 ? start + random.below(bytes.count - start + 1) : bytes.count
      assertAgrees(bytes, start, end, "round \(round): \(bytes) \(start)..<\(end)")
    }
  }
}
