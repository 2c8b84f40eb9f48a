/// A byte-order mark at the start of a file.
///
/// A BOM is the only certain statement a file makes about its encoding, so it is checked before any guessing.
enum ByteOrderMark: Sendable, Equatable {
  case utf8
  case utf16LE
  case utf16BE

  /// The mark at the start of `bytes`, if any.
  static func detect(_ bytes: [UInt8]) -> ByteOrderMark? {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
    return nil
  }

  /// The encoding the mark announces.
  var encoding: TextEncoding {
    switch self {
    case .utf8: .utf8
    case .utf16LE: .utf16LE
    case .utf16BE: .utf16BE
    }
  }

  /// UTF-16 files legitimately contain NUL bytes, so the binary check must know about them.
  var isUTF16: Bool { self != .utf8 }
}
