/// A single-byte code page prepared for fast conversion to UTF-8.
///
/// Each byte's UTF-8 form is computed once, so converting a file is two tight loops over the bytes (measure, then
/// copy) with no per-character work beyond a table lookup.
struct SingleByteCodePage: Sendable {
  let encoding: TextEncoding
  /// 256 Unicode scalar values, indexed by byte.
  let scalars: [UInt16]
  /// Four entries per byte: the UTF-8 length (1–3), then up to three UTF-8 bytes.
  private let utf8Forms: [UInt8]

  static let windows1251 = SingleByteCodePage(encoding: .windows1251, scalars: SingleByteTables.windows1251)
  static let koi8R = SingleByteCodePage(encoding: .koi8R, scalars: SingleByteTables.koi8R)

  private init(encoding: TextEncoding, scalars: [UInt16]) {
    precondition(scalars.count == 256, "a single-byte code page needs 256 entries")
    self.encoding = encoding
    self.scalars = scalars
    var forms = [UInt8](repeating: 0, count: 256 * 4)
    forms.withUnsafeMutableBufferPointer { buffer in
      for byte in 0..<256 {
        let slot = UnsafeMutableBufferPointer(rebasing: buffer[(byte * 4 + 1)..<(byte * 4 + 4)])
        buffer[byte * 4] = UInt8(UTF8Encoding.write(UInt32(scalars[byte]), to: slot, at: 0))
      }
    }
    utf8Forms = forms
  }

  struct Result: Sendable {
    let utf8: [UInt8]
    /// Bytes the code page leaves undefined, each replaced by U+FFFD.
    let undefinedBytes: Int
    let firstUndefinedOffset: Int?
  }

  /// Converts all of `bytes` to UTF-8.
  func decode(_ bytes: [UInt8]) -> Result {
    var undefined = 0
    var firstUndefined: Int?
    let utf8 = bytes.withUnsafeBufferPointer { input in
      utf8Forms.withUnsafeBufferPointer { forms in
        var total = 0
        for (offset, byte) in input.enumerated() {
          total += Int(forms[Int(byte) * 4])
          if scalars[Int(byte)] == SingleByteTables.undefined {
            undefined += 1
            if firstUndefined == nil { firstUndefined = offset }
          }
        }
        return [UInt8](unsafeUninitializedCapacity: total) { output, initializedCount in
          var written = 0
          for byte in input {
            let base = Int(byte) * 4
            let length = Int(forms[base])
            for index in 0..<length {
              output[written + index] = forms[base + 1 + index]
            }
            written += length
          }
          initializedCount = written
        }
      }
    }
    return Result(utf8: utf8, undefinedBytes: undefined, firstUndefinedOffset: firstUndefined)
  }
}
