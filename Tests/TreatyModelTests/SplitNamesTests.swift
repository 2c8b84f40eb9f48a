import Foundation
@testable import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// `PartyExtractor.splitNames` asks its words the plain-scalar questions (`PlainScalars.equals`, `hasSuffix`,
/// `Capitals.startsUppercase`); the names must be those the `Character` questions give, on tricky lists and on
/// every unit of the corpus.
final class SplitNamesTests: XCTestCase {
  /// `splitNames` as it compared `Character`s.
  private func referenceSplitNames(_ text: String) -> [String] {
    var names: [String] = []
    var current: [Substring] = []
    let words = PlainScalars.split(text, separator: " ")
    for index in words.indices {
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : nil
      if word == "и", let next, next.first?.isUppercase == true, !current.isEmpty {
        names.append(current.joined(separator: " "))
        current = []
      } else if word.hasSuffix(","), let next, next.first?.isUppercase == true {
        current.append(word.dropLast())
        names.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(word)
      }
    }
    if !current.isEmpty { names.append(current.joined(separator: " ")) }
    return names.map { String(PlainScalars.trimmingScalars(Substring($0), " ,;.")) }.filter { !$0.isEmpty }
  }

  private func assertSameNames(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(PartyExtractor.splitNames(text), referenceSplitNames(text), "«\(text)»", file: file, line: line)
  }

  func testTrickyLists() {
    for text in [
      "", "и", "и Б", "А и Б", "А и б", "А И Б", "А, Б", "А,Б", "А , Б", "А,\u{0301} Б", "А и\u{0301} Б", "А и Ёж",
      "А и Е\u{0308}ж", "Министерство А, Министерство Б и Комитет В", "а, Éб", "а, É б", "x, Y и Z", "а, ǅ", "а,, Б",
      "Ѐ и Ѐ", "А и\r Б", "А,\r Б",
    ] {
      assertSameNames(text)
    }
  }

  func testEveryUnitOfTheCorpus() throws {
    try ModelCorpus.forEachNode { _, _, text in assertSameNames(text) }
  }
}
