import TreatyText

/// A logical paragraph of the layout: lines joined where the layout only wrapped them.
struct Block: Sendable {
  var pieces: [TextPiece]
  var firstLine: Int
  var lastLine: Int
  /// Indentation of the first line, in columns.
  var indent: Int
  var headingLevel: Int
  var bulletDepth: Int
  /// A blank line came before it (or it starts the file).
  var afterBlank: Bool
  /// One of its lines has glued words or letter spacing (`LayoutLine.needsRepair`); the others read as written.
  var needsRepair = false
  /// Physical lines the block spans (one for a single-line heading).
  var lineCount: Int { lastLine - firstLine + 1 }

  // Loops rather than `map(…).min()`: two mapped arrays for every block asked.
  var range: SourceRange {
    guard var lowest = pieces.first?.range.start, var highest = pieces.first?.range.end else { return SourceRange(0, 0) }
    for piece in pieces {
      lowest = min(lowest, piece.range.start)
      highest = max(highest, piece.range.end)
    }
    return SourceRange(lowest, highest)
  }
}
