import Foundation
import TreatyModel
import TreatyRender
import TreatyStructure

/// The reviewed outputs of one document: `expected/<file>.json` (the tree, exactly `TreeJSON.render`) and
/// `expected/<file>.model.json` (the model, exactly `ModelJSON.render`) — the same bytes the golden tests write.
struct ExpectedOutputs: Sendable {
  var tree: String
  var model: String

  /// What the current parser and extractor make of a document.
  init(of document: Document) {
    tree = TreeJSON.render(document)
    model = ModelJSON.render(ModelExtractor.extract(document), document: document)
  }

  static func treeFile(_ file: String) -> String { "\(file).json" }
  static func modelFile(_ file: String) -> String { "\(file).model.json" }

  /// Writes both files, creating `expected/` when needed; returns the names of the files whose bytes changed.
  func write(for file: String, in corpus: CorpusDirectory) throws -> [String] {
    let folder = corpus.expectedURL
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw CorpusError.cannotWrite(folder.path, reason: error.localizedDescription)
    }
    var changed: [String] = []
    for (name, text) in [(Self.treeFile(file), tree), (Self.modelFile(file), model)] {
      let url = folder.appendingPathComponent(name)
      if (try? String(contentsOf: url, encoding: .utf8)) == text { continue }
      do {
        try text.write(to: url, atomically: true, encoding: .utf8)
      } catch {
        throw CorpusError.cannotWrite(url.path, reason: error.localizedDescription)
      }
      changed.append(CorpusDirectory.expectedFolder + "/" + name)
    }
    return changed
  }

  /// The expected text of one file, nil when it does not exist.
  static func read(_ name: String, in corpus: CorpusDirectory) -> String? {
    try? String(contentsOf: corpus.expectedURL.appendingPathComponent(name), encoding: .utf8)
  }
}
