/// The case of a single plain scalar (see `PlainScalars`), read from a table for ASCII and basic Cyrillic and by
/// Unicode's properties for the rest: putting names into the nominative asked `Character` and `String` for the
/// case of every word's first letter, which cost thousands of instructions a word.
enum PlainCase {
  /// `Character(scalar).isUppercase`.
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x0400...0x042F: return true
    case 0x00...0x7F, 0x0430...0x045F: return false
    default: return Character(scalar).isUppercase
    }
  }

  /// `String(scalar).uppercased()`, as scalars.
  static func uppercased(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    switch scalar.value {
    case 0x61...0x7A, 0x0430...0x044F: return [Unicode.Scalar(scalar.value - 0x20) ?? scalar]
    case 0x0450...0x045F: return [Unicode.Scalar(scalar.value - 0x50) ?? scalar]
    case 0x00...0x7F, 0x0400...0x042F: return [scalar]
    default: return Array(String(scalar).uppercased().unicodeScalars)
    }
  }
}
