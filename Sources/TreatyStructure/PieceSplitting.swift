import TreatyText

/// Cutting a block's pieces where the structure needs it: after a marker, at the semicolons of an enumeration.
enum PieceSplitting {
  /// Splits at a byte offset inside one of the pieces (or at a piece boundary). Bytes in `gap` after the offset
  /// (spaces between a marker and its text) are handed back as trivia.
  static func split(_ pieces: [TextPiece], at offset: Int, skipping gapEnd: Int? = nil)
    -> (before: [TextPiece], after: [TextPiece], gap: SourceRange?)
  {
    guard let index = pieces.firstIndex(where: { $0.range.start <= offset && offset <= $0.range.end }) else {
      return (pieces, [], nil)
    }
    var before = Array(pieces[..<index])
    var after = Array(pieces[(index + 1)...])
    let piece = pieces[index]
    let resume = max(offset, min(gapEnd ?? offset, piece.range.end))
    if offset > piece.range.start { before.append(TextPiece(SourceRange(piece.range.start, offset), join: piece.join)) }
    if resume < piece.range.end {
      let join = before.isEmpty ? piece.join : (offset > piece.range.start ? .space : piece.join)
      after.insert(TextPiece(SourceRange(resume, piece.range.end), join: join), at: 0)
    }
    let gap = resume > offset ? SourceRange(offset, resume) : nil
    return (before, after, gap)
  }

  /// Splits an enumeration at its semicolons («…сроков; фотографические изображения; дактилоскопическая карта»),
  /// leaving semicolons inside brackets alone. The spaces after each semicolon become trivia.
  static func splitAtSemicolons(_ pieces: [TextPiece], buffer: UnsafeBufferPointer<UInt8>, trivia: inout [Trivia])
    -> [[TextPiece]]
  {
    var items: [[TextPiece]] = []
    var current: [TextPiece] = []
    var depth = 0
    var pendingJoin: TextPiece.Join?
    for piece in pieces {
      var start = piece.range.start
      var index = start
      let end = piece.range.end
      var join = pendingJoin ?? piece.join
      pendingJoin = nil
      while index < end {
        let byte = buffer[index]
        if byte == 0x28 { depth += 1 } else if byte == 0x29 { depth = max(0, depth - 1) }
        if byte == 0x3B && depth == 0 {
          current.append(TextPiece(SourceRange(start, index + 1), join: join))
          var next = index + 1
          while next < end && Bytes.isSpaceOrTab(buffer[next]) { next += 1 }
          if next < end {
            if next > index + 1 { trivia.append(Trivia(.separator, SourceRange(index + 1, next))) }
            items.append(current)
            current = []
            start = next
            index = next
            join = .line
            continue
          }
          // The semicolon ends the piece: the next piece opens the next item.
          if end > index + 1 { trivia.append(Trivia(.separator, SourceRange(index + 1, end))) }
          items.append(current)
          current = []
          start = end
          index = end
          pendingJoin = .line
          break
        }
        index += 1
      }
      if start < end { current.append(TextPiece(SourceRange(start, end), join: join)) }
    }
    if !current.isEmpty { items.append(current) }
    return items.filter { !$0.isEmpty }
  }
}
