/// One ending of a Snowball class, as scalars so that matching never touches `Character`.
struct RussianEnding: Sendable {
  let letters: [Unicode.Scalar]
  /// Group 1 endings only count after а or я, which itself stays in the word.
  let followsAOrYa: Bool
}

/// A class of endings from the Snowball Russian algorithm, longest first.
///
/// The algorithm always takes the longest ending of a class that the word ends with (inside RV); keeping the table
/// sorted makes the first hit the answer.
struct RussianEndingClass: Sendable {
  let endings: [RussianEnding]
  /// `endings` by their last letter (а…я), in the same order: a word can only end with the endings of its own
  /// last letter, so the stemmer looks at a handful instead of all forty of a class.
  private let byLastLetter: [[RussianEnding]]
  /// The same endings in compact letter codes, for words stemmed in that form.
  let compact: CompactEndings

  /// The endings, longest first, that end with `letter`.
  func endings(endingWith letter: Unicode.Scalar) -> [RussianEnding] {
    let bucket = Int(letter.value) - 0x430
    return bucket >= 0 && bucket < byLastLetter.count ? byLastLetter[bucket] : []
  }

  init(group1: [String] = [], group2: [String]) {
    let first = group1.map { RussianEnding(letters: Array($0.unicodeScalars), followsAOrYa: true) }
    let second = group2.map { RussianEnding(letters: Array($0.unicodeScalars), followsAOrYa: false) }
    // A stable sort keeps the published order among equal lengths; no two endings of a class are equal anyway.
    endings = (first + second).enumerated()
      .sorted { ($0.element.letters.count, -$0.offset) > ($1.element.letters.count, -$1.offset) }
      .map(\.element)
    var buckets = Array(repeating: [RussianEnding](), count: 32)
    for ending in endings {
      guard let last = ending.letters.last else { continue }
      let bucket = Int(last.value) - 0x430
      if bucket >= 0 && bucket < buckets.count { buckets[bucket].append(ending) }
    }
    byLastLetter = buckets
    compact = CompactEndings(endings)
  }
}

/// A class's endings in compact letter codes (`CompactLetters`), each packed into one integer, first letter in the
/// lowest byte, so that testing an ending against the last eight letters of a word is one shift and one comparison.
struct CompactEndings: Sendable {
  private struct Ending: Sendable {
    /// The letters' codes, the first in the lowest byte.
    let packed: UInt64
    let length: Int
    /// How far eight letters are shifted down to leave the last `length` of them.
    let shift: UInt64
    let followsAOrYa: Bool
  }

  /// All endings, grouped by the code of their last letter and longest first within a group.
  private let endings: [Ending]
  /// Where each last letter's group starts in `endings`, with the end of the last group appended.
  private let groupStarts: [Int]

  /// `endings`, longest first, as `RussianEndingClass` sorts them.
  init(_ endings: [RussianEnding]) {
    var groups = Array(repeating: [Ending](), count: CompactLetters.russianLetterCount)
    for ending in endings {
      guard let last = ending.letters.last, let group = CompactLetters.code(ofRussian: last) else { continue }
      let packed = ending.letters.reversed().reduce(UInt64(0)) { packed, letter in
        packed << 8 | UInt64(CompactLetters.code(ofRussian: letter) ?? 0)
      }
      let length = ending.letters.count
      groups[Int(group)].append(
        Ending(packed: packed, length: length, shift: UInt64(64 - 8 * length), followsAOrYa: ending.followsAOrYa))
    }
    self.endings = groups.flatMap { $0 }
    groupStarts = groups.reduce(into: [0]) { starts, group in starts.append((starts.last ?? 0) + group.count) }
  }

  /// The longest ending that ends `window`, a word's last eight letters (the last, `last`, in the highest byte),
  /// and starts at or after `rv` in the word, whose letters end at `end`: its start and whether it must follow а or я.
  @inline(__always)
  func longest(in window: UInt64, last: UInt8, end: Int, rv: Int) -> (start: Int, followsAOrYa: Bool)? {
    guard CompactLetters.isRussian(last) else { return nil }
    var index = groupStarts[Int(last)]
    let groupEnd = groupStarts[Int(last) + 1]
    while index < groupEnd {
      let ending = endings[index]
      index += 1
      let start = end - ending.length
      guard start >= rv else { continue }
      if window >> ending.shift == ending.packed { return (start, ending.followsAOrYa) }
    }
    return nil
  }
}

/// The ending classes of the published Snowball Russian stemmer, transcribed from its description.
enum RussianEndings {
  static let perfectiveGerund = RussianEndingClass(
    group1: ["в", "вши", "вшись"],
    group2: ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"])

  static let adjective = RussianEndingClass(group2: [
    "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом", "его", "ого", "ему",
    "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
  ])

  static let participle = RussianEndingClass(
    group1: ["ем", "нн", "вш", "ющ", "щ"],
    group2: ["ивш", "ывш", "ующ"])

  static let reflexive = RussianEndingClass(group2: ["ся", "сь"])

  static let verb = RussianEndingClass(
    group1: ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть", "ешь", "нно"],
    group2: [
      "ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им", "ым", "ен", "ило",
      "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть", "ишь", "ую", "ю",
    ])

  static let noun = RussianEndingClass(group2: [
    "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей", "ой", "ий", "й", "иям",
    "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы", "ь", "ию", "ью", "ю", "ия", "ья", "я",
  ])

  static let superlative = RussianEndingClass(group2: ["ейш", "ейше"])

  static let derivational = RussianEndingClass(group2: ["ост", "ость"])
}
