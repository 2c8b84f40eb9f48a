import Foundation

/// The only errors Treaty throws: input that cannot be read and commands that are used wrongly.
/// Odd text is never an error — the parser turns it into nodes and diagnostics.
public enum TreatyError: LocalizedError, Sendable, Equatable {
  case fileNotFound(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case emptyInput(path: String)
  case binaryInput(path: String, reason: String)
  case undecodable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case usage(String)

  public var errorDescription: String? {
    switch self {
    case .fileNotFound(let path): return "\(path): no such file"
    case .isDirectory(let path): return "\(path): is a directory, not a text file"
    case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
    case .emptyInput(let path): return "\(path): the file is empty"
    case .binaryInput(let path, let reason): return "\(path): not a text file (\(reason))"
    case .undecodable(let path, let reason): return "\(path): cannot be decoded (\(reason)); try --encoding"
    case .tooLarge(let path, let bytes, let limit):
      return "\(path): \(bytes) bytes is over the limit of \(limit) bytes"
    case .usage(let message): return message
    }
  }
}
