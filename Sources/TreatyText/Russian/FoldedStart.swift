/// A cheap test that a word's stem cannot begin with a given string, so that the word need not be stemmed.
///
/// A Snowball stem is a prefix of its folded word (`RussianStemmer` only removes endings from the letters that
/// `RussianText.fold` gives), so a stem that starts with `start` belongs to a word whose folded form starts with
/// it. Folding a word costs a fraction of stemming it. The test compares scalars, which is the same as comparing
/// `Character`s only for ASCII and basic Cyrillic; a word with any other scalar is never ruled out.
public struct FoldedStart {
  private let start: [Unicode.Scalar]
  private var buffer: [Unicode.Scalar] = []

  /// The start as text: empty when nothing can be ruled out.
  public var text: String { String(String.UnicodeScalarView(start)) }

  /// `start` should be made of ASCII and basic Cyrillic (`isBasic`); otherwise nothing is ever ruled out.
  public init<S: Sequence<Unicode.Scalar>>(_ start: S) {
    let scalars = Array(start)
    self.start = scalars.allSatisfy(Self.isBasic) ? scalars : []
  }

  /// True when `word` is ASCII and basic Cyrillic, folds to the same, and its folded form does not start with
  /// `start`; false whenever that cannot be told this way.
  public mutating func rulesOut(_ word: Substring) -> Bool {
    guard !start.isEmpty else { return false }
    if let differs = firstLetterDiffers(word) { return differs }
    buffer.removeAll(keepingCapacity: true)
    for scalar in word.unicodeScalars {
      guard Self.isBasic(scalar) else { return false }
      RussianLetters.appendFolded(scalar, to: &buffer)
    }
    guard buffer.allSatisfy(Self.isBasic) else { return false }
    return !buffer.starts(with: start)
  }

  /// Most words are settled by their first letter: when it and the next scalar are basic, the first letter is
  /// a `Character` of its own in the word and in its stem, whatever follows. True when it differs from the start's;
  /// nil when the whole word must be looked at.
  private mutating func firstLetterDiffers(_ word: Substring) -> Bool? {
    var scalars = word.unicodeScalars.makeIterator()
    guard let first = scalars.next(), Self.isBasic(first) else { return nil }
    buffer.removeAll(keepingCapacity: true)
    RussianLetters.appendFolded(first, to: &buffer)
    if let second = scalars.next() {
      guard Self.isBasic(second) else { return nil }
      RussianLetters.appendFolded(second, to: &buffer)
    }
    guard buffer.allSatisfy(Self.isBasic) else { return nil }
    return buffer[0] != start[0] ? true : nil
  }

  /// ASCII without the carriage return (half of a two-scalar `Character`) and the basic Cyrillic block: each such
  /// scalar is a `Character` of its own with no other canonical spelling.
  public static func isBasic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0D: return false
    case 0x00...0x7F, 0x0400...0x045F: return true
    default: return false
    }
  }
}
