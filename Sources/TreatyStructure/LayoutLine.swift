import TreatyText

/// One physical line after its markup, indentation and invisible characters were set aside as trivia.
struct LayoutLine: Sendable {
  var index: Int
  /// Content pieces in reading order; empty for a blank line.
  var pieces: [TextPiece]
  /// Leading whitespace in columns (a tab counts as four).
  var indent: Int
  var headingLevel: Int = 0
  /// Markdown bullet nesting, 1 for a top-level `- `, 0 when the line is not a bullet.
  var bulletDepth: Int = 0
  /// The line ended with whitespace before its line break (PDF exports leave one after wrapped words).
  var hasTrailingSpace = false
  /// Glued words or letter spacing were found in one of the pieces, so its text needs the repairs that
  /// `TextNormalizer` makes; a line without them is its bytes as written (the layout stage checks every line once).
  var needsRepair = false
  var isBlank: Bool { pieces.isEmpty }

  // Loops rather than `map(…).min()`: the layout asks every line, and a mapped array is an allocation each time.
  var contentStart: Int {
    guard var lowest = pieces.first?.range.start else { return 0 }
    for piece in pieces where piece.range.start < lowest { lowest = piece.range.start }
    return lowest
  }

  var contentEnd: Int {
    guard var highest = pieces.first?.range.end else { return 0 }
    for piece in pieces where piece.range.end > highest { highest = piece.range.end }
    return highest
  }
}
