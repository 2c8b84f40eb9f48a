/// Foundation's `CharacterSet.whitespaces` as the scalars it holds: the space separators (Unicode category Zs),
/// the tab and, in this Foundation, the zero-width space U+200B (`WhitespaceTests` checks every scalar).
///
/// `PlainScalars.trimmingScalars` trims them as `trimmingCharacters(in: .whitespaces)` does, scalar by scalar, but
/// without Foundation's bridging and set look-ups, which cost thousands of instructions a call on a short name.
public enum Whitespace {
  public static let scalars = "\u{09}\u{20}\u{A0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}\u{2007}"
    + "\u{2008}\u{2009}\u{200A}\u{200B}\u{202F}\u{205F}\u{3000}"
}
