import TreatyStructure
import TreatyText

/// Defined terms: «(далее именуемые – компетентные органы)», «(далее – запрос)», «(далее – ОВД)», «(далее –
/// Правила)» and «в дальнейшем именуемые Сторонами», with the defining node and every node that uses the term
/// after it (matched by word stems, so «компетентных органов» is a use of «компетентные органы»).
enum DefinedTermExtractor {
  static func extract(_ context: ModelContext) -> [DefinedTerm] {
    var terms: [DefinedTerm] = []
    var units = StemmedUnits(context)
    for position in context.units.indices where !context.units[position].text.isEmpty {
      for (term, definition) in definitions(in: context.units[position].text) {
        let stems = RussianText.stems(term)
        guard !stems.isEmpty else { continue }
        var uses: [String] = []
        var start = wordStart(matching: stems[0])
        let folded = start.text
        for index in (position + 1)..<context.unitIndices(ofAct: context.units[position].actIndex).upperBound {
          guard !context.units[index].text.isEmpty else { continue }
          // A use's first word folds to something that starts with `folded`, so a unit whose folded text lacks it
          // has none; one byte search spares splitting and stemming the unit for every term. A basic unit is
          // searched so by `contains` itself (`basicContains`), which need not be preceded by the same search.
          let searchesItself = !folded.isEmpty && context.isBasic[index]
          guard searchesItself || context.mayHaveWord(startingWith: folded, unit: index) else { continue }
          if units.contains(stems, inUnit: index, start: &start, startText: folded) {
            uses.append(context.units[index].node.id)
          }
        }
        terms.append(DefinedTerm(term: term, definition: definition, source: context.units[position].node.id, uses: uses))
      }
    }
    return terms
  }

  /// What the folded form of a word must start with for its stem to be `sameWord` as `stem`: the stem less its
  /// last letter (a matching stem is the same, one letter shorter, or longer). The argument compares scalars, so it
  /// is only made for a stem of ASCII and basic Cyrillic, where they are its `Character`s.
  static func wordStart(matching stem: String) -> FoldedStart {
    let scalars = Array(stem.unicodeScalars)
    return FoldedStart(scalars.allSatisfy(FoldedStart.isBasic) ? scalars.dropLast() : [])
  }

  /// The words of each unit, with their stems computed only where a term could begin: stemming every word of
  /// every unit was the costliest part of the model.
  struct StemmedUnits {
    private let context: ModelContext
    private var words: [[Substring]?]
    private var stems: [[String?]]
    /// Stems of the words the byte path reads, by their bytes.
    private var memo = StemMemo()

    init(_ context: ModelContext) {
      self.context = context
      words = Array(repeating: nil, count: context.units.count)
      stems = Array(repeating: [], count: context.units.count)
    }

    /// Whether the stems of the unit's words contain `needle` as a run: `contains(RussianText.stems(text),
    /// needle)`. `start` is the first stem less its last letter (`startText` as text): `sameWord` only matches a
    /// stem beginning with it, so a word whose folded form does not is passed over unstemmed.
    mutating func contains(
      _ needle: [String], inUnit unit: Int, start: inout FoldedStart, startText: String
    ) -> Bool {
      if !startText.isEmpty, context.isBasic[unit] { return basicContains(needle, inUnit: unit, start: startText) }
      return splitContains(needle, inUnit: unit, start: &start)
    }

    /// `contains` for a basic unit: the folded text has the text's bytes at the same offsets, so the words whose
    /// folded form starts with `start` are the hits of a byte search that start a word, and only those and the
    /// words after them are read; the unit is never split.
    mutating func basicContains(_ needle: [String], inUnit unit: Int, start: String) -> Bool {
      let folded = context.folded[unit]
      let startLength = start.utf8.count
      return UTF8Scalars.withBytes(context.units[unit].text) { bytes in
        var from = 0
        while let hit = FastSearch.offset(of: start, in: folded, from: from) {
          from = hit + 1
          guard BasicWordBounds.startsWord(bytes, at: hit) else { continue }
          var word = hit..<BasicWordBounds.end(bytes, ofWordAt: hit)
          guard word.count >= startLength else { continue }
          var matched = true
          for (offset, stem) in needle.enumerated() {
            if offset > 0 {
              guard let next = BasicWordBounds.word(bytes, from: word.upperBound) else { return false }
              word = next
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
            guard sameWord(memo.stem(FoldedWord(text)), stem) else {
              matched = false
              break
            }
          }
          if matched { return true }
        }
        return false
      }
    }

    /// `contains` on the unit's words, each word that `start` does not rule out stemmed once.
    mutating func splitContains(_ needle: [String], inUnit unit: Int, start: inout FoldedStart) -> Bool {
      let words = words(of: unit)
      guard !needle.isEmpty, needle.count <= words.count else { return false }
      for first in 0...(words.count - needle.count) where !start.rulesOut(words[first]) {
        var matched = true
        for offset in needle.indices where !sameWord(stem(unit, first + offset), needle[offset]) {
          matched = false
          break
        }
        if matched { return true }
      }
      return false
    }

    private mutating func words(of unit: Int) -> [Substring] {
      if let words = words[unit] { return words }
      let found = RussianText.words(context.units[unit].text)
      words[unit] = found
      stems[unit] = Array(repeating: nil, count: found.count)
      return found
    }

    /// `RussianText.stems(text)[word]`: the stems of a text are those of its words.
    private mutating func stem(_ unit: Int, _ word: Int) -> String {
      if let stem = stems[unit][word] { return stem }
      let stem = RussianStemmer.stem(String(words[unit]![word]))
      stems[unit][word] = stem
      return stem
    }
  }

  /// Every «(далее … – X)» and «в дальнейшем именуем… X» in a text.
  static func definitions(in text: String) -> [(String, String)] {
    var found: [(String, String)] = []
    var searchStart = text.startIndex
    guard FastSearch.contains(text, "(далее") || FastSearch.contains(text, "именуем") else { return [] }
    while let open = PlainScalars.range(of: "(далее", in: text[searchStart...]),
      let close = text[open.upperBound...].firstIndex(of: ")")
    {
      let inside = text[open.upperBound..<close]
      let dashes: [Character] = ["-", "–", "—"]
      if let dash = inside.firstIndex(where: { dashes.contains($0) }) {
        var term = String(PlainScalars.trimmingScalars(inside[inside.index(after: dash)...], Whitespace.scalars))
        // Outer quotes only: «АИС "БИЛ"» keeps its inner pair.
        if let first = term.first, let last = term.last, "«\"“".contains(first), "»\"”".contains(last), term.count > 2 {
          term = String(term.dropFirst().dropLast())
        }
        if !term.isEmpty { found.append((term, String(text[open.lowerBound...close]))) }
      }
      searchStart = text.index(after: close)
    }
    for marker in ["в дальнейшем именуемые ", "в дальнейшем именуемое ", "в дальнейшем именуемый "] {
      guard let range = PlainScalars.range(of: marker, in: text) else { continue }
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
