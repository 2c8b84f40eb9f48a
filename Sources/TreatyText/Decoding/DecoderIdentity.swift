extension Decoder {
  /// Wraps bytes that are already valid UTF-8 (for example a Swift `String`'s `utf8`) without any detection.
  ///
  /// In-memory text never needs guessing, and it may legitimately hold characters (such as NUL) that `decode`
  /// refuses as "binary"; this keeps building a source from a string total. Offsets map one to one.
  public static func identity(_ utf8: [UInt8]) -> DecodedBytes {
    assert(UTF8Validation.firstInvalidOffset(utf8) == nil, "Decoder.identity needs valid UTF-8")
    return DecodedBytes(
      utf8: utf8, encoding: .utf8, hadBOM: ByteOrderMark.detect(utf8) == .utf8, repairs: [],
      offsets: .identity(count: utf8.count))
  }
}
