/// A word being stemmed, whatever its letters are stored as: the Snowball rules are written once, against this, and
/// run on both the scalar form (any word) and the compact one-byte form (words of ASCII and the Russian alphabet).
///
/// Endings are only ever removed from the end, so removal just moves `end`; the letters and the regions, which are
/// computed once on the whole word as the algorithm prescribes, never change.
protocol SnowballWord {
  /// Where the surviving letters end; every rule only ever lowers it.
  var end: Int { get set }
  /// Start of RV: after the first vowel. Every test happens inside RV.
  var rv: Int { get }
  /// Start of R2: after the first non-vowel following a vowel, taken twice over. Only derivational endings use it.
  var r2: Int { get }

  /// Whether the letter at `position` (which must be a valid index) is `letter`, a lowercase Russian letter.
  func isLetter(_ letter: Unicode.Scalar, at position: Int) -> Bool

  /// The start of the longest ending of `endingClass` that the surviving letters end with inside RV, and whether
  /// that ending must follow а or я; nil if there is none.
  func longestEnding(of endingClass: RussianEndingClass) -> (start: Int, followsAOrYa: Bool)?
}

extension SnowballWord {
  /// Whether the current word ends with `letter` and that letter lies in RV.
  func endsInRV(with letter: Unicode.Scalar) -> Bool {
    end - 1 >= rv && isLetter(letter, at: end - 1)
  }

  /// Whether the current word ends with нн, both letters in RV, like every other letter the rules look at.
  func endsWithDoubleN() -> Bool {
    end - 2 >= rv && isLetter("н", at: end - 1) && isLetter("н", at: end - 2)
  }

  /// Removes the longest ending of `endingClass` that lies in RV (and from `limit` on) and reports whether it did.
  ///
  /// As in the published algorithm, only the longest matching ending is considered: if it is a group 1 ending not
  /// preceded by а or я (inside RV too), or starts before `limit`, the class fails rather than falling back to a
  /// shorter ending.
  mutating func removeEnding(of endingClass: RussianEndingClass, from limit: Int? = nil) -> Bool {
    guard let (start, followsAOrYa) = longestEnding(of: endingClass) else { return false }
    if let limit, start < limit { return false }
    if followsAOrYa {
      guard start - 1 >= rv, isLetter("а", at: start - 1) || isLetter("я", at: start - 1) else { return false }
    }
    end = start
    return true
  }

  /// Drops the last letter.
  mutating func dropLast() {
    end = Swift.max(end - 1, 0)
  }
}

/// RV and R2 of a word, from nothing but where its vowels are.
struct SnowballRegions {
  let rv: Int
  let r2: Int

  /// The regions of a word of `count` letters, of which those at the positions where `isVowel` holds are vowels.
  @inline(__always)
  init(count: Int, isVowel: (Int) -> Bool) {
    rv = Self.pastFirst(from: 0, count: count, where: isVowel)
    // R1 itself is never consulted by the Russian rules, but R2 is defined through it.
    let r1 = Self.pastFirst(from: rv, count: count) { !isVowel($0) }
    let vowelInR1 = Self.pastFirst(from: r1, count: count, where: isVowel)
    r2 = Self.pastFirst(from: vowelInR1, count: count) { !isVowel($0) }
  }

  /// The position just past the first position from `start` on that satisfies `predicate`, or `count` if none does.
  @inline(__always)
  private static func pastFirst(from start: Int, count: Int, where predicate: (Int) -> Bool) -> Int {
    var index = start
    while index < count {
      if predicate(index) { return index + 1 }
      index += 1
    }
    return count
  }
}

/// A word of any scalars being stemmed: the general form, which the compact one must always agree with.
struct StemmingWord: SnowballWord {
  private let letters: [Unicode.Scalar]
  var end: Int
  let rv: Int
  let r2: Int

  init(letters: [Unicode.Scalar]) {
    self.letters = letters
    end = letters.count
    let regions = SnowballRegions(count: letters.count) { RussianLetters.isVowel(letters[$0]) }
    rv = regions.rv
    r2 = regions.r2
  }

  /// The letters that survive so far.
  var stem: ArraySlice<Unicode.Scalar> { letters[..<end] }

  func isLetter(_ letter: Unicode.Scalar, at position: Int) -> Bool {
    letters[position] == letter
  }

  func longestEnding(of endingClass: RussianEndingClass) -> (start: Int, followsAOrYa: Bool)? {
    guard end > 0 else { return nil }
    for ending in endingClass.endings(endingWith: letters[end - 1]) {
      let start = end - ending.letters.count
      guard start >= rv else { continue }
      var matches = true
      for (offset, letter) in ending.letters.enumerated() where letters[start + offset] != letter {
        matches = false
        break
      }
      if matches { return (start, ending.followsAOrYa) }
    }
    return nil
  }
}
