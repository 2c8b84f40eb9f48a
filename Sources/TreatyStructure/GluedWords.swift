/// Words that an export glued together where a line break or a space was lost: «ПрезидентРеспублики»,
/// «СОГЛАШЕНИЕмежду», «ПРОТОКОЛо внесении», «Протокола,прилагаемый». Russian words never change case inside, so a
/// lowercase letter followed by a capital, or a run of four capitals followed by a lowercase letter, is a boundary;
/// so is a comma followed directly by a letter. The derived text gets a space there; the source is not changed.
enum GluedWords {
  /// Byte offsets (into `bytes`) before which a space belongs.
  static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Int] {
    var result: [Int] = []
    var index = start
    var previous: UInt32 = 0
    var capitals = 0
    while index < end {
      let lead = bytes[index]
      if lead < 0x80 {
        // An ASCII scalar is no Cyrillic letter: only a letter after a comma can start a word here. Half the
        // scalars of a Russian text are ASCII (spaces, digits, punctuation).
        if previous == 0x2C, Bytes.isASCIILetter(lead), index >= start + 2,
          Bytes.isLetter(letterBefore(bytes, index - 1, start))
        {
          result.append(index)
        }
        capitals = 0
        previous = UInt32(lead)
        index += 1
        continue
      }
      let (scalar, length) = Bytes.scalar(bytes, at: index)
      let cyrillic = Bytes.isCyrillicLetter(scalar)
      if cyrillic && Bytes.isUppercaseLetter(scalar) && Bytes.isCyrillicLetter(previous) && Bytes.isLowercaseLetter(previous) {
        result.append(index)
      } else if cyrillic && Bytes.isLowercaseLetter(scalar) && capitals >= 4 {
        result.append(index)
      } else if Bytes.isLetter(scalar) && previous == 0x2C, index >= start + 2, Bytes.isLetter(letterBefore(bytes, index - 1, start)) {
        result.append(index)
      }
      capitals = cyrillic && Bytes.isUppercaseLetter(scalar) ? capitals + 1 : 0
      previous = scalar
      index += length
    }
    return result
  }

  /// The scalar before the comma at `comma`, so that «1,5» and «т.е.,» are left alone.
  private static func letterBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ comma: Int, _ start: Int) -> UInt32 {
    guard comma > start else { return 0 }
    let begin = Bytes.previousScalarStart(bytes, before: comma, floor: start)
    return Bytes.scalar(bytes, at: begin).value
  }
}
