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
  /// Blocks the layout stage did not join: a Markdown hard break or a line break inside one logical unit.
  var lineCount: Int { lastLine - firstLine + 1 }

  var start: Int { pieces.first?.range.start ?? 0 }
  var range: SourceRange {
    SourceRange(pieces.map(\.range.start).min() ?? 0, pieces.map(\.range.end).max() ?? 0)
  }
}
