import Foundation
import TreatyStructure
import TreatyText

/// A corpus on disk: the directory, its manifest, and the rules for what counts as a document in it.
public struct CorpusDirectory: Sendable {
  /// Files in the directory that are about the corpus, not documents of it.
  public static let ignoredFiles: Set<String> = ["README.md", Manifest.fileName]
  public static let expectedFolder = "expected"

  /// As the user wrote it (`corpus`, `/tmp/x/corpus`), for messages.
  public let path: String
  public let url: URL

  public init(path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CorpusError.notADirectory(path)
    }
    self.path = path
    self.url = URL(fileURLWithPath: path).standardizedFileURL
  }

  /// The name sources are given: `<directory name>/<file name>`. It is the same however the directory was
  /// written (`corpus`, `./corpus/`, an absolute path), so expected files written from one place check from another.
  public func sourceName(_ file: String) -> String { url.lastPathComponent + "/" + file }

  public func fileURL(_ file: String) -> URL { url.appendingPathComponent(file) }

  /// How the user would write a document's path: the directory as they gave it, then the file.
  public func displayPath(_ file: String) -> String {
    path.hasSuffix("/") ? path + file : path + "/" + file
  }

  public var expectedURL: URL { url.appendingPathComponent(CorpusDirectory.expectedFolder) }

  /// Regular, non-hidden files at the top of the directory, sorted; README.md and manifest.json are not
  /// documents, and folders (`expected/`) are skipped.
  public func documentFiles() throws -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { name in
      var isDirectory: ObjCBool = false
      let path = url.appendingPathComponent(name).path
      let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      return exists && !isDirectory.boolValue && !name.hasPrefix(".") && !CorpusDirectory.ignoredFiles.contains(name)
    }.sorted()
  }

  /// The manifest, checked against the directory: every file listed, every listed file present, ids and files
  /// unique.
  public func validatedManifest() throws -> Manifest {
    let manifest = try Manifest.load(directory: url, displayPath: displayPath(Manifest.fileName))
    let onDisk = Set(try documentFiles())
    var problems: [String] = []
    let listed = manifest.documents.map(\.file)
    for file in onDisk.sorted() where !listed.contains(file) {
      problems.append("\(displayPath(file)): not listed in the manifest (add it with 'treaty corpus add')")
    }
    for file in listed where !onDisk.contains(file) {
      problems.append("\(displayPath(file)): listed in the manifest, but the file is missing")
    }
    for (name, values) in [("file", listed), ("id", manifest.documents.map(\.id))] {
      let repeated = Dictionary(grouping: values, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
      problems += repeated.map { "\(name) '\($0)' is listed more than once" }
    }
    guard problems.isEmpty else {
      throw CorpusError.inconsistentManifest(displayPath(Manifest.fileName), problems: problems)
    }
    return manifest
  }

  /// Reads and parses one document of the corpus under its source name.
  public func parse(_ file: String) throws -> Document {
    let loaded = try TextLoader.load(path: fileURL(file).path)
    return DocumentParser.parse(SourceText(name: sourceName(file), decoded: loaded.decoded))
  }
}
