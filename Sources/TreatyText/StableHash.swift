/// 64-bit hashes that do not change between runs: FNV-1a for bytes, the SplitMix64 finaliser to mix a word.
public enum StableHash {
  @inlinable
  public static func fnv1a<Bytes: Sequence>(_ bytes: Bytes, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64
  where Bytes.Element == UInt8 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// `fnv1a(text.utf8)` over the string's contiguous bytes: iterating `String.UTF8View` costs several times more
  /// per byte, and every word of a compared document is hashed.
  @inlinable
  public static func fnv1a(_ text: String) -> UInt64 {
    text.utf8.withContiguousStorageIfAvailable { fnv1a($0) } ?? fnv1a(text.utf8)
  }

  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
