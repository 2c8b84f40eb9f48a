import Foundation
import TreatyModel
import TreatyRender
import TreatyStructure
import TreatyText

/// `treaty corpus add FILE`: brings a document into the corpus — copies it in, fills its manifest entry from the
/// model, writes its expected outputs — and returns its outline for the reviewer to read before committing.
public enum CorpusAdd {
  public struct Result: Sendable {
    public var entry: ManifestEntry
    /// The tree as `treaty parse` prints it: what the reviewer checks before the expected files are trusted.
    public var outline: String
    /// Whether the file was copied in (false when it already was in the corpus).
    public var copied: Bool
    /// Expected files written, relative to the corpus directory.
    public var written: [String]
  }

  /// `notes` and `title` override what the entry would otherwise get (an existing entry's notes, the model's
  /// title). A missing corpus directory is created.
  public static func add(file: String, corpus directory: String, notes: String? = nil, title: String? = nil) throws
    -> Result
  {
    // Refuses what is not a readable text file (missing, empty, binary) with the loader's own message.
    _ = try TextLoader.load(path: file)
    let source = URL(fileURLWithPath: file).standardizedFileURL
    let name = source.lastPathComponent
    guard !CorpusDirectory.ignoredFiles.contains(name), !name.hasPrefix(".") else {
      throw CorpusError.cannotWrite(file, reason: "\(name) is reserved in a corpus directory")
    }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw CorpusError.cannotWrite(directory, reason: error.localizedDescription)
    }
    let corpus = try CorpusDirectory(path: directory)
    let hasManifest = FileManager.default.fileExists(atPath: corpus.url.appendingPathComponent(Manifest.fileName).path)
    var manifest = hasManifest
      ? try Manifest.load(directory: corpus.url, displayPath: corpus.displayPath(Manifest.fileName)) : Manifest()
    let id = ManifestEntryBuilder.identifier(name)
    if let clash = manifest.entry(id: id), clash.file != name { throw CorpusError.alreadyListed(file, as: clash.id) }
    let copied = try copy(source, to: corpus.fileURL(name), displayName: file)
    let document = try corpus.parse(name)
    let model = ModelExtractor.extract(document)
    let previous = manifest.documents.first { $0.file == name }
    let entry = ManifestEntryBuilder.entry(
      file: name, model: model, title: title ?? previous?.title, notes: notes ?? previous?.notes ?? "")
    manifest.upsert(entry)
    try manifest.write(directory: corpus.url)
    let written = try ExpectedOutputs(of: document).write(for: name, in: corpus)
    return Result(entry: entry, outline: OutlineRenderer.render(document), copied: copied, written: written)
  }

  /// Copies unless the file is already there; a different file under the same name is refused, never overwritten.
  private static func copy(_ source: URL, to destination: URL, displayName: String) throws -> Bool {
    guard let bytes = try? Data(contentsOf: source) else {
      throw CorpusError.cannotWrite(displayName, reason: "cannot be read")
    }
    if source.path == destination.standardizedFileURL.path { return false }
    if let existing = try? Data(contentsOf: destination) {
      guard existing == bytes else {
        throw CorpusError.cannotWrite(
          destination.path, reason: "a different file of that name is already in the corpus")
      }
      return false
    }
    do {
      try bytes.write(to: destination)
    } catch {
      throw CorpusError.cannotWrite(destination.path, reason: error.localizedDescription)
    }
    return true
  }
}
