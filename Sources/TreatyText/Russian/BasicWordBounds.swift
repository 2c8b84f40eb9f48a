/// The word boundaries of `RussianText.words`, read at a byte offset of a text of ASCII and basic Cyrillic
/// (`BasicFold.isBasic`).
///
/// A caller that byte-searches a text for the start of a word needs only the few words at each hit, not every word
/// of the text; splitting a whole unit into words cost more than all its searches. In such a text every letter and
/// digit starts or continues a word, no scalar is a combining mark, and the only hyphen is «-», so a word's bounds
/// are decided by the bytes next to it.
public enum BasicWordBounds {
  /// Whether a word of `RussianText.words` starts at `offset` (a scalar boundary) of basic `bytes`.
  public static func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset < bytes.count, isStarter(bytes, at: offset) else { return false }
    // Inside a word when a letter or digit stands just before, or a «-» that joins a word before to this one.
    if endsStarter(bytes, at: offset) { return false }
    return !(offset > 0 && bytes[offset - 1] == hyphen && endsStarter(bytes, at: offset - 1))
  }

  /// The byte range of the first word at or after `offset` (a scalar boundary outside any word), nil when none is.
  public static func word(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Range<Int>? {
    var start = offset
    while start < bytes.count, !isStarter(bytes, at: start) { start += 1 }
    guard start < bytes.count else { return nil }
    return start..<end(bytes, ofWordAt: start)
  }

  /// Where the word that starts at `start` ends: letters and digits, and a «-» that a letter or digit follows.
  public static func end(_ bytes: UnsafeBufferPointer<UInt8>, ofWordAt start: Int) -> Int {
    var end = start
    while end < bytes.count {
      if isStarter(bytes, at: end) {
        end += bytes[end] < 0x80 ? 1 : 2
      } else if bytes[end] == hyphen, end + 1 < bytes.count, isStarter(bytes, at: end + 1) {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  private static let hyphen = UInt8(ascii: "-")

  /// Whether the scalar starting at `index` is an ASCII letter or digit or a basic Cyrillic letter.
  @inline(__always)
  private static func isStarter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    let byte = bytes[index]
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xD0, 0xD1: return true
    default: return false
    }
  }

  /// Whether the scalar that ends just before `index` is a letter or digit: in basic bytes a byte of 80 or above
  /// there is the trail byte of a Cyrillic letter.
  @inline(__always)
  private static func endsStarter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index > 0 else { return false }
    let byte = bytes[index - 1]
    return byte >= 0x80 || isStarter(bytes, at: index - 1)
  }
}
