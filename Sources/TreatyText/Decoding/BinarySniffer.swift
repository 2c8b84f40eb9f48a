/// Recognises files that are not text, so that we refuse them with a helpful reason instead of "parsing" garbage.
///
/// People often point the tool at the DOCX or PDF they downloaded rather than at a text export; saying so plainly
/// is kinder than reporting thousands of structural errors.
enum BinarySniffer {
  /// A known file signature and what to tell the user about it.
  private struct Signature: Sendable {
    let prefix: [UInt8]
    let reason: String
  }

  private static let signatures: [Signature] = [
    Signature(prefix: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], reason: "looks like a PNG image"),
    Signature(prefix: [0xFF, 0xD8, 0xFF], reason: "looks like a JPEG image"),
    Signature(prefix: Array("GIF87a".utf8), reason: "looks like a GIF image"),
    Signature(prefix: Array("GIF89a".utf8), reason: "looks like a GIF image"),
    Signature(prefix: Array("%PDF".utf8), reason: "looks like a PDF"),
    Signature(prefix: [0x50, 0x4B, 0x03, 0x04], reason: "looks like a ZIP archive (DOCX/XLSX?)"),
    Signature(
      prefix: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], reason: "looks like an OLE2 document (DOC/XLS?)"),
  ]

  /// Why `bytes` look binary, or nil when they may be text.
  ///
  /// - Parameter hasUTF16BOM: UTF-16 text is full of NUL bytes, so NULs only count as binary without that mark.
  static func reason(for bytes: [UInt8], hasUTF16BOM: Bool) -> String? {
    for signature in signatures where bytes.starts(with: signature.prefix) {
      return signature.reason
    }
    if !hasUTF16BOM && containsNUL(bytes) {
      return "contains NUL bytes"
    }
    return nil
  }

  private static func containsNUL(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in FastSearch.offset(of: 0, in: buffer, from: 0) != nil }
  }
}
