import Foundation
import TreatyCLI
import XCTest

/// The README's examples are pasted output; this test re-runs every `$ swift run treaty …` example in-process and
/// checks that each pasted line still appears, in order (a line «…» marks an elision).
final class ReadmeExamplesTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  func testReadmeExamplesAreRealOutput() throws {
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    var checked = 0
    for block in blocks {
      var lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if lines.first?.isEmpty == true || lines.first?.allSatisfy(\.isLetter) == true { lines.removeFirst() }
      guard let command = lines.first, command.hasPrefix("$ swift run treaty ") else { continue }
      var words = command.dropFirst("$ swift run treaty ".count).split(separator: " ").map(String.init)
      let discardsStdout = words.suffix(2) == [">", "/dev/null"]
      if discardsStdout { words.removeLast(2) }
      let previous = FileManager.default.currentDirectoryPath
      FileManager.default.changeCurrentDirectoryPath(Self.root.path)
      let out = StringSink()
      let err = StringSink()
      _ = CLI.run(arguments: words, stdout: out, stderr: err)
      FileManager.default.changeCurrentDirectoryPath(previous)
      let output = (discardsStdout ? err.text : out.text + err.text).split(separator: "\n", omittingEmptySubsequences: false)
      var cursor = output.startIndex
      for expected in lines.dropFirst() where !expected.trimmingCharacters(in: .whitespaces).hasPrefix("…") {
        guard let found = output[cursor...].firstIndex(where: { $0 == expected }) else {
          XCTFail("README example `\(command)`: line not in the output (or out of order):\n\(expected)")
          break
        }
        cursor = output.index(after: found)
      }
      checked += 1
    }
    XCTAssertGreaterThanOrEqual(checked, 5)
  }
}
