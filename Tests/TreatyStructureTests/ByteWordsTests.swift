@testable import TreatyStructure
import TreatyText
import XCTest

/// The eight-bytes-at-a-time scans must find exactly the bytes the byte-by-byte loops found, wherever in a word
/// (or in the tail after the last whole word) those bytes fall.
final class ByteWordsTests: XCTestCase {
  func testMasksAgreeWithBytes() {
    let palette: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x20, 0x21, 0x2A, 0x3C, 0x5C, 0x7F, 0x80, 0xA0, 0xC2, 0xD0, 0xE2, 0xEF, 0xFF]
    var random = SplitMix64(seed: 0xB17E)
    for _ in 0..<20_000 {
      let bytes = (0..<ByteWords.width).map { _ in palette[random.below(palette.count)] }
      let word = bytes.withUnsafeBufferPointer { ByteWords.load($0, at: 0) }
      for target in palette {
        let mask = ByteWords.equal(word, target)
        XCTAssertEqual(mask != 0, bytes.contains(target), "\(bytes) \(target)")
        if let first = bytes.firstIndex(of: target) { XCTAssertEqual(ByteWords.firstFlagged(mask), first, "\(bytes)") }
      }
      for limit: UInt8 in [0x01, 0x0A, 0x21, 0x80] {
        let mask = ByteWords.below(word, limit)
        for (position, byte) in bytes.enumerated() {
          XCTAssertEqual(mask >> (position * 8 + 7) & 1 == 1, byte < limit, "\(bytes) below \(limit)")
        }
      }
    }
  }

  /// An invisible character or an emphasis star at every offset of a line, in and after whole words.
  func testInlineTriviaIsFoundAtEveryOffset() {
    for (mark, markdown) in [("\u{00A0}", false), ("\u{200B}", false), ("\u{FEFF}", false), ("*", true)] {
      // From 1: at the line start a no-break space is indentation and U+FEFF a byte-order mark.
      for offset in 1..<20 {
        let text = String(repeating: "д", count: offset) + mark + String(repeating: "z", count: 19 - offset)
        let source = SourceText(text: text)
        var trivia: [Trivia] = []
        let lines = LineScanner(source: source, markdown: markdown).scan(into: &trivia)
        let start = offset * 2
        let kind: Trivia.Kind = markdown ? .markup : .invisible
        XCTAssertTrue(
          trivia.contains { $0.kind == kind && $0.range == SourceRange(start, start + mark.utf8.count) },
          "\(mark.unicodeScalars.map(\.value)) at \(offset): \(trivia)")
        XCTAssertEqual(lines.first?.pieces.map(\.range.count).reduce(0, +), text.utf8.count - mark.utf8.count)
      }
    }
  }

  /// A single space between two runs is kept straight away unless a closing mark follows or an opening bracket
  /// precedes it; the other cases go the long way, with the same rules.
  func testTidyKeepsOrDropsASingleSpaceByItsNeighbours() {
    let cases = [
      ("слово (текст) , далее", "слово (текст), далее"), ("( a", "(a"), ("x\n y", "x\ny"), ("a .b", "a.b"),
      (" a b ", "a b"), ("a  b", "a b"), ("a \tb", "a b"), ("a ;", "a;"), ("(x) y", "(x) y"), ("а\r\nб", "а\nб"),
    ]
    for (input, expected) in cases {
      var raw = Array(input.utf8)
      TextNormalizer.tidy(&raw)
      XCTAssertEqual(String(decoding: raw, as: UTF8.self), expected, input.debugDescription)
    }
  }

  /// Spaces to collapse and to drop at every offset after a long run of ordinary bytes.
  func testTidyCollapsesSpacesAtEveryOffset() {
    for first in 1..<20 {
      for second in 1..<12 {
        let left = String(repeating: "а", count: first)
        let right = String(repeating: "b", count: second)
        var raw = Array((left + "   " + right + " ,\t" + left + " \n " + right).utf8)
        TextNormalizer.tidy(&raw)
        XCTAssertEqual(String(decoding: raw, as: UTF8.self), left + " " + right + ", " + left + "\n" + right)
      }
    }
  }
}
