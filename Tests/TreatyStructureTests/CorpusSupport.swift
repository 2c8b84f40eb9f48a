import Foundation
import TreatyStructure
import TreatyText

/// Finds the repository's `corpus/` from this file's path, so tests read the real documents.
enum Corpus {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let directory = root.appendingPathComponent("corpus")

  static let files = [
    "kz-kg-migration-2019.txt", "kz-am-migration-2019.md", "kz-ru-mvd-cooperation-2008.txt",
    "kz-mvd-order-195-2025.md", "iom-mgi-kyrgyzstan-2022.txt",
  ]

  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  static func parse(_ name: String) throws -> Document {
    DocumentParser.parse(try TextLoader.load(path: path(name)).renamed("corpus/" + name))
  }
}

extension SourceText {
  /// The same text under another name, so that outputs name files as the README's commands do.
  func renamed(_ name: String) -> SourceText { SourceText(name: name, decoded: decoded) }
}
