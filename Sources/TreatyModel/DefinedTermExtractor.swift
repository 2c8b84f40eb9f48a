import TreatyStructure
import TreatyText

/// Defined terms: «(далее именуемые – компетентные органы)», «(далее – запрос)», «(далее – ОВД)», «(далее –
/// Правила)» and «в дальнейшем именуемые Сторонами», with the defining node and every node that uses the term
/// after it (matched by word stems, so «компетентных органов» is a use of «компетентные органы»).
enum DefinedTermExtractor {
  static func extract(_ context: ModelContext) -> [DefinedTerm] {
    var terms: [DefinedTerm] = []
    for (position, unit) in context.units.enumerated() where !unit.text.isEmpty {
      for (term, definition) in definitions(in: unit.text) {
        let stems = RussianText.stems(term)
        guard !stems.isEmpty else { continue }
        var uses: [String] = []
        for index in (position + 1)..<context.units.count {
          let later = context.units[index]
          guard later.actIndex == unit.actIndex, !later.text.isEmpty else { continue }
          if contains(context.stems[index], stems) { uses.append(later.node.id) }
        }
        terms.append(DefinedTerm(term: term, definition: definition, source: unit.node.id, uses: uses))
      }
    }
    return terms
  }

  /// Every «(далее … – X)» and «в дальнейшем именуем… X» in a text.
  static func definitions(in text: String) -> [(String, String)] {
    var found: [(String, String)] = []
    var searchStart = text.startIndex
    guard FastSearch.contains(text, "(далее") || FastSearch.contains(text, "именуем") else { return [] }
    while let open = text.range(of: "(далее", range: searchStart..<text.endIndex),
      let close = text[open.upperBound...].firstIndex(of: ")")
    {
      let inside = text[open.upperBound..<close]
      let dashes: [Character] = ["-", "–", "—"]
      if let dash = inside.firstIndex(where: { dashes.contains($0) }) {
        var term = inside[inside.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        // Outer quotes only: «АИС "БИЛ"» keeps its inner pair.
        if let first = term.first, let last = term.last, "«\"“".contains(first), "»\"”".contains(last), term.count > 2 {
          term = String(term.dropFirst().dropLast())
        }
        if !term.isEmpty { found.append((term, String(text[open.lowerBound...close]))) }
      }
      searchStart = text.index(after: close)
    }
    for marker in ["в дальнейшем именуемые ", "в дальнейшем именуемое ", "в дальнейшем именуемый "] {
      guard let range = text.range(of: marker) else { continue }
      let word = text[range.upperBound...].prefix { $0.isLetter }
      guard !word.isEmpty else { continue }
      found.append((nominativePlural(String(word)), marker + word))
    }
    return found
  }

  /// «Сторонами» → «Стороны»: the collective name is given in the instrumental plural.
  static func nominativePlural(_ word: String) -> String {
    let forms = NounPhrase.nominative(word)
    return forms
  }

  static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count) where sameWord(haystack[start], needle[0]) {
      if needle.indices.allSatisfy({ sameWord(haystack[start + $0], needle[$0]) }) { return true }
    }
    return false
  }

  /// Stems of one word in two cases can differ by a letter where the stemmer reads a case ending as a verb
  /// ending («органы» → «орга», «органов» → «орган»); one being a prefix of the other counts as the same word.
  static func sameWord(_ a: String, _ b: String) -> Bool {
    // Asked of every stem of every later unit: most differ in their first letter, which settles it at once.
    if PlainScalars.firstCharactersDiffer(a, b) { return false }
    if a == b { return true }
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    return short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 1
  }
}

import Foundation
