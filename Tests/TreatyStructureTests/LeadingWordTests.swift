@testable import TreatyStructure
import TreatyText
import XCTest

/// The byte reading of a line's first word agrees with splitting the line by `Character`s.
final class LeadingWordTests: XCTestCase {
  func testAgreesWithTheCharacterSplitOnTrickyLines() {
    let lines = [
      "СОГЛАШЕНИЕ между Правительством", "ПРОТОКОЛ", "ПРОТОКОЛ.", "АКТ о", "ЗАКОН", "Соглашение", "СТОРОНЫ,", "  ДОГОВОР о",
      "", " ", "    ", "ABCDE", "ABCDe", "12345 статья", "№1234", "ЁЛКИН", "ёЛКИН", "Ѣѣѣѣѣ", "ДОГОВОР\u{301} о",
      "ДОГОВОР \u{301}о", " \u{301}ДОГОВОР", "ДОГ\u{483}ОВОР", "ДОГОВ\r\nОР", "ДОГО\rВОР", "ДО\tГОВОР", "ДОГОВОР\u{A0}о",
      "ÉCOLE de", "E\u{301}COLE", "ДОГОВОР \u{200D}о", "СОГЛАШЕНИЕ\u{1F600}", "Д О Г О В О Р",
      // Four characters but five scalars: a combining mark or CR LF makes one character of two scalars.
      "ДО\r\nГ о", "ДОГ\u{301}О о", "АБВ\u{483}Г о", "АБВГ \u{301}",
    ]
    for line in lines {
      XCTAssertEqual(LeadingWord.isCapitalised(line), LeadingWord.splitByCharacters(line), line.debugDescription)
    }
    XCTAssertTrue(LeadingWord.isCapitalised("СОГЛАШЕНИЕ между"))
    XCTAssertFalse(LeadingWord.isCapitalised("Соглашение между"))
    XCTAssertFalse(LeadingWord.isCapitalised("АКТ"))
  }

  /// Every line and every block text of every corpus file, as the segmenter sees them.
  func testAgreesWithTheCharacterSplitOnTheCorpus() throws {
    var checked = 0
    for name in Corpus.files {
      let source = try TextLoader.load(path: Corpus.path(name))
      let text = String(decoding: source.bytes, as: UTF8.self)
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        XCTAssertEqual(LeadingWord.isCapitalised(line), LeadingWord.splitByCharacters(line), "\(name): \(line.prefix(60))")
        checked += 1
      }
      let document = DocumentParser.parse(source)
      for act in document.acts {
        act.forEach { node, _ in
          let own = document.text(of: node)
          XCTAssertEqual(LeadingWord.isCapitalised(own), LeadingWord.splitByCharacters(own), "\(name): \(node.id)")
          checked += 1
        }
      }
    }
    XCTAssertGreaterThan(checked, 8_000)
  }
}
