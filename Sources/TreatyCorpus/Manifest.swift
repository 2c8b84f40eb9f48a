import Foundation
import TreatyRender

/// `corpus/manifest.json`: every document of the corpus with what a reader needs to know before opening it. The
/// check refuses a corpus whose files and manifest disagree, so no document is silently left out of regression.
public struct Manifest: Codable, Sendable, Equatable {
  public static let fileName = "manifest.json"
  public static let schemaVersion = 1

  public var schemaVersion: Int
  /// Sorted by file name, so the file is deterministic whatever order documents were added in.
  public var documents: [ManifestEntry]

  public init(documents: [ManifestEntry] = []) {
    self.schemaVersion = Manifest.schemaVersion
    self.documents = documents.sorted { $0.file < $1.file }
  }

  /// Reads `manifest.json` from a corpus directory; `displayPath` names it in messages.
  public static func load(directory: URL, displayPath: String? = nil) throws -> Manifest {
    let url = directory.appendingPathComponent(fileName)
    let name = displayPath ?? url.path
    guard let data = try? Data(contentsOf: url) else { throw CorpusError.missingManifest(name) }
    do {
      return try JSONDecoder().decode(Manifest.self, from: data)
    } catch let DecodingError.keyNotFound(key, context) {
      throw CorpusError.badManifest(name, reason: "no '\(key.stringValue)' at \(codingPath(context.codingPath))")
    } catch let DecodingError.typeMismatch(_, context) {
      throw CorpusError.badManifest(name, reason: "wrong type at \(codingPath(context.codingPath))")
    } catch {
      throw CorpusError.badManifest(name, reason: "not JSON")
    }
  }

  private static func codingPath(_ path: [CodingKey]) -> String {
    path.isEmpty ? "the top" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
  }

  /// Pretty-printed with sorted keys by the same writer as every other JSON of Treaty.
  public func rendered() -> String {
    JSONValue.object([
      "schemaVersion": .int(schemaVersion),
      "documents": .array(documents.sorted { $0.file < $1.file }.map(\.json)),
    ]).rendered()
  }

  public func write(directory: URL) throws {
    let url = directory.appendingPathComponent(Manifest.fileName)
    do {
      try rendered().write(to: url, atomically: true, encoding: .utf8)
    } catch {
      throw CorpusError.cannotWrite(url.path, reason: error.localizedDescription)
    }
  }

  /// Replaces the entry for the same file, or adds one.
  public mutating func upsert(_ entry: ManifestEntry) {
    documents.removeAll { $0.file == entry.file }
    documents.append(entry)
    documents.sort { $0.file < $1.file }
  }

  public func entry(id: String) -> ManifestEntry? { documents.first { $0.id == id } }
}

/// One document of the corpus.
public struct ManifestEntry: Codable, Sendable, Equatable {
  /// The file name inside the corpus directory.
  public var file: String
  /// The file name without its extension; what `--only` takes.
  public var id: String
  /// The main act's kind, with the kinds of the acts it approves: `resolution+agreement`, `order+rules`.
  public var kind: String
  public var title: String
  public var parties: [String]
  /// ISO `yyyy-MM-dd`, nil where the document has no date of its own.
  public var date: String?
  /// ISO 639-3.
  public var language: String
  /// The layout quirks the parser has to handle in this file.
  public var notes: String

  public init(
    file: String, id: String, kind: String, title: String, parties: [String], date: String?, language: String,
    notes: String
  ) {
    self.file = file
    self.id = id
    self.kind = kind
    self.title = title
    self.parties = parties
    self.date = date
    self.language = language
    self.notes = notes
  }

  var json: JSONValue {
    .object([
      "file": .string(file), "id": .string(id), "kind": .string(kind), "title": .string(title),
      "parties": .array(parties.map(JSONValue.string)), "date": .optional(date), "language": .string(language),
      "notes": .string(notes),
    ])
  }
}
