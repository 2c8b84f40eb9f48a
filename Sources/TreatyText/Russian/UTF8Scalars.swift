/// Scalars read straight from UTF-8 bytes, for the hot loops that split, tokenize and stem every unit of a
/// comparison without walking `Character`s. Swift strings are valid UTF-8, so decoding needs no error handling.
public enum UTF8Scalars {
  /// The scalar starting at `index` and how many bytes it takes. Inlinable, so that `PlainBytes`' inlinable word
  /// loops in other modules decode with it.
  @inlinable @inline(__always)
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

  /// `text`'s UTF-8 bytes, contiguous, for the duration of `body`.
  public static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = text
    return text.withUTF8(body)
  }
}
