import TreatyText

/// Splits a source into `LayoutLine`s, recording line breaks, indentation, trailing spaces, invisible characters
/// and (for Markdown) heading, bullet, emphasis and escape markup as trivia.
struct LineScanner {
  let source: SourceText
  let markdown: Bool

  /// Trivia are appended in byte order (the parser's final sort then finds one run), each line's after its content.
  func scan(into trivia: inout [Trivia]) -> [LayoutLine] {
    var lines: [LayoutLine] = []
    lines.reserveCapacity(source.lineCount)
    let bytes = source.bytes
    bytes.withUnsafeBufferPointer { buffer in
      for (index, start) in source.lineStarts.enumerated() {
        let limit = index + 1 < source.lineStarts.count ? source.lineStarts[index + 1] : buffer.count
        if start == limit && index + 1 == source.lineStarts.count { break }
        var end = limit
        while end > start && (buffer[end - 1] == 0x0A || buffer[end - 1] == 0x0D) { end -= 1 }
        lines.append(scanLine(buffer, index: index, start: start, end: end, trivia: &trivia))
        if end < limit { trivia.append(Trivia(.lineBreak, SourceRange(end, limit))) }
      }
    }
    return lines
  }

  private func scanLine(
    _ buffer: UnsafeBufferPointer<UInt8>, index: Int, start: Int, end: Int, trivia: inout [Trivia]
  ) -> LayoutLine {
    var cursor = start
    var column = 0
    if index == 0, end - start >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
      trivia.append(Trivia(.byteOrderMark, SourceRange(0, 3)))
      cursor = 3
    }
    let indentStart = cursor
    while cursor < end {
      if Bytes.isSpaceOrTab(buffer[cursor]) {
        column += buffer[cursor] == 0x09 ? 4 : 1
        cursor += 1
      } else {
        let (length, isSpace) = Bytes.invisibleLength(buffer, at: cursor, end: end)
        guard length > 0, isSpace else { break }
        column += 1
        cursor += length
      }
    }
    var contentEnd = end
    while contentEnd > cursor && Bytes.isSpaceOrTab(buffer[contentEnd - 1]) { contentEnd -= 1 }
    var line = LayoutLine(index: index, pieces: [], indent: column)
    if cursor == contentEnd {
      if indentStart < end { trivia.append(Trivia(.blankLine, SourceRange(indentStart, end))) }
      return line
    }
    if cursor > indentStart { trivia.append(Trivia(.indentation, SourceRange(indentStart, cursor))) }
    line.hasTrailingSpace = contentEnd < end
    // A code fence («```») is markup; the lines between are the block's text as written.
    if markdown && contentEnd - cursor >= 3 && buffer[cursor] == 0x60 && buffer[cursor + 1] == 0x60
      && buffer[cursor + 2] == 0x60
    {
      trivia.append(Trivia(.markup, SourceRange(cursor, contentEnd)))
    } else {
      if markdown { cursor = scanBlockMarkup(buffer, from: cursor, end: contentEnd, line: &line, trivia: &trivia) }
      line.pieces = scanInline(buffer, from: cursor, end: contentEnd, trivia: &trivia)
    }
    if line.hasTrailingSpace { trivia.append(Trivia(.trailingSpace, SourceRange(contentEnd, end))) }
    return line
  }

  /// `#` headings and `-`/`*`/`+` bullets at the start of a Markdown line.
  private func scanBlockMarkup(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, line: inout LayoutLine, trivia: inout [Trivia]
  ) -> Int {
    var cursor = start
    // «> » quote markers, possibly nested («> > »).
    var quoteEnd = start
    while quoteEnd < end && buffer[quoteEnd] == 0x3E {
      quoteEnd += 1
      while quoteEnd < end && buffer[quoteEnd] == 0x20 { quoteEnd += 1 }
    }
    if quoteEnd > start {
      trivia.append(Trivia(.markup, SourceRange(start, quoteEnd)))
      cursor = quoteEnd
      guard cursor < end else { return cursor }
    }
    let blockStart = cursor
    var hashes = 0
    while cursor < end && buffer[cursor] == 0x23 && hashes < 7 { hashes += 1; cursor += 1 }
    if hashes >= 1 && hashes <= 6 && (cursor == end || buffer[cursor] == 0x20) {
      while cursor < end && buffer[cursor] == 0x20 { cursor += 1 }
      trivia.append(Trivia(.markup, SourceRange(blockStart, cursor)))
      line.headingLevel = hashes
      return cursor
    }
    cursor = blockStart
    let byte = buffer[cursor]
    if (byte == 0x2D || byte == 0x2A || byte == 0x2B) && cursor + 1 < end && buffer[cursor + 1] == 0x20 {
      cursor += 1
      while cursor < end && buffer[cursor] == 0x20 { cursor += 1 }
      trivia.append(Trivia(.markup, SourceRange(blockStart, cursor)))
      line.bulletDepth = line.indent / 2 + 1
      return cursor
    }
    return blockStart
  }

  /// Splits a line's content at markup and invisible characters.
  private func scanInline(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int, trivia: inout [Trivia]
  ) -> [TextPiece] {
    var cursor = nextTriviaCandidate(buffer, from: start, end: end)
    // Most lines have no inline trivia: one piece, made as a one-element array rather than grown from empty.
    if cursor == end { return start < end ? [TextPiece(SourceRange(start, end), join: .line)] : [] }
    var pieces: [TextPiece] = []
    var pieceStart = start
    var nextJoin = TextPiece.Join.line
    func close(at position: Int) {
      if position > pieceStart { pieces.append(TextPiece(SourceRange(pieceStart, position), join: nextJoin)) }
    }
    /// Ends the current piece, records the bytes up to `position` as trivia and goes on after them; the next piece
    /// joins the previous one with `join`.
    func skip(_ kind: Trivia.Kind, to position: Int, join: TextPiece.Join = .none) {
      close(at: cursor)
      if !pieces.isEmpty { nextJoin = join }
      trivia.append(Trivia(kind, SourceRange(cursor, position)))
      cursor = position
      pieceStart = position
    }
    while cursor < end {
      cursor = nextTriviaCandidate(buffer, from: cursor, end: end)
      guard cursor < end else { break }
      let byte = buffer[cursor]
      if markdown && byte == 0x2A {
        var run = cursor
        while run < end && buffer[run] == 0x2A { run += 1 }
        skip(.markup, to: run)
        continue
      }
      if markdown && byte == 0x3C, let tagEnd = htmlTagEnd(buffer, from: cursor, end: end) {
        skip(.markup, to: tagEnd)
        continue
      }
      if markdown && byte == 0x5C && cursor + 1 < end && isEscapable(buffer[cursor + 1]) {
        // The backslash is trivia; the character it escapes stays in the text.
        skip(.escape, to: cursor + 1)
        cursor += 1
        continue
      }
      if byte >= 0xC2 {
        let (length, isSpace) = Bytes.invisibleLength(buffer, at: cursor, end: end)
        if length > 0 {
          skip(.invisible, to: cursor + length, join: isSpace ? .space : .none)
          continue
        }
      }
      cursor += 1
    }
    close(at: end)
    return pieces
  }

  /// The first offset at or after `start` whose byte may open inline trivia, or `end`. Words of eight bytes without
  /// such a byte, nearly all of a plain text, are passed over whole.
  private func nextTriviaCandidate(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
    var index = start
    while index + ByteWords.width <= end {
      let word = ByteWords.load(buffer, at: index)
      var flags = ByteWords.equal(word, 0xC2) | ByteWords.equal(word, 0xE2) | ByteWords.equal(word, 0xEF)
      if markdown { flags |= ByteWords.equal(word, 0x2A) | ByteWords.equal(word, 0x3C) | ByteWords.equal(word, 0x5C) }
      if flags != 0 { return index + ByteWords.firstFlagged(flags) }
      index += ByteWords.width
    }
    while index < end && !mayOpenTrivia(buffer[index]) { index += 1 }
    return index
  }

  /// Whether inline trivia can start at this byte: the lead byte of an invisible character (C2, E2, EF) or, in
  /// Markdown, an emphasis star, a tag's «<» or a backslash. Every content byte is asked, so plain text is turned
  /// away in a few comparisons (the lead bytes of Cyrillic letters, D0 and D1, lie between C2 and E2).
  @inline(__always)
  private func mayOpenTrivia(_ byte: UInt8) -> Bool {
    if byte >= 0xC2 { return byte == 0xC2 || byte == 0xE2 || byte == 0xEF }
    return markdown && (byte == 0x2A || byte == 0x3C || byte == 0x5C)
  }

  /// `<a id="p4">`, `</a>`, `<br/>`: an inline HTML tag in Markdown is markup. Only ASCII tag names count, so that
  /// «<» in text («срок < 30 дней») stays text.
  private func htmlTagEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
    var index = start + 1
    if index < end && buffer[index] == 0x2F { index += 1 }
    let nameStart = index
    while index < end && (Bytes.isASCIILetter(buffer[index]) || Bytes.isDigit(buffer[index])) { index += 1 }
    guard index > nameStart, index < end, buffer[index] == 0x3E || buffer[index] == 0x20 || buffer[index] == 0x2F else {
      return nil
    }
    while index < end && buffer[index] != 0x3E && buffer[index] != 0x3C { index += 1 }
    return index < end && buffer[index] == 0x3E ? index + 1 : nil
  }

  private func isEscapable(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
      || (byte >= 0x7B && byte <= 0x7E)
  }
}
