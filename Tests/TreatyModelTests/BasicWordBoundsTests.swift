import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// The defined-term search reads the words of a basic unit at its byte-search hits (`BasicWordBounds`) instead of
/// splitting the unit (`RussianText.words`); both must see the same words, and the search the same uses.
final class BasicWordBoundsTests: XCTestCase {
  /// The words of `text` walked with `BasicWordBounds`, checked against `RussianText.words` at every offset.
  private func assertSameWords(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let utf8 = text.utf8
    let expected = RussianText.words(text).map {
      utf8.distance(from: utf8.startIndex, to: $0.startIndex)..<utf8.distance(from: utf8.startIndex, to: $0.endIndex)
    }
    UTF8Scalars.withBytes(text) { bytes in
      var found: [Range<Int>] = []
      var from = 0
      while let word = BasicWordBounds.word(bytes, from: from) {
        found.append(word)
        from = word.upperBound
      }
      XCTAssertEqual(found, expected, "«\(text)»", file: file, line: line)
      let starts = Set(expected.map(\.lowerBound))
      for offset in 0...bytes.count where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
        XCTAssertEqual(
          BasicWordBounds.startsWord(bytes, at: offset), starts.contains(offset), "«\(text)» at \(offset)",
          file: file, line: line)
      }
    }
  }

  func testTrickyStrings() {
    for text in [
      "", "-", "a--b", "-абв-", "научно-методической", "1)-2", "Ёж-ик, ёж", "x-", "ab - cd", "т.е. 5-го", "Ѐ-џ",
      "(далее - ОВД)", "\"АИС-БИЛ\"", "a-\nb", "12-а 3", "--а", "а--", "ы", "Z9-я",
    ] {
      XCTAssertTrue(BasicFold.isBasic(text), text)
      assertSameWords(text)
    }
  }

  func testEveryBasicUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in
      if BasicFold.isBasic(text) { assertSameWords(text) }
    }
  }

  /// Every term of every corpus file, asked of every later unit of its act: the byte path answers as the split path.
  func testDefinedTermUsesAgreeWithTheSplitPath() throws {
    for name in try ModelCorpus.names() {
      let document = try ModelCorpus.document(name)
      let context = ModelContext(document, texts: NodeTexts(document))
      var units = DefinedTermExtractor.StemmedUnits(context)
      for (position, unit) in context.units.enumerated() where !unit.text.isEmpty {
        for (term, _) in DefinedTermExtractor.definitions(in: unit.text) {
          let stems = RussianText.stems(term)
          guard !stems.isEmpty else { continue }
          var start = DefinedTermExtractor.wordStart(matching: stems[0])
          let startText = start.text
          guard !startText.isEmpty else { continue }
          for index in position..<context.units.count where BasicFold.isBasic(context.units[index].text) {
            let split = units.splitContains(stems, inUnit: index, start: &start)
            XCTAssertEqual(units.basicContains(stems, inUnit: index, start: startText), split, "\(name): «\(term)»")
          }
        }
      }
    }
  }
}
