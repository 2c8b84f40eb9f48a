/// Letter-level facts about Russian shared by folding, tokenizing and stemming.
///
/// Everything works on Unicode scalars: every Russian letter is one scalar, so comparing scalars is exact and far
/// cheaper than comparing `Character`s, which would run grapheme breaking on every step.
enum RussianLetters {
  static let ie: Unicode.Scalar = "е"
  static let combiningDiaeresis: UInt32 = 0x0308

  /// The nine Russian vowels а е и о у ы э ю я; ё is folded to е before anyone asks.
  static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0430, 0x0435, 0x0438, 0x043E, 0x0443, 0x044B, 0x044D, 0x044E, 0x044F: return true
    default: return false
    }
  }

  /// Any letter of the basic Cyrillic block, either case, including ё and the letters of other Cyrillic alphabets.
  static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x0400...0x045F).contains(scalar.value)
  }

  /// Appends `scalar` lowercased, with ё and Ё folded to е.
  ///
  /// Russian writes ё only sometimes ("её" and "ее" are the same word), so search and comparison must not tell them
  /// apart. A decomposed ё (е followed by U+0308) loses its diaeresis the same way. The common cases (ASCII and the
  /// basic Cyrillic block) are handled without consulting the Unicode tables.
  static func appendFolded(_ scalar: Unicode.Scalar, to output: inout [Unicode.Scalar]) {
    let value = scalar.value
    switch value {
    case 0x0041...0x005A, 0x0410...0x042F:
      // Both ranges sit exactly 0x20 below their lowercase letters.
      output.append(Unicode.Scalar(value + 0x20) ?? scalar)
    case 0x0401, 0x0451:
      output.append(ie)
    case 0x0000...0x007F, 0x0430...0x044F:
      output.append(scalar)
    case combiningDiaeresis where output.last == ie:
      return
    default:
      if scalar.properties.changesWhenLowercased {
        output.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        output.append(scalar)
      }
    }
  }

  /// `scalars` folded one by one; see `appendFolded`.
  static func folded<S: Sequence>(_ scalars: S) -> [Unicode.Scalar] where S.Element == Unicode.Scalar {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(scalars.underestimatedCount)
    for scalar in scalars { appendFolded(scalar, to: &output) }
    return output
  }

  /// A string made of `scalars`, encoded straight to UTF-8: appending to a `UnicodeScalarView` re-checks
  /// grapheme boundaries scalar by scalar, which made building each stem cost as much as finding it.
  static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    return String(decoding: bytes, as: UTF8.self)
  }
}
