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

  init(group1: [String] = [], group2: [String]) {
    let first = group1.map { RussianEnding(letters: Array($0.unicodeScalars), followsAOrYa: true) }
    let second = group2.map { RussianEnding(letters: Array($0.unicodeScalars), followsAOrYa: false) }
    // A stable sort keeps the published order among equal lengths; no two endings of a class are equal anyway.
    endings = (first + second).enumerated()
      .sorted { ($0.element.letters.count, -$0.offset) > ($1.element.letters.count, -$1.offset) }
      .map(\.element)
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
