/// The name of an act as a reader would give it, taken from its title block: the approval stamp
/// («Одобрен постановлением … № 878») and the status word «Проект» are set aside, and a title split over
/// several lines («СОГЛАШЕНИЕ» / «между Правительством …») is joined.
extension Document {
  public func heading(of act: Node) -> String? {
    guard let title = act.children.first(where: { $0.kind == .title }) else { return nil }
    var lines = text(of: title).split(separator: "\n").map(String.init)
    let stampOpeners = ["Одобрен", "ОДОБРЕН", "Утвержден", "УТВЕРЖДЕН", "Приложение", "ПРИЛОЖЕНИЕ"]
    if let first = lines.first, stampOpeners.contains(where: { first.hasPrefix($0) }) {
      if let end = lines.firstIndex(where: { $0.contains("№" as Character) }) {
        lines.removeFirst(end + 1)
      } else if first.hasPrefix("Приложение") || first.hasPrefix("ПРИЛОЖЕНИЕ") {
        // «Приложение 1 / к Исполнительному протоколу / … / от 17 октября 2016 года / ЗАЯВЛЕНИЕ …»: the annex's
        // own name is the first line in capitals, else the last line.
        let named = lines.dropFirst().firstIndex { line in
          let word = line.prefix { $0.isLetter }
          return word.count >= 4 && word.allSatisfy(\.isUppercase)
        }
        lines.removeFirst(named ?? max(1, lines.count - 1))
      } else {
        lines.removeFirst()
      }
    }
    lines.removeAll { $0 == "Проект" || $0 == "ПРОЕКТ" }
    // «г.Бишкек / от 20 февраля 2009 года N 57 / ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ / О государственной регистрации …»:
    // the name starts at the capitals that name the kind of act.
    let kinds = ["ЗАКОН", "КОДЕКС", "ПОСТАНОВЛЕНИЕ", "УКАЗ", "ПРИКАЗ", "РАСПОРЯЖЕНИЕ", "РЕШЕНИЕ"]
    if let named = lines.firstIndex(where: { line in kinds.contains { line.hasPrefix($0) } }), named > 0 {
      let rest = lines[(named + 1)...].prefix { !$0.hasPrefix("(") }
      return ([lines[named]] + rest).joined(separator: " ")
    }
    guard let first = lines.first else { return nil }
    var heading = first
    for line in lines.dropFirst() {
      guard let initial = line.unicodeScalars.first, Bytes.isLowercaseLetter(initial.value) else { break }
      heading += " " + line
    }
    return heading
  }
}
