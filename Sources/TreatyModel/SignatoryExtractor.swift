import TreatyStructure
import TreatyText

/// Who signs: the signature blocks of an act («Премьер-Министр Республики Казахстан А. Мамин», «За Правительство
/// Республики Казахстан») and the person an enacting act authorises to sign («Уполномочить Министра внутренних дел
/// Республики Казахстан Тургумбаева Ерлана Заманбековича подписать …»), put into the nominative case.
enum SignatoryExtractor {
  static func signatories(of act: Node, context: ModelContext) -> [Signatory] {
    var result: [Signatory] = []
    for paragraph in act.children where paragraph.kind == .paragraph {
      if let signatory = authorized(context.text(of: paragraph), source: paragraph.id) { result.append(signatory) }
    }
    for block in act.children where block.kind == .signature {
      let text = PlainScalars.replacing("\n", with: " ", in: context.text(of: block))
      if text.hasPrefix("(") { continue }
      if text.hasPrefix("За ") || text.hasPrefix("ЗА ") {
        let party = NounPhrase.nominative(String(text.dropFirst(3)))
        result.append(Signatory(role: .signed, onBehalfOf: party, text: text, source: block.id))
        continue
      }
      let (position, name) = splitTrailingName(text)
      result.append(Signatory(role: .signed, position: position, name: name, text: text, source: block.id))
    }
    return result
  }

  /// «Уполномочить <должность> <ФИО> подписать», «<Должности> <ФИО> подписать» (dative).
  static func authorized(_ text: String, source: String) -> Signatory? {
    guard let sign = PlainScalars.range(of: " подписать", in: text) else { return nil }
    var head = String(text[..<sign.lowerBound])
    if head.hasPrefix("Уполномочить ") { head = String(head.dropFirst("Уполномочить ".count)) }
    var words = head.split(separator: " ").map(String.init)
    guard words.count >= 3, let last = words.last, PersonName.isPatronymic(last) else { return nil }
    let name = words.suffix(3).joined(separator: " ")
    words.removeLast(3)
    let position = NounPhrase.nominative(words.joined(separator: " "))
    let nominativeName = PersonName.nominative(name)
    return Signatory(
      role: .authorized, position: position, name: nominativeName, text: position + " " + nominativeName, source: source)
  }

  /// «Премьер-Министр Республики Казахстан А. Мамин» → position and «А. Мамин».
  static func splitTrailingName(_ text: String) -> (String?, String?) {
    var words = text.split(separator: " ").map(String.init)
    var nameWords: [String] = []
    if let last = words.last, last.first?.isUppercase == true, !last.hasSuffix(".") {
      var index = words.count - 1
      var initials: [String] = []
      while index > 0, words[index - 1].count <= 4, words[index - 1].hasSuffix("."), words[index - 1].first?.isUppercase == true {
        initials.insert(words[index - 1], at: 0)
        index -= 1
      }
      if !initials.isEmpty {
        nameWords = initials + [last]
        words.removeLast(nameWords.count)
      }
    }
    let position = words.joined(separator: " ")
    return (position.isEmpty ? nil : position, nameWords.isEmpty ? nil : nameWords.joined(separator: " "))
  }
}
