import TreatyStructure
import TreatyText

/// Document facts per act: kind, title, number, date, place, issuer, status notes, the act that approves it, and
/// the signatories — read from the title block, notes, the final formula and the signature blocks.
enum ActFactsExtractor {
  static func extract(_ context: ModelContext) -> [ActFacts] {
    var facts: [ActFacts] = []
    for (index, act) in context.document.acts.enumerated() {
      facts.append(extract(act, index: index, context: context, previous: facts))
    }
    return facts
  }

  private static func extract(_ act: Node, index: Int, context: ModelContext, previous: [ActFacts]) -> ActFacts {
    let document = context.document
    let titleNode = act.children.first { $0.kind == .title }
    let lines = titleNode.map { PlainScalars.split(context.text(of: $0), separator: "\n").map(String.init) } ?? []
    var facts = ActFacts(id: act.id, kind: .unknown, title: document.heading(of: act), source: titleNode?.id ?? act.id)

    // «Одобрен постановлением Правительства Республики Казахстан от 26 ноября 2019 года № 878»
    if let first = lines.first, ["Одобрен", "Утвержден", "ОДОБРЕН", "УТВЕРЖДЕН", "Приложение"].contains(where: first.hasPrefix) {
      let stampEnd = lines.firstIndex { $0.contains("№" as Character) } ?? 0
      let stamp = lines[0...stampEnd].joined(separator: " ")
      var reference = ApprovalReference(
        text: stamp, kind: stamp.split(separator: " ").dropFirst().first.flatMap(ActKindWords.kind) ?? .unknown,
        date: RussianDates.parse(stamp)?.iso, number: number(in: stamp))
      reference.act = previous.first { $0.number == reference.number && $0.date == reference.date }?.id
      facts.approvedBy = reference
    }
    for line in lines where line == "Проект" || line == "ПРОЕКТ" || line.hasSuffix(" Проект") {
      facts.statusNotes.append(StatusNote(kind: .draft, text: "Проект", source: titleNode?.id ?? act.id))
    }
    // The line that names the act: «Постановление Правительства … от … № 878», «Соглашение, г. Сочи, 23 октября 2008 г.»
    if let line = lines.first(where: isActLine) {
      let words = PlainScalars.split(line, separator: " ")
      facts.kind = words.first.flatMap { ActKindWords.kind(of: $0.trimmingCharacters(in: .punctuationCharacters)) } ?? .unknown
      facts.number = number(in: line)
      facts.date = RussianDates.parse(line)?.iso
      facts.place = place(in: line)
      if let from = PlainScalars.range(of: " от ", in: line) {
        let issuer = line[..<from.lowerBound].split(separator: " ").dropFirst().joined(separator: " ")
        if !issuer.isEmpty { facts.issuer = NounPhrase.nominative(issuer) }
      }
    }
    if facts.kind == .unknown, let heading = facts.title, let word = PlainScalars.split(heading, separator: " ").first {
      facts.kind = ActKindWords.kind(of: word) ?? .unknown
      // A law's title block gives its number and date on a line of their own («от 20 февраля 2009 года N 57»).
      if facts.kind != .unknown && facts.kind != .agreement && facts.kind != .protocol && facts.number == nil {
        if let line = lines.first(where: { $0.hasPrefix("от ") && RussianDates.parse($0) != nil }) {
          facts.date = RussianDates.parse(line)?.iso
          facts.number = number(in: line)
        }
        facts.place = lines.first.flatMap {
          $0.hasPrefix("г.") ? String(PlainScalars.trimmingScalars($0.dropFirst(2), Whitespace.scalars)) : nil
        }
      }
    }
    if facts.kind == .unknown && act.all(.article).isEmpty && !act.all(.footnote).isEmpty {
      facts.kind = .report
      // A report's first heading («ЦЕЛЬ») is a section name, not its title; the title is not in the text.
      if (facts.title.map { PlainScalars.split($0, separator: " ").count } ?? 0) < 3 { facts.title = nil }
    }
    if facts.kind == .unknown && !act.all(.article).isEmpty { facts.kind = .agreement }

    // «(Вступило в силу 5 июля 2012 года - Бюллетень …)» in the title block.
    for line in lines {
      let lower = BasicFold.lowercased(line)
      guard PlainScalars.contains(lower, "вступил") && PlainScalars.contains(lower, "в силу") else { continue }
      facts.statusNotes.append(StatusNote(kind: .inForce, text: line, date: RussianDates.parse(line)?.iso,
        source: titleNode?.id ?? act.id))
    }
    for note in act.children where note.kind == .note {
      let text = context.text(of: note)
      let lower = BasicFold.lowercased(text)
      if PlainScalars.contains(lower, "вступил") && PlainScalars.contains(lower, "в силу") {
        facts.statusNotes.append(StatusNote(kind: .inForce, text: text, date: RussianDates.parse(text)?.iso, source: note.id))
      } else if PlainScalars.contains(lower, "в редакции") || PlainScalars.contains(lower, "изменени") {
        facts.statusNotes.append(StatusNote(kind: .amended, text: text, date: RussianDates.parse(text)?.iso, source: note.id))
      } else {
        facts.statusNotes.append(StatusNote(kind: .note, text: text, date: RussianDates.parse(text)?.iso, source: note.id))
      }
    }
    // «Совершено в городе Сочи 23 октября 2008 года …» gives place and date where the title did not.
    if let formula = act.children.first(where: { $0.kind == .finalFormula }) {
      let text = context.text(of: formula)
      if facts.place == nil { facts.place = place(in: text) }
      if facts.date == nil { facts.date = RussianDates.parse(text)?.iso }
    }
    facts.signatories = SignatoryExtractor.signatories(of: act, context: context)
    return facts
  }

  private static func isActLine(_ line: String) -> Bool {
    guard let first = line.split(separator: " ", maxSplits: 1).first, first.first?.isUppercase == true,
      first.dropFirst().allSatisfy({ !$0.isUppercase || $0 == "," }), ActKindWords.kind(of: first) != nil
    else { return false }
    return line.contains("№" as Character) || RussianDates.parse(line) != nil
  }

  /// «№ 878», «№878», «№ 191-р».
  static func number(in text: String) -> String? {
    // «№ 878», and «N 57» as some databases write it.
    guard let sign = PlainScalars.range(of: "№", in: text) ?? PlainScalars.range(of: " N ", in: text) else { return nil }
    let rest = text[sign.upperBound...].drop { $0 == " " }
    let token = rest.prefix { !$0.isWhitespace && $0 != "," && $0 != ")" && $0 != ";" }
    let trimmed = token.hasSuffix(".") ? token.dropLast() : token
    return trimmed.isEmpty ? nil : String(trimmed)
  }

  /// «г. Сочи», «в городе Сочи» — a place only when a name follows (a blank «_____» is not one).
  static func place(in text: String) -> String? {
    for marker in ["в городе ", "г. "] {
      guard let range = PlainScalars.range(of: marker, in: text) else { continue }
      let name = text[range.upperBound...].prefix { $0.isLetter || $0 == "-" }
      if let first = name.first, first.isUppercase { return String(name) }
    }
    return nil
  }
}
