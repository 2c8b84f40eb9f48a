/// Writes Unicode scalars as UTF-8.
///
/// The converters fill preallocated buffers directly; going through `String` or `Character` would cost far more
/// than the conversion itself on multi-megabyte files.
enum UTF8Encoding {
  /// The UTF-8 bytes of U+FFFD REPLACEMENT CHARACTER, which stands in for anything we could not decode.
  static let replacement: (UInt8, UInt8, UInt8) = (0xEF, 0xBF, 0xBD)

  /// How many bytes the UTF-8 form of `scalar` takes.
  @inline(__always)
  static func length(of scalar: UInt32) -> Int {
    switch scalar {
    case 0..<0x80: 1
    case 0x80..<0x800: 2
    case 0x800..<0x10000: 3
    default: 4
    }
  }

  /// Writes `scalar` at `output[at]` and returns the number of bytes written.
  ///
  /// The caller guarantees that `scalar` is a valid Unicode scalar value and that there is room for it.
  @inline(__always)
  static func write(_ scalar: UInt32, to output: UnsafeMutableBufferPointer<UInt8>, at position: Int) -> Int {
    switch scalar {
    case 0..<0x80:
      output[position] = UInt8(scalar)
      return 1
    case 0x80..<0x800:
      output[position] = UInt8(0xC0 | (scalar >> 6))
      output[position + 1] = UInt8(0x80 | (scalar & 0x3F))
      return 2
    case 0x800..<0x10000:
      output[position] = UInt8(0xE0 | (scalar >> 12))
      output[position + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      output[position + 2] = UInt8(0x80 | (scalar & 0x3F))
      return 3
    default:
      output[position] = UInt8(0xF0 | (scalar >> 18))
      output[position + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3F))
      output[position + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
      output[position + 3] = UInt8(0x80 | (scalar & 0x3F))
      return 4
    }
  }

  /// The length of the scalar whose UTF-8 form starts with `lead`; used to walk already-valid output.
  @inline(__always)
  static func sequenceLength(lead: UInt8) -> Int {
    switch lead {
    case 0..<0x80: 1
    case 0xC0..<0xE0: 2
    case 0xE0..<0xF0: 3
    default: 4
    }
  }

  /// Whether `byte` continues a multi-byte sequence rather than starting a scalar.
  @inline(__always)
  static func isContinuation(_ byte: UInt8) -> Bool {
    byte & 0xC0 == 0x80
  }
}
