/// A word being stemmed: its folded letters, the regions the Snowball rules test against, and the current end.
///
/// Endings are only ever removed from the end, so removal just moves `end`; the letters and the regions, which are
/// computed once on the whole word as the algorithm prescribes, never change.
struct StemmingWord {
  private let letters: [Unicode.Scalar]
  private(set) var end: Int
  /// Start of RV: after the first vowel. Every test happens inside RV.
  let rv: Int
  /// Start of R2: after the first non-vowel following a vowel, taken twice over. Only derivational endings use it.
  let r2: Int

  init(letters: [Unicode.Scalar]) {
    self.letters = letters
    end = letters.count
    rv = Self.pastFirst(in: letters, from: 0, where: RussianLetters.isVowel) ?? letters.count
    // R1 itself is never consulted by the Russian rules, but R2 is defined through it.
    let r1 = Self.pastFirst(in: letters, from: rv) { !RussianLetters.isVowel($0) } ?? letters.count
    let vowelInR1 = Self.pastFirst(in: letters, from: r1, where: RussianLetters.isVowel) ?? letters.count
    r2 = Self.pastFirst(in: letters, from: vowelInR1) { !RussianLetters.isVowel($0) } ?? letters.count
  }

  /// The letters that survive so far.
  var stem: ArraySlice<Unicode.Scalar> { letters[..<end] }

  /// Whether the current word ends with `letter` and that letter lies in RV.
  func endsInRV(with letter: Unicode.Scalar) -> Bool {
    end - 1 >= rv && letters[end - 1] == letter
  }

  /// Removes the longest ending of `endingClass` that lies in RV and reports whether it did.
  ///
  /// As in the published algorithm, only the longest matching ending is considered: if it is a group 1 ending not
  /// preceded by а or я (inside RV too), the class fails rather than falling back to a shorter ending.
  mutating func removeEnding(of endingClass: RussianEndingClass, from limit: Int? = nil) -> Bool {
    guard let (ending, start) = longestEnding(of: endingClass) else { return false }
    if let limit, start < limit { return false }
    if ending.followsAOrYa {
      guard start - 1 >= rv else { return false }
      let before = letters[start - 1]
      guard before == "а" || before == "я" else { return false }
    }
    end = start
    return true
  }

  /// Drops the last letter.
  mutating func dropLast() {
    end = Swift.max(end - 1, 0)
  }

  private func longestEnding(of endingClass: RussianEndingClass) -> (RussianEnding, Int)? {
    guard end > 0 else { return nil }
    for ending in endingClass.endings(endingWith: letters[end - 1]) {
      let start = end - ending.letters.count
      guard start >= rv else { continue }
      var matches = true
      for (offset, letter) in ending.letters.enumerated() where letters[start + offset] != letter {
        matches = false
        break
      }
      if matches { return (ending, start) }
    }
    return nil
  }

  /// The position just past the first letter from `start` on that satisfies `predicate`, or nil if there is none.
  private static func pastFirst(
    in letters: [Unicode.Scalar], from start: Int, where predicate: (Unicode.Scalar) -> Bool
  ) -> Int? {
    var index = start
    while index < letters.count {
      if predicate(letters[index]) { return index + 1 }
      index += 1
    }
    return nil
  }
}
