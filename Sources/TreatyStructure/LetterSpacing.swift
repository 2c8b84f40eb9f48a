/// Finds words typed with spaces between their letters («п р о т и в  с о б с т в е н н о с т и»), a habit of
/// Soviet-era typists and of PDF exports of justified text. Letters are one space apart; words two.
enum LetterSpacing {
  /// The minimum run of single letters one space apart that counts as spacing (four), so that ordinary one-letter
  /// words («в», «и», «с») next to each other are left alone.
  static let minimumLetters = 4

  struct Token {
    var start: Int
    var end: Int
    var isSingle: Bool
    var isLetter: Bool
  }

  /// Byte ranges of letter-spaced runs within `start..<end`.
  static func runs(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Range<Int>] {
    guard hasEnoughSingles(buffer, start: start, end: end) else { return [] }
    let tokens = tokenize(buffer, start: start, end: end)
    guard tokens.count >= minimumLetters else { return [] }
    var result: [Range<Int>] = []
    var index = 0
    while index < tokens.count {
      guard tokens[index].isSingle else { index += 1; continue }
      var last = index
      while last + 1 < tokens.count && tokens[last + 1].isSingle
        && tokens[last + 1].start - tokens[last].end <= 2 { last += 1 }
      if qualifies(tokens, index, last) { result.append(tokens[index].start..<tokens[last].end) }
      index = last + 1
    }
    return result
  }

  /// The bytes with spacing inside letter-spaced runs closed: one space between letters removed, two kept as one.
  static func close(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into output: inout [UInt8]) {
    let found = runs(buffer, start: start, end: end)
    var cursor = start
    for run in found {
      output.append(contentsOf: buffer[cursor..<run.lowerBound])
      var index = run.lowerBound
      while index < run.upperBound {
        let byte = buffer[index]
        if byte == 0x20 || byte == 0x09 {
          var gapEnd = index
          while gapEnd < run.upperBound && (buffer[gapEnd] == 0x20 || buffer[gapEnd] == 0x09) { gapEnd += 1 }
          if gapEnd - index >= 2 { output.append(0x20) }
          index = gapEnd
        } else {
          output.append(byte)
          index += 1
        }
      }
      cursor = run.upperBound
    }
    output.append(contentsOf: buffer[cursor..<end])
  }

  /// Whether the range holds at least `minimumLetters` one-scalar tokens at all. Almost no line does, and this
  /// pass allocates nothing, so the token list is only built for the few that might be letter-spaced.
  private static func hasEnoughSingles(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    var singles = 0
    var index = start
    while index < end {
      while index < end && (buffer[index] == 0x20 || buffer[index] == 0x09) { index += 1 }
      guard index < end else { break }
      let tokenStart = index
      while index < end && buffer[index] != 0x20 && buffer[index] != 0x09 { index += 1 }
      if index - tokenStart == Bytes.scalar(buffer, at: tokenStart).length {
        singles += 1
        if singles >= minimumLetters { return true }
      }
    }
    return false
  }

  private static func qualifies(_ tokens: [Token], _ first: Int, _ last: Int) -> Bool {
    var streak = 0
    var best = 0
    for index in first...last {
      if tokens[index].isLetter && (streak == 0 || tokens[index].start - tokens[index - 1].end == 1) {
        streak += 1
      } else {
        streak = tokens[index].isLetter ? 1 : 0
      }
      best = max(best, streak)
    }
    return best >= minimumLetters
  }

  private static func tokenize(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> [Token] {
    var tokens: [Token] = []
    var index = start
    while index < end {
      while index < end && (buffer[index] == 0x20 || buffer[index] == 0x09) { index += 1 }
      guard index < end else { break }
      let tokenStart = index
      let (scalar, length) = Bytes.scalar(buffer, at: index)
      index += length
      var single = true
      while index < end && buffer[index] != 0x20 && buffer[index] != 0x09 {
        single = false
        index += 1
      }
      tokens.append(Token(start: tokenStart, end: index, isSingle: single, isLetter: single && Bytes.isLetter(scalar)))
    }
    return tokens
  }
}
