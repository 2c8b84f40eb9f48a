/// Scalar-level reading and case folding straight on UTF-8 bytes, for the hot loops that tokenize and fold every
/// unit of a comparison.
///
/// Swift strings are valid UTF-8, so decoding needs no error handling; Russian letters are two-byte sequences with
/// lead byte D0 or D1, so the common cases of folding are byte arithmetic and the Unicode tables are consulted only
/// for other scripts.
enum UTF8Scalars {
  /// The scalar starting at `index` and how many bytes it takes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    var value: UInt32
    let length: Int
    if lead < 0xE0 {
      value = UInt32(lead & 0x1F)
      length = 2
    } else if lead < 0xF0 {
      value = UInt32(lead & 0x0F)
      length = 3
    } else {
      value = UInt32(lead & 0x07)
      length = 4
    }
    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// Appends the UTF-8 of `scalar` lowercased, with ё folded to е; the same folding as
  /// `RussianLetters.appendFolded`, which handles everything outside ASCII and the basic Cyrillic block.
  @inline(__always)
  static func appendFolded(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case 0x41...0x5A: output.append(UInt8(value + 0x20))
    case 0x00...0x7F: output.append(UInt8(value))
    case 0x0401, 0x0451: append(0x0435, to: &output)
    case 0x0410...0x042F: append(value + 0x20, to: &output)
    case 0x0400...0x040F: append(value + 0x50, to: &output)
    case 0x0430...0x045F: append(value, to: &output)
    case RussianLetters.combiningDiaeresis where output.count >= 2 && output[output.count - 2] == 0xD0
      && output[output.count - 1] == 0xB5:
      return
    default:
      var folded: [Unicode.Scalar] = []
      RussianLetters.appendFolded(scalar, to: &folded)
      for each in folded { output.append(contentsOf: String(each).utf8) }
    }
  }

  /// A two-byte sequence (U+0080…U+07FF).
  @inline(__always)
  private static func append(_ value: UInt32, to output: inout [UInt8]) {
    output.append(UInt8(0xC0 | value >> 6))
    output.append(UInt8(0x80 | value & 0x3F))
  }

  /// `text`'s UTF-8 bytes, contiguous, for the duration of `body`.
  static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = text
    return text.withUTF8(body)
  }
}
