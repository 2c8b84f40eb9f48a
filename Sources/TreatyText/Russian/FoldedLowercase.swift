extension BasicFold {
  /// Whether `RussianText.fold(text)` equals `text.lowercased()`: true when every scalar is ASCII or basic Cyrillic
  /// other than Ё and ё. Folding such a text only lowercases it, letter for letter, so a caller that already holds
  /// the fold need not lowercase the text again (a long text costs a hundred instructions a letter to lowercase).
  public static func foldIsLowercase(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in isBasic(bytes) && !containsYo(bytes) }
  }

  /// Whether basic `bytes` hold Ё (D0 81) or ё (D1 91), the letters the fold does not merely lowercase.
  private static func containsYo(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let trail = bytes[index + 1]
      if (byte == 0xD0 && trail == 0x81) || (byte == 0xD1 && trail == 0x91) { return true }
      index += 2
    }
    return false
  }
}

extension BasicFold {
  /// `text.lowercased()`, folded byte for byte when that is the same (`foldIsLowercase`, nearly every sentence):
  /// the standard library lowercases scalar by scalar through the Unicode tables, a hundred times slower.
  public static func lowercased(_ text: String) -> String {
    foldIsLowercase(text) ? RussianText.fold(text) : text.lowercased()
  }
}
