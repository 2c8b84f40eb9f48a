/// Eight bytes at a time: masks that flag the bytes of interest in a 64-bit word of text, so that the scans which
/// look for rare bytes (invisible characters, spaces to collapse) pass over ordinary text a word per step instead
/// of a byte per step. A mask has the high bit of a byte set where that byte may be of interest; it is zero exactly
/// when no byte is, and its lowest flag is always a byte of interest, so `firstFlagged` finds the first of them.
enum ByteWords {
  static let width = 8
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `index` (which must leave eight bytes before the end), the first in the lowest bits.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
  }

  /// Flags the bytes equal to `byte`: such a byte is zero after the XOR, and a zero byte borrows into its own high
  /// bit while having that bit clear. The borrow can flag a byte above a real match too, never one below it.
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ (ones &* UInt64(byte))
    return (difference &- ones) & ~difference & highBits
  }

  /// Flags exactly the bytes below `limit` (1...0x80): adding `0x80 - limit` to a byte's low seven bits sets its
  /// high bit when it is at least `limit`, and no sum carries into the next byte.
  @inline(__always)
  static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
    let reachesLimit = ((word & ~highBits) &+ ones &* UInt64(0x80 - limit)) | word
    return ~reachesLimit & highBits
  }

  /// The position (0–7) of the lowest flagged byte of a non-zero mask.
  @inline(__always)
  static func firstFlagged(_ mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }
}
