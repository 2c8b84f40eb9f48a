/// A text's fold (`RussianText.fold`) together with what the model's extractors ask of its scalars — whether it is
/// plain (`PlainScalars.isPlain`) and whether it is basic (`BasicFold.isBasic`) — read in one pass over its bytes.
///
/// Building a model asked these of every unit of a document in passes of their own: the fold's test, the fold, the
/// plain test, and the basic test again and again per extractor. Each answer is a question about the lead bytes,
/// so one loop that folds while it classifies gives all of them. A text that the byte fold cannot fold
/// (`BasicFold.isFoldable` fails) is folded and tested by the general functions instead.
public struct SurveyedFold: Sendable {
  /// `RussianText.fold(text)`.
  public let folded: String
  /// `PlainScalars.isPlain(text)`.
  public let isPlain: Bool
  /// `BasicFold.isBasic(text)`.
  public let isBasic: Bool

  public init(_ text: String) {
    var isPlain = true
    var isBasic = true
    var isFoldable = true
    let folded = UTF8Scalars.withBytes(text) { bytes in
      String(unsafeUninitializedCapacity: bytes.count) { output -> Int in
        var index = 0
        while index < bytes.count {
          let lead = bytes[index]
          // Basic Cyrillic letters first, then ASCII: nearly every scalar of a Russian text is one of them.
          if lead == 0xD0 || lead == 0xD1 {
            let trail = bytes[index + 1]
            if lead == 0xD1 && trail >= 0xA0 {
              isFoldable = false
              return 0
            }
            (output[index], output[index + 1]) = BasicFold.foldCyrillic(lead, trail)
            index += 2
            continue
          }
          if lead < 0x80 {
            output[index] = lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead
            if lead == 0x0D { isPlain = false }
            index += 1
            continue
          }
          guard let (length, plain) = Self.punctuation(bytes, at: index) else {
            isFoldable = false
            return 0
          }
          // Signs that fold to themselves; none of them is basic.
          for offset in 0..<length { output[index + offset] = bytes[index + offset] }
          isBasic = false
          if !plain { isPlain = false }
          index += length
        }
        return bytes.count
      }
    }
    if isFoldable {
      (self.folded, self.isPlain, self.isBasic) = (folded, isPlain, isBasic)
    } else {
      // Only ASCII and basic Cyrillic are basic, and both are foldable, so this text is not basic.
      (self.folded, self.isPlain, self.isBasic) = (RussianText.fold(text), PlainScalars.isPlain(text), false)
    }
  }

  /// The length of the sign that starts at `index` (lead byte 80 or above, not D0 or D1; valid UTF-8) and whether
  /// it is plain (`PlainBytes.plainLength`), when the byte fold leaves it as it is (`BasicFold.isFoldable`):
  /// U+00A0...U+00BF, U+2000...U+203F and «№». Nil for any other scalar, which the byte fold does not apply to.
  @inline(__always)
  private static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Bool)? {
    switch bytes[index] {
    // U+0080...U+00BF: only U+00A0 and above are left to the byte fold; all are plain.
    case 0xC2: return bytes[index + 1] >= 0xA0 ? (2, true) : nil
    case 0xE2:
      let (second, third) = (bytes[index + 1], bytes[index + 2])
      if second == 0x84 && third == 0x96 { return (3, true) }
      guard second == 0x80 else { return nil }
      // Of U+2000...U+203F, only U+2010...U+2027 and U+2030...U+203F are plain.
      return (3, (0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third))
    default: return nil
    }
  }
}
