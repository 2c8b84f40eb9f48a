import TreatyStructure
import TreatyText

/// The categories of information and the personal-data fields the parties may exchange: the entries of a list
/// whose introduction speaks of exchanging information, data or personal data («Стороны могут обмениваться
/// следующими персональными данными:»), each entry on its own (entries that share a line were split by the
/// parser), with a key that matches the same field across agreements.
enum DataCategoryExtractor {
  static func extract(_ context: ModelContext) -> [DataCategory] {
    var categories: [DataCategory] = []
    for unit in context.units where unit.node.kind == .list {
      guard let intro = introduction(of: unit, context: context) else { continue }
      let lower = intro.lowercased()
      guard lower.hasSuffix(":"), ["обмен", "обменива"].contains(where: { PlainScalars.contains(lower, $0) }),
        ["информаци", "сведени", "данны"].contains(where: { PlainScalars.contains(lower, $0) })
      else { continue }
      let kind: DataCategory.Kind = PlainScalars.contains(lower, "персональн") ? .personalData : .information
      for entry in unit.node.children where [.item, .indent, .point].contains(entry.kind) {
        let text = context.document.text(of: entry)
        categories.append(DataCategory(kind: kind, text: text, key: DataKey.key(for: text, kind: kind), source: entry.id))
      }
    }
    return categories
  }

  /// The text that introduces a list: its parent's own text, or the alinea just before it.
  private static func introduction(of list: ModelContext.Unit, context: ModelContext) -> String? {
    guard let parent = list.ancestors.last else { return nil }
    if !context.document.text(of: parent).isEmpty && parent.kind != .article && parent.kind != .act {
      return context.document.text(of: parent)
    }
    guard let position = parent.children.firstIndex(where: { $0.id == list.node.id }), position > 0 else { return nil }
    let previous = parent.children[position - 1]
    return previous.kind == .alinea ? context.document.text(of: previous) : nil
  }
}

/// Keys for data fields. Known personal-data fields get canonical names, so that «фамилия, имя, отчество (в
/// русском и латинском написании)» and «фамилия, имя» both read as `full-name`; anything else is keyed by the
/// stems of its content words, so that wording differences of case and ё do not split a field.
enum DataKey {
  /// Each field: a name and the stems that must all occur.
  static let fields: [(String, [String])] = [
    ("full-name", ["фамил", "им"]),
    ("sex", ["пол"]),
    ("date-of-birth", ["дат", "рожден"]),
    ("place-of-birth", ["мест", "рожден"]),
    ("citizenship", ["гражданств"]),
    ("identity-document", ["документ", "серия"]),
    ("administrative-liability", ["административн", "ответствен"]),
    ("criminal-liability", ["уголовн", "ответствен"]),
    ("liability", ["привлечен", "ответствен"]),
    ("registration", ["учет", "регистрац"]),
    ("residence-permit", ["разрешен", "проживан"]),
    ("entry-exit-restriction", ["въезд"]),
    ("photograph", ["фотографическ"]),
    ("fingerprints", ["дактилоскопическ"]),
  ]

  static let stopWords: Set<String> = ["и", "в", "на", "о", "об", "по", "с", "а", "также", "или", "для", "за", "к", "их"]

  static func key(for text: String, kind: DataCategory.Kind) -> String {
    let stems = RussianText.stems(text)
    if kind == .personalData {
      // Short stems («пол», «им») must match a whole stem, so that «получ…» is not «пол».
      let matches = { (part: String) in stems.contains { part.count <= 3 ? $0 == part : $0.hasPrefix(part) } }
      for (name, required) in fields where required.allSatisfy(matches) {
        return name
      }
    }
    return stems.filter { !stopWords.contains($0) }.joined(separator: " ")
  }
}

import Foundation
