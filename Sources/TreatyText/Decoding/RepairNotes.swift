/// The wording of the notes in `DecodedBytes.repairs`.
///
/// Kept in one place so that every repair reads the same way: how many, what they became, and where the first one
/// is, which is what a user needs to find and fix the damage in their own file.
enum RepairNotes {
  static func invalidUTF8(count: Int, firstOffset: Int) -> String {
    "\(count) invalid UTF-8 \(plural(count, "sequence", "sequences")) replaced with U+FFFD "
      + "(first at byte \(firstOffset))"
  }

  static func unpairedSurrogates(count: Int, firstOffset: Int) -> String {
    "\(count) unpaired UTF-16 \(plural(count, "surrogate", "surrogates")) replaced with U+FFFD "
      + "(first at byte \(firstOffset))"
  }

  static func danglingUTF16Byte(offset: Int) -> String {
    "odd byte count for UTF-16: the last byte (at byte \(offset)) replaced with U+FFFD"
  }

  static func undefinedBytes(count: Int, encoding: TextEncoding, firstOffset: Int) -> String {
    "\(count) \(plural(count, "byte", "bytes")) undefined in \(encoding.rawValue) replaced with U+FFFD "
      + "(first at byte \(firstOffset))"
  }

  private static func plural(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? one : many
  }
}
