/// Words that an export glued together where a line break or a space was lost: «ПрезидентРеспублики»,
/// «СОГЛАШЕНИЕмежду», «ПРОТОКОЛо внесении», «Протокола,прилагаемый». Russian words never change case inside, so a
/// lowercase letter followed by a capital, or a run of four capitals followed by a lowercase letter, is a boundary;
/// so is a comma followed directly by a letter. The derived text gets a space there; the source is not changed.
enum GluedWords {
  /// Byte offsets (into `bytes`) before which a space belongs.
  static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Int] {
    var result: [Int] = []
    var index = start
    // What the scan needs of the scalar before: whether it is a comma or a lowercase Cyrillic letter, and how many
    // Cyrillic capitals ran up to it. Flags, not the scalar, so that each step compares as little as it can.
    var afterComma = false
    var afterLowercase = false
    var capitals = 0
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        // An ASCII scalar is no Cyrillic letter: only a letter after a comma can start a word here. Half the
        // scalars of a Russian text are ASCII (spaces, digits, punctuation).
        if afterComma, Bytes.isASCIILetter(lead), followsLetterAndComma(bytes, index, start) { result.append(index) }
        capitals = 0
        afterComma = lead == 0x2C
        afterLowercase = false
        index += 1
        continue
      }
      let (scalar, length) = decode(bytes, at: index)
      let cyrillic = Bytes.isCyrillicLetter(scalar)
      // The Cyrillic block is split exactly into the capitals and the lowercase letters `Bytes` knows.
      let capital = cyrillic && Bytes.isUppercaseLetter(scalar)
      let lowercase = cyrillic && !capital
      if (capital && afterLowercase) || (lowercase && capitals >= 4)
        || (afterComma && Bytes.isLetter(scalar) && followsLetterAndComma(bytes, index, start))
      {
        result.append(index)
      }
      capitals = capital ? capitals + 1 : 0
      afterComma = false
      afterLowercase = lowercase
      index += length
    }
    return result
  }

  /// `Bytes.scalar`, with the two-byte scalars of Cyrillic text decoded without its general loop.
  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead & 0xE0 == 0xC0, index + 1 < bytes.count {
      let trail = bytes[index + 1]
      if trail & 0xC0 == 0x80 { return (UInt32(lead & 0x1F) << 6 | UInt32(trail & 0x3F), 2) }
    }
    return Bytes.scalar(bytes, at: index)
  }

  /// A word starting at `index` after a comma that follows a letter: «Протокола,прилагаемый».
  private static func followsLetterAndComma(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ start: Int) -> Bool {
    index >= start + 2 && Bytes.isLetter(letterBefore(bytes, index - 1, start))
  }

  /// The scalar before the comma at `comma`, so that «1,5» and «т.е.,» are left alone.
  private static func letterBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ comma: Int, _ start: Int) -> UInt32 {
    guard comma > start else { return 0 }
    let begin = Bytes.previousScalarStart(bytes, before: comma, floor: start)
    return Bytes.scalar(bytes, at: begin).value
  }
}
