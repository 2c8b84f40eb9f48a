import TreatyText

/// Puts back words that a PDF export moved to the end of their line.
///
/// Hyperlinked words («статье 6», «Соглашения») are cut out of the sentence, leaving a double space where they
/// were, and appended to the line: «указанных в  настоящего Соглашения, Стороны могут обмениваться статье 6».
/// The repair runs only where the home is unambiguous: exactly one double space in a line that is not
/// letter-spaced, a line that ends in a letter or digit with no trailing space, and a fragment that is a
/// single word or a word with its number.
enum DisplacedTextRepair {
  struct Repair {
    var fragment: Range<Int>
    var gap: Range<Int>
  }

  static func find(_ buffer: UnsafeBufferPointer<UInt8>, line: LayoutLine) -> Repair? {
    guard !line.hasTrailingSpace, line.pieces.count == 1, let piece = line.pieces.first else { return nil }
    let start = piece.range.start
    let end = piece.range.end
    var gaps: [Int] = []
    var index = start
    while index + 1 < end {
      if buffer[index] == 0x20 && buffer[index + 1] == 0x20 {
        var runEnd = index
        while runEnd < end && buffer[runEnd] == 0x20 { runEnd += 1 }
        if runEnd - index == 2 { gaps.append(index) }
        else { return nil }
        index = runEnd
      } else {
        index += 1
      }
    }
    guard gaps.count == 1, let gap = gaps.first else { return nil }
    let (lastScalar, _) = Bytes.scalar(buffer, at: Bytes.previousScalarStart(buffer, before: end, floor: start))
    guard Bytes.isAlphanumeric(lastScalar) else { return nil }
    guard LetterSpacing.runs(buffer, start: start, end: end).isEmpty else { return nil }
    // The fragment: the last word, or the last two when the last is a number («статье 6», «пункте 3»).
    var fragmentStart = lastSpace(buffer, before: end, floor: gap + 2) + 1
    if isNumber(buffer, fragmentStart, end) {
      fragmentStart = lastSpace(buffer, before: fragmentStart - 1, floor: gap + 2) + 1
    }
    // There must be words between the gap and the fragment, or there is nothing displaced.
    guard fragmentStart - 1 > gap + 2 else { return nil }
    return Repair(fragment: fragmentStart..<end, gap: gap..<(gap + 2))
  }

  /// Reorders the line's single piece into reading order and records the separators as trivia.
  static func apply(_ repair: Repair, to line: inout LayoutLine, trivia: inout [Trivia]) {
    guard let piece = line.pieces.first else { return }
    let spaceBeforeFragment = repair.fragment.lowerBound - 1
    line.pieces = [
      TextPiece(SourceRange(piece.range.start, repair.gap.lowerBound), join: piece.join),
      TextPiece(SourceRange(repair.fragment.lowerBound, repair.fragment.upperBound), join: .space),
      TextPiece(SourceRange(repair.gap.upperBound, spaceBeforeFragment), join: .space),
    ]
    trivia.append(Trivia(.separator, SourceRange(repair.gap.lowerBound, repair.gap.upperBound)))
    trivia.append(Trivia(.separator, SourceRange(spaceBeforeFragment, repair.fragment.lowerBound)))
  }

  private static func lastSpace(_ buffer: UnsafeBufferPointer<UInt8>, before end: Int, floor: Int) -> Int {
    var index = end - 1
    while index > floor && buffer[index] != 0x20 { index -= 1 }
    return index
  }

  private static func isNumber(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard start < end else { return false }
    for index in start..<end where !Bytes.isDigit(buffer[index]) { return false }
    return true
  }
}
