import TreatyStructure
import TreatyText

/// The parties of agreements and protocols: from the preamble («Правительство Республики Казахстан и Правительство
/// Кыргызской Республики, в дальнейшем именуемые Сторонами») or, failing that, from the title («… между
/// Правительством Республики Казахстан и Правительством Кыргызской Республики о …»), in the nominative case, with
/// the collective name they take and the side names the text uses for each («Казахстанская Сторона»).
enum PartyExtractor {
  static func extract(_ context: ModelContext, facts: [ActFacts]) -> [Party] {
    var parties: [Party] = []
    for (index, act) in context.document.acts.enumerated() where [.agreement, .protocol].contains(facts[index].kind) {
      var names: [String] = []
      var collective: String?
      var source = act.id
      if let preamble = act.children.first(where: { $0.kind == .preamble }) {
        let text = context.text(of: preamble)
        let named = PlainScalars.range(of: "именуемые ", in: text) ?? PlainScalars.range(of: "именуемое ", in: text)
        if let named {
          let clauseEnd = text[..<named.lowerBound].lastIndex(of: ",") ?? named.lowerBound
          names = splitNames(String(text[..<clauseEnd]))
          let word = text[named.upperBound...].prefix { $0.isLetter }
          collective = NounPhrase.nominative(String(word))
          source = preamble.id
        }
      }
      if names.isEmpty, let title = facts[index].title, let between = PlainScalars.range(of: " между ", in: title) {
        var tail = String(title[between.upperBound...])
        if let about = PlainScalars.range(of: " о ", in: tail) ?? PlainScalars.range(of: " об ", in: tail) {
          tail = String(tail[..<about.lowerBound])
        }
        names = splitNames(tail).map(NounPhrase.nominative)
        source = act.children.first { $0.kind == .title }?.id ?? act.id
      }
      let sides = sideNames(in: context, act: index)
      for name in names {
        let own = sides.filter { side in belongs(side, to: name) }
        parties.append(Party(name: name, collectiveName: collective, sideNames: own, act: act.id, source: source))
      }
    }
    return parties
  }

  /// Splits «A и B» and «A, B и C» between names, never inside one name: a new name starts with a capital.
  static func splitNames(_ text: String) -> [String] {
    var names: [String] = []
    var current: [Substring] = []
    // Cut on bytes where the text is plain: a long list of bodies cut `Character` by `Character` cost more than
    // everything else done with it.
    let words = PlainScalars.split(text, separator: " ")
    var index = 0
    while index < words.count {
      let word = words[index]
      let next = index + 1 < words.count ? words[index + 1] : nil
      // The plain-scalar forms of `word == "и"`, `word.hasSuffix(",")` and `next.first?.isUppercase`: comparing
      // Cyrillic strings and reading a `Character`'s case go through Unicode's tables, word after word.
      if PlainScalars.equals(word, "и"), let next, Capitals.startsUppercase(next), !current.isEmpty {
        names.append(current.joined(separator: " "))
        current = []
      } else if PlainScalars.hasSuffix(word, ","), let next, Capitals.startsUppercase(next) {
        current.append(word.dropLast())
        names.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(word)
      }
      index += 1
    }
    if !current.isEmpty { names.append(current.joined(separator: " ")) }
    return names.map { String(PlainScalars.trimmingScalars(Substring($0), " ,;.")) }.filter { !$0.isEmpty }
  }

  /// «Казахстанская Сторона», «с Российской Стороны»: a capitalised adjective before «Сторона» in any case, in
  /// the nominative; roles such as «Запрашиваемая Сторона» are not sides.
  static func sideNames(in context: ModelContext, act: Int) -> [String] {
    var found: [String] = []
    // A treaty names its sides a few ways hundreds of times; each way is judged and put in the nominative once.
    // Keyed by the phrase's composed bytes (`FoldedWord(canonical:)`, exactly `String` equality): hashing a
    // Cyrillic `String` key normalises it first, twice a candidate.
    var verdicts: [FoldedWord: String?] = [:]
    for index in context.unitIndices(ofAct: act) where context.mayHaveWord(startingWith: "сторон", unit: index) {
      let text = context.units[index].text
      guard !text.isEmpty else { continue }
      // Each word that starts with «сторон» in any case, with the word before it. A plain, basic unit (classified
      // when it was folded: `ModelContext.isPlain`, `isBasic`) is not split but searched on its folded bytes.
      let candidates = context.isPlain[index] && context.isBasic[index]
        ? basicSideCandidates(in: text, folded: context.folded[index]) : splitSideCandidates(in: text)
      for (adjective, word) in candidates
      where Capitals.startsUppercase(adjective) {
        let phrase = String(adjective) + " " + String(word)
        let key = FoldedWord(canonical: phrase)
        let verdict: String?
        if let known = verdicts[key] {
          verdict = known
        } else {
          verdict = side(adjective: adjective, phrase: phrase)
          verdicts[key] = verdict
        }
        if let side = verdict, !found.contains(side) { found.append(side) }
      }
    }
    return found
  }

