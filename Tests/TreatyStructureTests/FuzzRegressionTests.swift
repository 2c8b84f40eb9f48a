import Foundation
import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// Inputs kept from fuzzing (`.ci/fuzz.sh`): crashes and hangs once fixed, and odd inputs that reached deep into the
/// parser. Each goes through the checks of the fuzz target — decode, both flavors, lossless, deterministic, the
/// model — so a change that breaks one of them on an input nobody would write by hand shows up in `swift test`.
final class FuzzRegressionTests: XCTestCase {
  /// Found from this file's path, like the corpus, so the test runs from any working directory.
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("FuzzRegressions")

  func testEveryKeptInputPassesTheFuzzChecks() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
      .filter { $0.hasSuffix(".bin") }.sorted()
    XCTAssertFalse(names.isEmpty, "no inputs in \(Self.directory.path)")
    for name in names {
      let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
      // Refusing an input is a correct answer too; what must never happen is a trap on the way there.
      guard let source = try? TextLoader.decode(bytes, name: name) else { continue }
      for flavor in DocumentParser.Flavor.allCases {
        let document = DocumentParser.parse(source, flavor: flavor)
        XCTAssertEqual(Coverage.problems(in: document, limit: 5), [], "\(name) \(flavor): not lossless")
        let again = DocumentParser.parse(source, flavor: flavor)
        XCTAssertEqual(nodeIDs(document), nodeIDs(again), "\(name) \(flavor): ids differ between parses")
        XCTAssertEqual(document.acts, again.acts, "\(name) \(flavor): trees differ between parses")
        XCTAssertEqual(
          ModelExtractor.extract(document), ModelExtractor.extract(again), "\(name) \(flavor): models differ")
      }
    }
  }

  private func nodeIDs(_ document: Document) -> [String] {
    var ids: [String] = []
    document.forEachNode { node, _ in ids.append(node.id) }
    return ids
  }
}
