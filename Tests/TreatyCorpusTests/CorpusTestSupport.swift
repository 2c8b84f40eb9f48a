import Foundation
import TreatyCLI
import TreatyCorpus
import XCTest

/// The repository's corpus, temporary copies of it, and the command line run in-process from the repository root.
enum CorpusTestSupport {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let corpus = root.appendingPathComponent("corpus")

  struct Run {
    var code: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String]) -> Run {
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(root.path)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let out = StringSink()
    let err = StringSink()
    let code = CLI.run(arguments: arguments, stdout: out, stderr: err)
    return Run(code: code, stdout: out.text, stderr: err.text)
  }

  /// A fresh directory `…/<uuid>/corpus`, removed after the test; named `corpus` like the real one, so that source
  /// names (and so the expected files' bytes) are the same.
  static func emptyCorpus(for test: XCTestCase) throws -> URL {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("treaty-corpus-" + UUID().uuidString)
    let directory = parent.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: parent) }
    return directory
  }

  /// A copy of some documents of the corpus with their expected files and manifest entries.
  static func copy(_ files: [String], for test: XCTestCase) throws -> URL {
    let directory = try emptyCorpus(for: test)
    let expected = directory.appendingPathComponent("expected")
    try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
    for file in files {
      try FileManager.default.copyItem(
        at: corpus.appendingPathComponent(file), to: directory.appendingPathComponent(file))
      for name in ["\(file).json", "\(file).model.json"] {
        try FileManager.default.copyItem(
          at: corpus.appendingPathComponent("expected/\(name)"), to: expected.appendingPathComponent(name))
      }
    }
    var manifest = try Manifest.load(directory: corpus)
    manifest.documents = manifest.documents.filter { files.contains($0.file) }
    try manifest.write(directory: directory)
    return directory
  }
}
