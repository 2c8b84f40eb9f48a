/// `PlainScalars`' word questions asked of UTF-8 bytes, for loops that look at every word of a unit and should
/// make no `Substring` of most of them.
///
/// Plain scalars (see `PlainScalars.isPlain`) are at most three bytes long, each is a `Character` of its own, and
/// a plain text cut at an ASCII separator byte gives the words `PlainScalars.split` gives; so comparing lowercased
/// scalars read from the bytes gives what `word.lowercased().hasPrefix(…)` gives.
public enum PlainBytes {
  /// The plain scalar that starts at `index` and its length in bytes.
  @inlinable @inline(__always)
  public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    UTF8Scalars.decode(bytes, at: index)
  }

  /// The plain scalar that starts at `index`, lowercased as `PlainScalars.lowercased` does, and its length.
  @inlinable @inline(__always)
  public static func lowercasedScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let (scalar, length) = scalar(bytes, at: index)
    return (PlainScalars.lowercased(scalar), length)
  }

  /// `PlainScalars.hasLowercasedPrefix(word, prefix)` for the plain word `bytes[range]` and a `prefix` of
  /// lowercase ASCII and basic Cyrillic scalars.
  @inlinable
  public static func hasLowercasedPrefix(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: some Sequence<Unicode.Scalar>
  ) -> Bool {
    var index = range.lowerBound
    for expected in prefix {
      guard index < range.upperBound else { return false }
      let (scalar, length) = lowercasedScalar(bytes, at: index)
      guard scalar == expected else { return false }
      index += length
    }
    return true
  }

  /// The length of the scalar that starts at `index` when it is plain, nil when it is not: the byte-level
  /// `PlainScalars.isPlain`.
  @inlinable @inline(__always)
  public static func plainLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    switch bytes[index] {
    case 0x0D: return nil
    case 0x00..<0x80: return 1
    // U+0080...U+02FF, and U+0400...U+045F (D1 with a trail byte below A0).
    case 0xC2...0xCB, 0xD0: return 2
    case 0xD1: return bytes[index + 1] < 0xA0 ? 2 : nil
    // U+2010...U+2027, U+2030...U+203F, U+2116.
    case 0xE2:
      let (second, third) = (bytes[index + 1], bytes[index + 2])
      return (second == 0x80 && ((0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third)))
        || (second == 0x84 && third == 0x96) ? 3 : nil
    default: return nil
    }
  }
}

/// The words of a text's UTF-8 bytes, cut at an ASCII separator byte, for as long as they are plain: the words
/// `PlainScalars.split` gives, as byte ranges, read in one pass that also tells whether the text is plain.
public struct PlainWords {
  @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
  @usableFromInline let separator: UInt8
  @usableFromInline var position = 0
  @usableFromInline var metOnlyPlain = true

  /// False once a scalar that is not plain was met; the words read before it are still right.
  @inlinable public var isPlain: Bool { metOnlyPlain }

  /// `bytes` must be valid UTF-8 (a Swift string's) and `separator` ASCII.
  @inlinable
  public init(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) {
    precondition(separator < 0x80, "words are cut on bytes, so the separator must be one byte")
    self.bytes = bytes
    self.separator = separator
  }

  /// The next word; nil at the end or at a scalar that is not plain (then `isPlain` is false).
  @inlinable
  public mutating func next() -> Range<Int>? {
    while position < bytes.count && bytes[position] == separator { position += 1 }
    guard position < bytes.count else { return nil }
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == separator { break }
      // Basic Cyrillic letters and ASCII other than CR, the bulk of a Russian text, without the full test.
      if byte == 0xD0 || (byte < 0x80 && byte != 0x0D) {
        position += byte == 0xD0 ? 2 : 1
      } else if let length = PlainBytes.plainLength(bytes, at: position) {
        position += length
      } else {
        metOnlyPlain = false
        return nil
      }
    }
    return start..<position
  }
}
