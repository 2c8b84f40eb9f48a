import Foundation
import TreatyText
import XCTest

/// `Whitespace.scalars` must be exactly Foundation's `.whitespaces`, so that trimming them by scalars
/// (`PlainScalars.trimmingScalars`) gives what `trimmingCharacters(in: .whitespaces)` gives.
final class WhitespaceTests: XCTestCase {
  func testTheScalarsAreFoundationsWhitespaces() {
    let scalars = Set(Whitespace.scalars.unicodeScalars)
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      XCTAssertEqual(scalars.contains(scalar), CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
    }
  }

  func testTrimmingAsFoundationTrims() {
    for text in [
      "", " ", "\t Республики Казахстан\u{A0}", "\u{3000}а\u{2003}б\u{202F}", "\u{0301} а", "а \u{0301}", "\n а \n",
      "\u{200B}а", " \u{1680}«Сторона» ",
    ] {
      XCTAssertEqual(String(PlainScalars.trimmingScalars(Substring(text), Whitespace.scalars)),
        text.trimmingCharacters(in: .whitespaces), "«\(text)»")
      XCTAssertEqual(String(PlainScalars.trimmingScalars(Substring(text), " ;.,()")),
        text.trimmingCharacters(in: CharacterSet(charactersIn: " ;.,()")), "«\(text)»")
    }
  }
}
