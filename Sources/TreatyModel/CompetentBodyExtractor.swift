import TreatyStructure
import TreatyText

/// Competent bodies per party, from the provision that designates them («Компетентными органами … являются: от
/// Республики Казахстан – …; от Кыргызской Республики – …»), and coordination bodies («Координация … возлагается
/// с Казахстанской Стороны на Штаб …, с Российской Стороны - на Административный департамент …»).
enum CompetentBodyExtractor {
  static func extract(_ context: ModelContext, parties: [Party]) -> [CompetentBody] {
    var bodies: [CompetentBody] = []
    for (index, lower) in context.folded.enumerated() {
      if FastSearch.contains(lower, "компетентными органами") && FastSearch.contains(lower, "являются") {
        bodies += designated(context.units[index], context: context, parties: parties)
      } else if FastSearch.contains(lower, "координаци") && FastSearch.contains(lower, "возлагается") {
        bodies += coordinating(context.units[index], parties: parties)
      }
    }
    return bodies
  }

  /// The entries after the intro: «от <государства> – <орган> и <орган>;».
  private static func designated(_ unit: ModelContext.Unit, context: ModelContext, parties: [Party]) -> [CompetentBody] {
    let parent = unit.node.kind == .alinea ? context.parent(of: unit) : unit.node
    guard let container = parent else { return [] }
    var entries: [Node] = []
    container.forEach { node, _ in if node.kind == .item || node.kind == .indent { entries.append(node) } }
    var bodies: [CompetentBody] = []
    for entry in entries {
      let text = context.text(of: entry)
      guard text.hasPrefix("от "), let dash = firstDash(in: text) else { continue }
      let state = String(
        PlainScalars.trimmingScalars(text[text.index(text.startIndex, offsetBy: 3)..<dash.lowerBound], Whitespace.scalars))
      let party = partyName(forState: state, parties: parties)
      let list = String(PlainScalars.trimmingScalars(text[dash.upperBound...], " ;.,"))
      for name in PartyExtractor.splitNames(list) {
        bodies.append(CompetentBody(party: party, name: NounPhrase.nominative(name), role: .competent, source: entry.id))
      }
    }
    return bodies
  }

  /// «с Казахстанской Стороны на Штаб …, с Российской Стороны - на Административный департамент …».
  private static func coordinating(_ unit: ModelContext.Unit, parties: [Party]) -> [CompetentBody] {
    guard let start = PlainScalars.range(of: "возлагается", in: unit.text) else { return [] }
    let clause = unit.text[start.upperBound...]
    var bodies: [CompetentBody] = []
    let segments = clause.components(separatedBy: ", с ")
    for (index, raw) in segments.enumerated() {
      var segment = String(PlainScalars.trimmingScalars(Substring(raw), Whitespace.scalars))
      if index == 0, segment.hasPrefix("с ") { segment.removeFirst(2) }
      guard let on = PlainScalars.range(of: " на ", in: segment) else { continue }
      let side = NounPhrase.nominative(PlainScalars.replacing(" -", with: "", in: String(segment[..<on.lowerBound])))
      let body = String(PlainScalars.trimmingScalars(segment[on.upperBound...], " ;.,"))
      let party = parties.first { $0.sideNames.contains(side) || PartyExtractor.belongs(side, to: $0.name) }?.name ?? side
      bodies.append(CompetentBody(party: party, name: NounPhrase.nominative(body), role: .coordinating, source: unit.node.id))
    }
    return bodies
  }

  private static func firstDash(in text: String) -> Range<String.Index>? {
    [" – ", " — ", " - "].compactMap { PlainScalars.range(of: $0, in: text) }.min { $0.lowerBound < $1.lowerBound }
  }

  /// «Республики Казахстан» → the party whose name holds it («Правительство Республики Казахстан»).
  static func partyName(forState state: String, parties: [Party]) -> String {
    parties.first { $0.name.hasSuffix(state) || $0.name.contains(state + " ") }?.name ?? NounPhrase.nominative(state)
  }
}

import Foundation
