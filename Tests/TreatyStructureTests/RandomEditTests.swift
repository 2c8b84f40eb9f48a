import TreatyStructure
import TreatyText
import XCTest

/// Seeded random edits of the corpus (deleting, duplicating and swapping lines, cutting bytes, injecting
/// numbering and markup) must never crash the parser, must keep it lossless, and must parse the same twice.
final class RandomEditTests: XCTestCase {

  static let injections = [
    "Статья 5\n", "Статья 5-1\n", "Статья 12¹\n", "Статья I\n", "Cтатья 3\n", "Статьяа 4\n", "1.\n", "1)\n", "а)\n",
    "- \n", "  - вложенный\n", "## **13. Глава**\n", "### **12. Пункт:**\n", "Сноска. Текст\n", "Совершено в городе\n",
    "За Правительство\n", "Одобрен постановлением\n", "согласились о нижеследующем:\n", "1\tсноска\n", "\u{00A0}\n",
    "п р о т и в  с о б с т в е н н о с т и ;\n", "указанных в  настоящего статье 6\n", "**\n", "\\_\n", "\r\n", "\r",
    ":\n", ";\n", "5. от 1 мая 2000 года №\n", "III. Раздел\n", "(iv) пункт\n",
  ]

  func testRandomEditsNeverBreakTheParser() throws {
    var generator = SplitMix64(seed: 20_261_122)
    for name in Corpus.files {
      let original = Array(try Data(contentsOf: Corpus.directory.appendingPathComponent(name)))
      for round in 0..<25 {
        let edited = mutate(original, &generator)
        guard let source = try? TextLoader.decode(edited, name: "\(name)#\(round)") else { continue }
        for flavor in DocumentParser.Flavor.allCases {
          let first = DocumentParser.parse(source, flavor: flavor)
          XCTAssertEqual(Coverage.problems(in: first, limit: 3), [], "\(name) round \(round) \(flavor)")
          let second = DocumentParser.parse(source, flavor: flavor)
          XCTAssertEqual(first.acts, second.acts, "\(name) round \(round): not deterministic")
        }
      }
    }
  }

  private func mutate(_ bytes: [UInt8], _ generator: inout SplitMix64) -> [UInt8] {
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    for _ in 0..<Int.random(in: 1...8, using: &generator) {
      guard !lines.isEmpty else { break }
      let index = Int.random(in: 0..<lines.count, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0: lines.remove(at: index)
      case 1: lines.insert(lines[index], at: index)
      case 2: lines.swapAt(index, Int.random(in: 0..<lines.count, using: &generator))
      case 3:
        let line = lines[index]
        if !line.isEmpty { lines[index] = Array(line.prefix(Int.random(in: 0..<line.count, using: &generator))) }
      case 4:
        let injection = Self.injections.randomElement(using: &generator) ?? ""
        lines.insert(Array(injection.utf8.dropLast(injection.hasSuffix("\n") ? 1 : 0)), at: index)
      default:
        lines[index] = Array("      ".utf8) + lines[index]
      }
    }
    var out = lines.joined(separator: [0x0A]).map { $0 }
    if !out.isEmpty && Int.random(in: 0..<4, using: &generator) == 0 {
      out.removeLast(Int.random(in: 0..<min(out.count, 200), using: &generator))
    }
    return out
  }
}
