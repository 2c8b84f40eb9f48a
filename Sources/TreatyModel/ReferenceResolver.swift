import TreatyStructure
import TreatyText

/// Cross-references inside a document, resolved to node ids: «в статье 6 настоящего Соглашения», «статьей 17
/// настоящего Соглашения», «в пункте 3 настоящей статьи», «пунктов 1 и 2 настоящей статьи», «подпунктом 1)
/// настоящего пункта». A reference is internal when it names «настоящ…» (this agreement, article, point, rules);
/// references to other acts are cited acts, not cross-references. One that cannot be resolved is a diagnostic.
enum ReferenceResolver {
  enum Level { case article, paragraph, point }

  struct Found {
    var text: String
    var level: Level
    var numbers: [String]
    /// The word after «настоящ…»: «Соглашения», «статьи», «пункта», «Правил».
    var scopeWord: String
  }

  static func extract(_ context: ModelContext) -> ([CrossReference], [Diagnostic]) {
    var references: [CrossReference] = []
    var diagnostics: [Diagnostic] = []
    // Every reference names «настоящ…», which most units lack, and starts with a word that `level` reads as
    // «пункт…», «подпункт…», «стать…» or «статей», which many of the rest lack.
    for index in context.units.indices
    where context.mayHaveWord(startingWith: "настоящ", unit: index)
      && (context.mayHaveWord(startingWith: "пункт", unit: index) || context.mayHaveWord(startingWith: "стат", unit: index))
    {
      let unit = context.units[index]
      guard !unit.text.isEmpty else { continue }
      for found in scan(unit.text) {
        for number in found.numbers {
          let target = resolve(found, number: number, from: unit, context: context)
          references.append(CrossReference(text: found.text, source: unit.node.id, target: target?.id))
          if target == nil {
            diagnostics.append(Diagnostic(
              code: "model.unresolved-reference", severity: .warning,
              message: "«\(found.text)» refers to \(number), which this document does not have", range: unit.node.range))
          }
        }
      }
    }
    return (references, diagnostics)
  }

  /// Finds «<статья|пункт|подпункт in any case> <numbers> настоящ<…> <scope>».
  static func scan(_ text: String) -> [Found] {
    let words = tokens(text)
    var found: [Found] = []
    var index = 0
    while index < words.count {
      let level = self.level(of: words[index])
      guard let level else { index += 1; continue }
      var cursor = index + 1
      var numbers: [String] = []
      while cursor < words.count {
        let word = words[cursor]
        if let first = word.first, first.isNumber {
          numbers.append(String(word.prefix { $0.isNumber || $0 == "-" }))
        } else if word != "и" && word != "," && word != ")" {
          break
        }
        cursor += 1
      }
      if !numbers.isEmpty, cursor + 1 < words.count, words[cursor].lowercased().hasPrefix("настоящ") {
        let scope = words[cursor + 1]
        let joined = words[index...(cursor + 1)].joined(separator: " ")
        let text = PlainScalars.replacing(" ,", with: ",", in: PlainScalars.replacing(" )", with: ")", in: joined))
        found.append(Found(text: text, level: level, numbers: numbers, scopeWord: scope))
        index = cursor + 2
      } else {
        index += 1
      }
    }
    return found
  }

  /// «пункт…» names a paragraph, «подпункт…» a point, «стать…» and «статей» an article; asked of every token.
  private static func level(of word: String) -> Level? {
    if PlainScalars.hasLowercasedPrefix(word, "подпункт") { return .point }
    if PlainScalars.hasLowercasedPrefix(word, "пункт") { return .paragraph }
    if PlainScalars.hasLowercasedPrefix(word, "стать") || PlainScalars.lowercasedEquals(word, "статей") { return .article }
    return nil
  }

  /// Words, numbers with their bracket («1)»), commas and brackets as tokens.
  private static func tokens(_ text: String) -> [String] {
    PlainScalars.isPlain(text) ? plainTokens(text) : characterTokens(text)
  }

  /// `characterTokens` for a plain text (see `PlainScalars`), read by scalars: its `Character`s are its scalars.
  private static func plainTokens(_ text: String) -> [String] {
    var tokens: [String] = []
    let scalars = text.unicodeScalars
    var start: String.Index?
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      if PlainScalars.isLetter(scalar) || PlainScalars.isNumber(scalar) || scalar == "-" {
        if start == nil { start = index }
      } else {
        if let from = start { tokens.append(String(scalars[from..<index])); start = nil }
        if scalar == "," || scalar == ")" { tokens.append(String(scalar)) }
      }
      index = scalars.index(after: index)
    }
    if let from = start { tokens.append(String(scalars[from..<scalars.endIndex])) }
    return tokens
  }

  private static func characterTokens(_ text: String) -> [String] {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if character.isLetter || character.isNumber || character == "-" {
        current.append(character)
      } else {
        if !current.isEmpty { tokens.append(current); current = "" }
        if character == "," || character == ")" { tokens.append(String(character)) }
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  private static func resolve(_ found: Found, number: String, from unit: ModelContext.Unit, context: ModelContext) -> Node? {
    let scopeWord = found.scopeWord.lowercased()
    let scope: Node?
    if scopeWord.hasPrefix("стать") {
      scope = context.nearest([.article], of: unit)
    } else if scopeWord.hasPrefix("подпункт") {
      scope = context.nearest([.point], of: unit)
    } else if scopeWord.hasPrefix("пункт") {
      scope = context.nearest([.paragraph], of: unit)
    } else {
      scope = context.document.acts[unit.actIndex]
    }
    guard let scope else { return nil }
    let kind: NodeKind = found.level == .article ? .article : found.level == .paragraph ? .paragraph : .point
    return scope.first { $0.kind == kind && $0.number == number }
  }
}
