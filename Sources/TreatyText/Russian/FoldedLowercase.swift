extension BasicFold {
  /// Whether `RussianText.fold(text)` equals `text.lowercased()`: true when every scalar is ASCII or basic Cyrillic
  /// other than Ё and ё. Folding such a text only lowercases it, letter for letter, so a caller that already holds
  /// the fold need not lowercase the text again (a long text costs a hundred instructions a letter to lowercase).
  public static func foldIsLowercase(_ text: String) -> Bool {
    UTF8Scalars.withBytes(text) { bytes in
      every(bytes) { lead, index in
        if lead < 0x80 { return 1 }
        guard lead == 0xD0 || lead == 0xD1, index + 1 < bytes.count else { return nil }
        let trail = bytes[index + 1]
        return lead == 0xD0 ? (trail == 0x81 ? nil : 2) : (trail < 0xA0 && trail != 0x91 ? 2 : nil)
      }
    }
  }
}

extension BasicFold {
  /// `text.lowercased()`, folded byte for byte when that is the same (`foldIsLowercase`, nearly every sentence):
  /// the standard library lowercases scalar by scalar through the Unicode tables, a hundred times slower.
  public static func lowercased(_ text: String) -> String {
    foldIsLowercase(text) ? RussianText.fold(text) : text.lowercased()
  }
}
