import Foundation

/// Why a corpus command cannot run: the corpus itself is inconsistent or unreadable. These are input errors (exit
/// code 2), not findings: a check over a corpus whose manifest is wrong would not say what it claims to.
public enum CorpusError: LocalizedError, Sendable, Equatable {
  case notADirectory(String)
  case missingManifest(String)
  case badManifest(String, reason: String)
  /// Files on disk that the manifest does not list, and entries whose file is missing, duplicated ids or files.
  case inconsistentManifest(String, problems: [String])
  case unknownDocument(String, directory: String)
  case alreadyListed(String, as: String)
  case cannotWrite(String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .notADirectory(let path): return "\(path): not a corpus directory"
    case .missingManifest(let path):
      return "\(path): no manifest; add documents with 'treaty corpus add FILE --corpus DIR'"
    case .badManifest(let path, let reason): return "\(path): not a valid manifest (\(reason))"
    case .inconsistentManifest(let path, let problems):
      return "\(path) does not match the directory:\n" + problems.map { "  " + $0 }.joined(separator: "\n")
    case .unknownDocument(let id, let directory): return "\(directory): no document with id '\(id)' in the manifest"
    case .alreadyListed(let file, let id): return "\(file): already in the corpus as '\(id)'"
    case .cannotWrite(let path, let reason): return "\(path): cannot write (\(reason))"
    }
  }
}
