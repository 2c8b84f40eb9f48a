import TreatyText

/// A run of content bytes in reading order, with how it joins the piece before it.
///
/// Pieces are the source map of normalised text: a node's text is its pieces joined, and each piece points
/// back at the bytes it came from. Reading order can differ from byte order where the layout stage put a
/// displaced word back in its place.
public struct TextPiece: Sendable, Hashable, Codable {
  public enum Join: UInt8, Sendable, Hashable, Codable {
    /// Glued to the previous piece (markup or an invisible character was between them).
    case none
    /// A space between words on one line (NBSP, or a repaired displacement).
    case space
    /// The previous piece ended a line; joining decides between a space and a hyphen wrap.
    case line
    /// A new paragraph-like unit inside one node (used when a node spans several blocks).
    case paragraph
  }

  public var range: SourceRange
  public var join: Join

  public init(_ range: SourceRange, join: Join) {
    self.range = range
    self.join = join
  }
}
