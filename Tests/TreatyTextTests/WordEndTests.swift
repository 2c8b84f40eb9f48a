import Foundation
import XCTest

@testable import TreatyText

/// `RussianText.wordEnd` steps over basic letters byte by byte in a loop of its own; its words must be the words
/// the rules give read scalar by scalar.
final class WordEndTests: XCTestCase {
  /// The rules of `RussianText.words` on scalars: a word starts at a starter, runs over starters and combining
  /// marks, and takes a hyphen only when a starter follows it.
  private func referenceWords(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var words: [String] = []
    var index = 0
    while index < scalars.count {
      guard RussianText.isWordStarter(scalars[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count {
        let next = scalars[end]
        if RussianText.isWordStarter(next) || RussianText.isWordContinuation(next) {
          end += 1
        } else if RussianText.isHyphen(next), end + 1 < scalars.count, RussianText.isWordStarter(scalars[end + 1]) {
          end += 1
        } else {
          break
        }
      }
      var word = String.UnicodeScalarView()
      word.append(contentsOf: scalars[index..<end])
      words.append(String(word))
      index = end
    }
    return words
  }

  func testWordsAgreeWithTheScalarRules() throws {
    var texts = [
      "Стороны обязуются", "ёЁ ЙйЪъ ЀЏѐџ ѠѡҐґ", "научно-технической 5-А -а а- а--б а‐б а‑б а–б", "и\u{0306}од йод",
      "Qazaqstan2019 ABC_def", "a\u{00A0}b\u{2003}c", "𝔸𝔹 x\u{20DD}y", "Ärzte straße", "«Стороны»,(а)", "\u{0301}а",
      "ст.5", "а", "", "Ж", "1", "\u{D0}", "я\u{0410}\u{0451}\u{045F}\u{0460}",
    ]
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus")
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      texts.append(try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    }
    for text in texts {
      XCTAssertEqual(RussianText.words(text).map(String.init), referenceWords(text), String(text.prefix(40)))
    }
  }
}
