import Foundation
import TreatyText

/// `treaty corpus check`: re-parses every document of the corpus, on all cores, and compares the tree and the model
/// with the reviewed expected outputs by structure.
public enum CorpusCheck {
  /// `only`: a document id from the manifest. `update`: rewrite the expected files after review instead of failing.
  public static func run(directory: String, only: String? = nil, update: Bool = false) throws -> CorpusCheckReport {
    let started = Date()
    let corpus = try CorpusDirectory(path: directory)
    let manifest = try corpus.validatedManifest()
    var entries = manifest.documents
    if let only {
      guard let entry = manifest.entry(id: only) else { throw CorpusError.unknownDocument(only, directory: directory) }
      entries = [entry]
    }
    let results = ParallelMap.map(entries) { entry in check(entry, in: corpus, update: update) }
    return CorpusCheckReport(documents: results, seconds: Date().timeIntervalSince(started), updating: update)
  }

  static func check(_ entry: ManifestEntry, in corpus: CorpusDirectory, update: Bool) -> DocumentCheck {
    var result = DocumentCheck(file: corpus.displayPath(entry.file), id: entry.id, status: .passed, changes: [])
    let actual: ExpectedOutputs
    do {
      actual = ExpectedOutputs(of: try corpus.parse(entry.file))
    } catch {
      result.status = .error
      result.changes = [error.localizedDescription]
      return result
    }
    result.changes = differences(entry.file, actual: actual, in: corpus)
    if update {
      do {
        result.updatedFiles = try actual.write(for: entry.file, in: corpus)
        result.status = result.updatedFiles.isEmpty ? .passed : .updated
      } catch {
        result.status = .error
        result.changes.append(error.localizedDescription)
      }
    } else if !result.changes.isEmpty {
      result.status = .failed
    }
    return result
  }

  /// The change lines for both expected files; a missing or broken expected file is one line saying so.
  static func differences(_ file: String, actual: ExpectedOutputs, in corpus: CorpusDirectory) -> [String] {
    let parts: [(String, String, String, (JSONNode, JSONNode) -> [String])] = [
      ("tree", ExpectedOutputs.treeFile(file), actual.tree, { TreeJSONDiff.changes(expected: $0, actual: $1) }),
      ("model", ExpectedOutputs.modelFile(file), actual.model, { ModelJSONDiff.changes(expected: $0, actual: $1) }),
    ]
    var lines: [String] = []
    for (label, name, rendered, compare) in parts {
      let path = CorpusDirectory.expectedFolder + "/" + name
      guard let text = ExpectedOutputs.read(name, in: corpus) else {
        lines.append("\(label): \(path) is missing (write it with --update after review)")
        continue
      }
      guard let expected = JSONNode.parse(text) else {
        lines.append("\(label): \(path) is not valid JSON")
        continue
      }
      guard let current = JSONNode.parse(rendered) else { continue }
      lines += compare(expected, current).map { "\(label): \($0)" }
    }
    return lines
  }
}
