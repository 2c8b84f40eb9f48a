import TreatyStructure
import TreatyText

/// The final provisions a comparison cares about: the languages of the authentic texts («в двух экземплярах на
/// казахском, кыргызском и русском языках») and the sentence on entry into force.
enum FinalProvisionsExtractor {
  static func languages(_ context: ModelContext) -> [String] {
    for index in context.units.indices where context.units[index].node.kind == .finalFormula {
      let words = self.words(context.units[index].text)
      guard let end = words.firstIndex(where: { PlainScalars.hasLowercasedPrefix($0, "язык") }),
        let start = words[..<end].lastIndex(where: { PlainScalars.lowercasedEquals($0, "на") })
      else { continue }
      return words[(start + 1)..<end].filter { $0 != "и" }.map {
        NounPhrase.nominativeAdjective(String($0), feminine: false).lowercased()
      }
    }
    return []
  }

  /// The pieces of `text` between spaces, commas and line breaks; a plain text (see `PlainScalars`) is cut by
  /// scalars, which are its `Character`s.
  static func words(_ text: String) -> [Substring] {
    guard PlainScalars.isPlain(text) else { return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }) }
    return Substring(text).unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
      .map(Substring.init)
  }

  static func entryIntoForce(_ context: ModelContext) -> Provision? {
    for index in context.units.indices where FastSearch.contains(context.units[index].text, "вступает в силу")
      && context.units[index].node.kind != .finalFormula && context.units[index].node.kind != .note
    {
      for sentence in DurationExtractor.sentences(context.units[index].text) where sentence.contains("вступает в силу") {
        return Provision(text: sentence, source: context.units[index].node.id)
      }
    }
    return nil
  }
}
