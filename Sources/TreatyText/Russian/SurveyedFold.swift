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
          if lead < 0x80 {
            output[index] = lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead
            if lead == 0x0D { isPlain = false }
            index += 1
            continue
          }
          switch Self.kind(bytes, at: index) {
          case .cyrillic:
            (output[index], output[index + 1]) = Self.foldCyrillic(lead, bytes[index + 1])
            index += 2
          case .punctuation(let length, let plain):
            // Signs that fold to themselves; none of them is basic.
            for offset in 0..<length { output[index + offset] = bytes[index + offset] }
            isBasic = false
            if !plain { isPlain = false }
            index += length
          case .unfoldable:
            isFoldable = false
            return 0
          }
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

  /// What a scalar beyond ASCII is to the byte fold.
  private enum ScalarKind {
    /// A basic Cyrillic letter (U+0400...U+045F), two bytes: basic, plain, folded by `foldCyrillic`.
    case cyrillic
    /// A sign the fold leaves as it is (`BasicFold.isFoldable`): U+00A0...U+00BF, U+2000...U+203F and «№».
    case punctuation(length: Int, plain: Bool)
    /// Anything else: the byte fold does not apply.
    case unfoldable
  }

  /// The kind of the scalar beyond ASCII that starts at `index` (lead byte 80 or above, valid UTF-8), by the
  /// lead byte's tests in `BasicFold.isFoldable`, `BasicFold.isBasic` and `PlainBytes.plainLength`.
  @inline(__always)
  private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ScalarKind {
    switch bytes[index] {
    case 0xD0: return .cyrillic
    case 0xD1: return bytes[index + 1] < 0xA0 ? .cyrillic : .unfoldable
    // U+0080...U+00BF: only U+00A0 and above are left to the byte fold; all are plain.
    case 0xC2: return bytes[index + 1] >= 0xA0 ? .punctuation(length: 2, plain: true) : .unfoldable
    case 0xE2:
      let (second, third) = (bytes[index + 1], bytes[index + 2])
      if second == 0x84 && third == 0x96 { return .punctuation(length: 3, plain: true) }
      guard second == 0x80 else { return .unfoldable }
      // Of U+2000...U+203F, only U+2010...U+2027 and U+2030...U+203F are plain.
      return .punctuation(length: 3, plain: (0x90...0xA7).contains(third) || (0xB0...0xBF).contains(third))
    default: return .unfoldable
    }
  }

  /// One basic Cyrillic letter, lowercased, with ё written as е (as `BasicFold` folds it).
  @inline(__always)
  private static func foldCyrillic(_ lead: UInt8, _ trail: UInt8) -> (UInt8, UInt8) {
    switch (lead, trail) {
    case (0xD0, 0x81), (0xD1, 0x91): return (0xD0, 0xB5)  // Ё, ё → е
    case (0xD0, 0x80...0x8F): return (0xD1, trail + 0x10)  // Ѐ…Џ → ѐ…џ (U+0400 → U+0450)
    case (0xD0, 0x90...0x9F): return (0xD0, trail + 0x20)  // А…П → а…п
    case (0xD0, 0xA0...0xAF): return (0xD1, trail - 0x20)  // Р…Я → р…я
    default: return (lead, trail)
    }
  }
}
