/// `RussianText.fold` for texts of ASCII and basic Cyrillic, done on UTF-8 bytes.
///
/// For ASCII and the basic Cyrillic block the fold is fixed by its contract — lowercase, ё and Ё written as е — and
/// keeps every letter's UTF-8 length, so it can be written byte for byte into a string of the same size, with no
/// decoding at all. Nearly every unit of a Russian legal text is such a text; `RussianText.fold` takes this path for
/// them and decodes scalars only for the rest. Tests compare both with the scalar-table fold on the corpus and on
/// every basic scalar.
public enum BasicFold {
  /// The fold of `bytes`, which must pass `isFoldable`.
  static func fold(basic bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { output in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          output[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          index += 1
        } else if byte == 0xD0 || byte == 0xD1 {
          (output[index], output[index + 1]) = foldCyrillic(byte, bytes[index + 1])
          index += 2
        } else {
          // Punctuation that folds to itself (`isFoldable`): copied as it is.
          let length = byte < 0xE0 ? 2 : 3
          for offset in 0..<length { output[index + offset] = bytes[index + offset] }
          index += length
        }
      }
      return bytes.count
    }
  }

  /// `fold(text)` when `text` is nothing but letters of the basic Cyrillic block (so it is one word, as
  /// `RussianText.words` reads it); nil otherwise.
  public static func foldedCyrillicWord(_ text: String) -> String? {
    var text = text
    let isCyrillicWord = text.withUTF8 { bytes in
      guard !bytes.isEmpty, bytes.count % 2 == 0 else { return false }
      for index in stride(from: 0, to: bytes.count, by: 2) {
        let lead = bytes[index]
        guard lead == 0xD0 || (lead == 0xD1 && bytes[index + 1] < 0xA0) else { return false }
      }
      return true
    }
    return isCyrillicWord ? RussianText.fold(text) : nil
  }

  /// Whether every scalar of `text` is ASCII or basic Cyrillic: then its fold has the same bytes at the same
  /// offsets, and a byte search of the fold points into the text itself.
  public static func isBasic(_ text: String) -> Bool { UTF8Scalars.withBytes(text, isBasic) }

  /// Whether every scalar is ASCII or in U+0400...U+045F (lead byte D0, or D1 with a second byte below A0).
  static func isBasic(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    every(bytes) { lead, index in
      if lead < 0x80 { return 1 }
      guard lead == 0xD0 || lead == 0xD1, index + 1 < bytes.count else { return nil }
      return lead == 0xD0 || bytes[index + 1] < 0xA0 ? 2 : nil
    }
  }

  /// Whether `fold(basic:)` folds `bytes` exactly: ASCII, basic Cyrillic, and the punctuation legal texts are full
  /// of, which no fold changes — the Latin-1 signs U+00A0...U+00BF («», §, °, no-break space), general punctuation
  /// U+2000...U+203F (dashes, quotes, special spaces) and «№». A unit with a dash or a guillemet took the slow,
  /// scalar-by-scalar fold before.
  static func isFoldable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    every(bytes) { lead, index in
      switch lead {
      case 0x00..<0x80: return 1
      case 0xD0, 0xD1, 0xC2:
        guard index + 1 < bytes.count else { return nil }
        let trail = bytes[index + 1]
        return lead == 0xD0 || (lead == 0xD1 ? trail < 0xA0 : trail >= 0xA0) ? 2 : nil
      case 0xE2:
        guard index + 2 < bytes.count else { return nil }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        return second == 0x80 || (second == 0x84 && third == 0x96) ? 3 : nil
      default: return nil
      }
    }
  }

  /// Whether `bytes` fold to themselves by the byte path alone: ASCII other than capitals, and lowercase basic
  /// Cyrillic other than ё (U+0430...U+044F, U+0450...U+045F). Anything else may change, or needs the full fold.
  static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    every(bytes) { lead, index in
      if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A ? nil : 1 }
      guard index + 1 < bytes.count else { return nil }
      let trail = bytes[index + 1]
      switch lead {
      case 0xD0 where trail >= 0xB0: return 2
      case 0xD1 where trail < 0xA0 && trail != 0x91: return 2
      default: return nil
      }
    }
  }

  /// Whether every scalar of `bytes` passes: `length(lead, index)` is the byte length of the scalar that starts at
  /// `index` with the byte `lead` when it passes, nil when it does not. The one loop of BasicFold's byte tests.
  @inline(__always)
  static func every(
    _ bytes: UnsafeBufferPointer<UInt8>, _ length: (_ lead: UInt8, _ index: Int) -> Int?
  ) -> Bool {
    var index = 0
    while index < bytes.count {
      guard let step = length(bytes[index], index) else { return false }
      index += step
    }
    return true
  }

  /// One basic Cyrillic letter (lead byte D0, or D1 with a trail below A0), lowercased, with ё written as е.
  /// Lowercase letters, the most common, are tested first: `SurveyedFold` folds every unit of a model with it.
  @inline(__always)
  static func foldCyrillic(_ lead: UInt8, _ trail: UInt8) -> (UInt8, UInt8) {
    if lead == 0xD1 { return trail == 0x91 ? (0xD0, 0xB5) : (lead, trail) }  // ё → е
    switch trail {
    case 0xB0...: return (lead, trail)  // а…п
    case 0xA0...: return (0xD1, trail - 0x20)  // Р…Я → р…я
    case 0x90...: return (0xD0, trail + 0x20)  // А…П → а…п
    case 0x81: return (0xD0, 0xB5)  // Ё → е
    default: return (0xD1, trail + 0x10)  // Ѐ…Џ → ѐ…џ (U+0400 → U+0450)
    }
  }
}
