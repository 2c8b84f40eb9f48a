import Foundation
import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// Parses corpus documents and extracts their models for the tests.
enum ModelCorpus {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  static func document(_ name: String) throws -> Document {
    let source = try TextLoader.load(path: directory.appendingPathComponent(name).path)
    return DocumentParser.parse(SourceText(name: "corpus/" + name, decoded: source.decoded))
  }

  /// The corpus's text, Markdown and RTF files: what the byte fast paths are checked on against their general paths.
  static func names() throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf") }
    XCTAssertFalse(names.isEmpty)
    return names
  }

  /// Every node of every corpus file, with its document and its own text.
  static func forEachNode(_ body: (Document, Node, String) -> Void) throws {
    for name in try names() {
      let document = try document(name)
      document.forEachNode { node, _ in body(document, node, document.text(of: node)) }
    }
  }
}
