import TreatyText

/// Bytes that shape the layout but are not words of the text: line breaks, indentation, Markdown markup,
/// page-break blank runs, invisible characters. Recording them keeps the parse lossless: node content plus
/// trivia covers the input exactly once.
public struct Trivia: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case byteOrderMark, lineBreak, indentation, trailingSpace, blankLine, pageBreak
    case markup, escape, invisible, separator
  }

  public var kind: Kind
  public var range: SourceRange

  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}
