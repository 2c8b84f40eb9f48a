import Foundation
import TreatyStructure
import TreatyText

/// Finds the repository's `corpus/` from this file's path, so tests read the real documents.
enum Corpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let directory = root.appendingPathComponent("corpus")

  /// Every document of the corpus (the manifest's files), in name order.
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0 != "README.md" && $0 != "manifest.json" && $0 != "expected" }.sorted()
  }()

  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  static func parse(_ name: String) throws -> Document {
    DocumentParser.parse(try TextLoader.load(path: path(name)).renamed("corpus/" + name))
  }
}

extension SourceText {
  /// The same text under another name, so that outputs name files as the README's commands do.
  func renamed(_ name: String) -> SourceText { SourceText(name: name, decoded: decoded) }
}
