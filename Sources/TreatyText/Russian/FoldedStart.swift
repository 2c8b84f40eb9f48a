/// A cheap test that a word's stem cannot begin with a given string, so that the word need not be stemmed.
///
/// A Snowball stem is a prefix of its folded word (`RussianStemmer` only removes endings from the letters that
/// `RussianText.fold` gives), so a stem that starts with `start` belongs to a word whose folded form starts with
/// it. Folding a word costs a fraction of stemming it. The test compares scalars, which is the same as comparing
/// `Character`s only for ASCII and basic Cyrillic; a word with any other scalar is never ruled out.
public struct FoldedStart {
  private let start: [Unicode.Scalar]
  private var buffer: [Unicode.Scalar] = []

  /// `start` should be made of ASCII and basic Cyrillic (`isBasic`); otherwise nothing is ever ruled out.
  public init<S: Sequence<Unicode.Scalar>>(_ start: S) {
    let scalars = Array(start)
    self.start = scalars.allSatisfy(Self.isBasic) ? scalars : []
  }

  /// True when `word` is ASCII and basic Cyrillic, folds to the same, and its folded form does not start with
  /// `start`; false whenever that cannot be told this way.
  public mutating func rulesOut(_ word: Substring) -> Bool {
    guard !start.isEmpty else { return false }
    buffer.removeAll(keepingCapacity: true)
    for scalar in word.unicodeScalars {
      guard Self.isBasic(scalar) else { return false }
      RussianLetters.appendFolded(scalar, to: &buffer)
    }
    guard buffer.allSatisfy(Self.isBasic) else { return false }
    return !buffer.starts(with: start)
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
