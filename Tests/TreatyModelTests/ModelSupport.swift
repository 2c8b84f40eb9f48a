import Foundation
import TreatyModel
import TreatyStructure
import TreatyText

/// Parses corpus documents and extracts their models for the tests.
enum ModelCorpus {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  static func document(_ name: String) throws -> Document {
    let source = try TextLoader.load(path: directory.appendingPathComponent(name).path)
    return DocumentParser.parse(SourceText(name: "corpus/" + name, decoded: source.decoded))
  }
}
