import TreatyModel
import TreatyText

/// Two agreements of one template name different states and bodies: «на казахском, кыргызском и русском языках»
/// against «на казахском, армянском и русском языках». When the documents share a party and each has one other,
/// the other party's name and its competent bodies are the template's parameters: their words are read as one
/// placeholder when units are compared, and an edit that only swaps them is a counterparty substitution.
struct TemplateParameters: Sendable {
  /// The other party on each side, when the documents share the rest.
  let leftCounterparty: String?
  let rightCounterparty: String?
  private let leftStems: [String]
  private let rightStems: [String]
  private let leftBodyWords: Set<String>
  private let rightBodyWords: Set<String>

  static let placeholder = "@party"

  init(left: StructuralModel, right: StructuralModel) {
    let leftNames = Set(left.parties.map(\.name))
    let rightNames = Set(right.parties.map(\.name))
    let shared = leftNames.intersection(rightNames)
    let leftOnly = left.parties.map(\.name).filter { !shared.contains($0) }
    let rightOnly = right.parties.map(\.name).filter { !shared.contains($0) }
    guard !shared.isEmpty, leftOnly.count == 1, rightOnly.count == 1, let leftParty = leftOnly.first,
      let rightParty = rightOnly.first
    else {
      self.init(leftCounterparty: nil, rightCounterparty: nil, leftStems: [], rightStems: [], leftBodyWords: [],
        rightBodyWords: [])
      return
    }
    let sharedStems = Set(shared.flatMap { RussianText.stems($0) })
    self.init(
      leftCounterparty: leftParty, rightCounterparty: rightParty,
      leftStems: RussianText.stems(leftParty).filter { !sharedStems.contains($0) },
      rightStems: RussianText.stems(rightParty).filter { !sharedStems.contains($0) },
      leftBodyWords: Set(left.competentBodies.filter { $0.party == leftParty }.flatMap { RussianText.stems($0.name) }),
      rightBodyWords: Set(right.competentBodies.filter { $0.party == rightParty }.flatMap { RussianText.stems($0.name) }))
  }

  /// One document's own parties as parameters, whatever the other document: each name's words that the other
  /// names do not share («казахстан», «кыргызск», not «правительств» or «республик»). When many documents are
  /// compared at once and every pair shares the same home party, reading every party's name as the placeholder
  /// on both sides matches what each pair's own parameters would: the home party's words stand on both sides.
  init(ownParties names: [String]) {
    let stems = names.map { Set(RussianText.stems($0)) }
    var distinctive: [String] = []
    for index in stems.indices where stems.count > 1 {
      let others = stems.indices.filter { $0 != index }.reduce(into: Set<String>()) { $0.formUnion(stems[$1]) }
      for stem in RussianText.stems(names[index]) where !others.contains(stem) && !distinctive.contains(stem) {
        distinctive.append(stem)
      }
    }
    self.init(
      leftCounterparty: distinctive.isEmpty ? nil : names.joined(separator: ", "), rightCounterparty: nil,
      leftStems: distinctive, rightStems: [], leftBodyWords: [], rightBodyWords: [])
  }

  private init(
    leftCounterparty: String?, rightCounterparty: String?, leftStems: [String], rightStems: [String],
    leftBodyWords: Set<String>, rightBodyWords: Set<String>
  ) {
    self.leftCounterparty = leftCounterparty
    self.rightCounterparty = rightCounterparty
    self.leftStems = leftStems
    self.rightStems = rightStems
    self.leftBodyWords = leftBodyWords
    self.rightBodyWords = rightBodyWords
  }

  var isActive: Bool { leftCounterparty != nil }

  /// Whether a stem names the other party on that side («кыргызск» for «кыргызском», «армянск» for «Армения»).
  func isParameter(_ stem: String, left: Bool) -> Bool {
    let names = left ? leftStems : rightStems
    return names.contains { name in
      let shared = zip(stem, name).prefix { $0 == $1 }.count
      return shared >= 4 || (shared >= 3 && stem.count >= 5 && name.count >= 5)
    }
  }

  /// Whether a run of words consists only of the other party's name, its bodies and function words.
  func isCounterpartyText(_ stems: [String], left: Bool) -> Bool {
    guard isActive, !stems.isEmpty else { return false }
    let bodies = left ? leftBodyWords : rightBodyWords
    var named = false
    for stem in stems {
      if isParameter(stem, left: left) {
        named = true
      } else if !bodies.contains(stem) && !StemBag.stopWords.contains(stem) {
        return false
      }
    }
    return named || stems.contains { bodies.contains($0) }
  }
}
