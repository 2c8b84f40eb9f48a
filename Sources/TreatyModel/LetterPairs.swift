import TreatyText

/// The pairs of adjacent lowercase basic Cyrillic letters (а…я) in a text, as a set of bits.
///
/// A phrase occurs in a text only if every pair of adjacent letters of the phrase is one of the text's pairs, so one
/// pass over a text's bytes turns away most of the phrases a rule table would search it for. The clause table
/// searched every long point for forty phrases and found none in most: the searches cost more than the rest of the
/// classification. A filter only: a phrase it keeps is still searched for.
struct LetterPairs {
  /// Bit `first * 32 + second` for a pair of letters numbered from «а».
  private let bits: [UInt64]

  /// The pairs of `text` (UTF-8 bytes read as they are: a lead byte D0 or D1 always starts a two-byte scalar).
  init(_ text: String) {
    var bits = [UInt64](repeating: 0, count: 16)
    UTF8Scalars.withBytes(text) { bytes in
      bits.withUnsafeMutableBufferPointer { bits in
        // The letter just before `index`, -1 when the scalar there is none.
        var previous = -1
        var index = 0
        while index + 1 < bytes.count {
          let lead = bytes[index]
          guard lead == 0xD0 || lead == 0xD1 else {
            previous = -1
            index += 1
            continue
          }
          let letter = Self.letter(lead, bytes[index + 1])
          if previous >= 0 && letter >= 0 {
            let pair = previous << 5 | letter
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
          }
          previous = letter
          index += 2
        }
      }
    }
    self.bits = bits
  }

  /// Whether every pair of `other` is one of these.
  func contains(_ other: LetterPairs) -> Bool {
    zip(bits, other.bits).allSatisfy { mine, theirs in theirs & ~mine == 0 }
  }

  /// «а»…«п» (D0 B0…BF) and «р»…«я» (D1 80…8F) numbered 0…31; -1 for any other scalar with lead D0 or D1.
  @inline(__always)
  private static func letter(_ lead: UInt8, _ trail: UInt8) -> Int {
    switch (lead, trail) {
    case (0xD0, 0xB0...0xBF): return Int(trail - 0xB0)
    case (0xD1, 0x80...0x8F): return Int(trail - 0x80) + 16
    default: return -1
    }
  }
}
