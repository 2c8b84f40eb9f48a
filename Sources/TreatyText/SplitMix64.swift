/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator whose sequence is the same on every platform and
/// in every process, for the seeded tests, the generated benchmark corpus and anything else that must reproduce.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A value in `0..<bound` (0 when the bound is not positive), by plain modulo: the tiny bias does not matter
  /// for test data, and the sequence stays the one earlier runs saw.
  public mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}
