import Foundation

/// Reads a file (or standard input) into a `SourceText`, turning every way that can fail into a `TreatyError`
/// that names the file and the reason.
public enum TextLoader {
  /// Inputs above this size are refused before they are read, so a mistaken path cannot exhaust memory.
  public static let maximumBytes = 512 * 1024 * 1024

  public static func load(path: String, encoding: TextEncoding? = nil) throws -> SourceText {
    let bytes: [UInt8]
    if path == "-" {
      bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
    } else {
      bytes = try FileBytes.contents(path: path, limit: maximumBytes)
    }
    return try decode(bytes, name: path, encoding: encoding)
  }

  /// Decodes bytes already in memory; `name` is used in messages.
  public static func decode(_ bytes: [UInt8], name: String, encoding: TextEncoding? = nil) throws -> SourceText {
    do {
      let decoded = try Decoder.decode(bytes, forced: encoding)
      return SourceText(name: name, decoded: decoded)
    } catch {
      switch error {
      case .empty: throw TreatyError.emptyInput(path: name)
      case .binary(let reason): throw TreatyError.binaryInput(path: name, reason: reason)
      case .invalid(let encoding, let offset):
        throw TreatyError.undecodable(path: name, reason: "not valid \(encoding.rawValue) at byte \(offset)")
      }
    }
  }
}
