#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. `String.contains` and `range(of:)` go through Foundation's locale-aware
/// search when Foundation is imported, which costs a hundred times more than comparing bytes; the model and the
/// comparator ask such questions of every unit, so they use this.
public enum FastSearch {
  /// Whether `needle` occurs in `haystack` (exact bytes; fold both first for a case-insensitive test).
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    offset(of: needle, in: haystack) != nil
  }

  /// Whether two strings have the same UTF-8 bytes, compared with `memcmp` where both are contiguous
  /// (`String.UTF8View.elementsEqual` steps through both views byte by byte).
  public static func bytesEqual(_ a: String, _ b: String) -> Bool {
    let contiguous = a.utf8.withContiguousStorageIfAvailable { left in
      b.utf8.withContiguousStorageIfAvailable { right in bytesEqual(left, right) }
    }
    return (contiguous ?? nil) ?? a.utf8.elementsEqual(b.utf8)
  }

  /// Whether two byte runs are equal, by `memcmp`.
  public static func bytesEqual(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
    guard left.count == right.count else { return false }
    guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return true }
    return memcmp(leftBase, rightBase, left.count) == 0
  }

  /// The UTF-8 offset of the first occurrence of `needle` in `haystack`.
  ///
  /// The model asks dozens of phrases of every unit. Testing the needle's first byte at every position is not
  /// selective for Cyrillic, where every other byte is a lead byte (D0 or D1), so the search tests one distinctive
  /// byte of the needle first and compares the rest only where it matches.
  public static func offset(of needle: String, in haystack: String) -> Int? {
    // Read in place where the bytes are contiguous (native strings, always here): `withUTF8` on copies of the
    // two strings retained and released both on every search.
    let inPlace = haystack.utf8.withContiguousStorageIfAvailable { text in
      needle.utf8.withContiguousStorageIfAvailable { pattern in offset(of: pattern, in: text) }
    }
    if let inPlace, let found = inPlace { return found }
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { text in needle.withUTF8 { pattern in offset(of: pattern, in: text) } }
  }

  /// The UTF-8 offset of the first occurrence of `needle` in `haystack` at or after the offset `from`.
  public static func offset(of needle: String, in haystack: String, from: Int) -> Int? {
    // In place where contiguous, as `offset(of:in:)` reads them.
    let inPlace = haystack.utf8.withContiguousStorageIfAvailable { text in
      needle.utf8.withContiguousStorageIfAvailable { pattern -> Int? in
        guard from <= text.count else { return nil }
        return offset(of: pattern, in: UnsafeBufferPointer(rebasing: text[from...])).map { $0 + from }
      }
    }
    if let inPlace, let found = inPlace { return found }
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { text in
      guard from <= text.count else { return nil }
      return needle.withUTF8 { pattern in
        offset(of: pattern, in: UnsafeBufferPointer(rebasing: text[from...])).map { $0 + from }
      }
    }
  }

  /// The offset of the first occurrence of the bytes `pattern` in the bytes `text`; see `offset(of:in:)`.
  public static func offset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !pattern.isEmpty else { return 0 }
    guard pattern.count <= text.count else { return nil }
    guard let base = text.baseAddress else { return nil }
    let anchor = anchorIndex(in: pattern)
    let byte = Int32(pattern[anchor])
    // `memchr` finds the anchor byte a vector register at a time; a byte-by-byte loop was 9 % of the model.
    var start = 0
    let last = text.count - pattern.count
    while start <= last {
      guard let found = memchr(base + start + anchor, byte, last - start + 1) else { return nil }
      let candidate = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base - anchor
      if matches(pattern, in: text, at: candidate) { return candidate }
      start = candidate + 1
    }
    return nil
  }

  /// The offset of the first `byte` in `text` at or after `from`, found by `memchr` a vector register at a time:
  /// the loader looks for line feeds and NUL bytes in whole files.
  public static func offset(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard from < text.count, let base = text.baseAddress else { return nil }
    guard let found = memchr(base + from, Int32(byte), text.count - from) else { return nil }
    return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
  }

  /// A byte of the pattern that is seldom common: the first that is neither a Cyrillic lead byte (D0, D1) nor a
  /// space, else the last byte.
  private static func anchorIndex(in pattern: UnsafeBufferPointer<UInt8>) -> Int {
    pattern.firstIndex { $0 != 0xD0 && $0 != 0xD1 && $0 != 0x20 } ?? pattern.count - 1
  }

  private static func matches(_ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var offset = 0
    while offset < pattern.count {
      if text[start + offset] != pattern[offset] { return false }
      offset += 1
    }
    return true
  }
}