  /// The side that «Adjective Сторона» names, in the nominative; nil for a role or a word that is no adjective.
  private static func side(adjective: Substring, phrase: String) -> String? {
    guard NounPhrase.isAdjective(String(adjective)),
      !sideRoles.contains(where: { adjective.lowercased().hasPrefix($0) })
    else { return nil }
    return NounPhrase.nominative(phrase)
  }

  private static let sideRoles = ["запрашиваем", "запрашивающ", "другой", "другая", "каждая", "соответствующ",
    "одной", "передающ", "принимающ", "направляющ", "предоставивш", "представивш"]

  /// The side candidates of any text, from its words: the runs of letters and hyphens
  /// (`PlainScalars.lettersAndHyphens`).
  static func splitSideCandidates(in text: String) -> [(adjective: Substring, word: Substring)] {
    let words = PlainScalars.lettersAndHyphens(text)
    return words.indices.dropFirst().filter { PlainScalars.hasLowercasedPrefix(words[$0], "сторон") }
      .map { (words[$0 - 1], words[$0]) }
  }

  /// `splitSideCandidates` for a plain, basic text, read on its bytes: its folded form has the same bytes at the
  /// same offsets, so the byte search of the folded text finds the words, and only the word before each is read
  /// back. In such a text every scalar beyond ASCII is a Cyrillic letter of two bytes, so a byte of 80 or above
  /// just before an offset ends a letter, and any other scalar is one byte.
  static func basicSideCandidates(in text: String, folded: String) -> [(adjective: Substring, word: Substring)] {
    var candidates: [(adjective: Substring, word: Substring)] = []
    let utf8 = text.utf8
    func slice(_ range: Range<Int>) -> Substring {
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return text[start..<utf8.index(start, offsetBy: range.count)]
    }
    UTF8Scalars.withBytes(text) { bytes in
      /// Whether the scalar that ends just before `index` is a letter or a hyphen.
      func wordScalarEnds(at index: Int) -> Bool {
        index > 0 && (bytes[index - 1] >= 0x80 || isWordByte(bytes[index - 1]))
      }
      var offset = 0
      while let found = FastSearch.offset(of: "сторон", in: folded, from: offset) {
        offset = found + 1
        // Inside a longer word («несторонний») it is not a word of its own.
        if wordScalarEnds(at: found) { continue }
        var end = found
        while end < bytes.count, bytes[end] >= 0x80 || isWordByte(bytes[end]) { end += bytes[end] >= 0x80 ? 2 : 1 }
        var adjectiveEnd = found
        while adjectiveEnd > 0, !wordScalarEnds(at: adjectiveEnd) { adjectiveEnd -= 1 }
        guard adjectiveEnd > 0 else { continue }
        var adjectiveStart = adjectiveEnd
        while wordScalarEnds(at: adjectiveStart) { adjectiveStart -= bytes[adjectiveStart - 1] >= 0x80 ? 2 : 1 }
        candidates.append((slice(adjectiveStart..<adjectiveEnd), slice(found..<end)))
      }
    }
    return candidates
  }

  /// An ASCII letter or «-»: the one-byte scalars of a side's words.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"): return true
    default: return false
    }
  }

  /// «Казахстанская Сторона» belongs to «Министерство внутренних дел Республики Казахстан»: the adjective and a
  /// word of the party's name share their first letters (the country's name).
  static func belongs(_ side: String, to party: String) -> Bool {
    guard let adjective = side.split(separator: " ").first?.lowercased() else { return false }
    return party.split(separator: " ").contains { word in
      let lower = word.lowercased()
      guard lower.first?.isLetter == true, lower.first.map({ $0 == adjective.first }) == true else { return false }
      return commonPrefix(lower, adjective) >= 4 || (commonPrefix(lower, adjective) >= 3 && lower.count >= 6)
    }
  }

  static func commonPrefix(_ a: String, _ b: String) -> Int {
    zip(a, b).prefix { $0 == $1 }.count
  }
}

import Foundation
