import TreatyModel
import TreatyStructure

/// The model as a reader wants it in a terminal: one section per kind of fact, one line per item, each with the
/// citation of the provision it came from.
public enum ModelSummary {
  public static func render(_ model: StructuralModel, document: Document) -> String {
    func cite(_ id: String) -> String {
      guard let node = document.node(id: id) else { return id }
      return node.citation.isEmpty ? id : node.citation
    }
    var out = ""
    func section(_ title: String, _ lines: [String]) {
      guard !lines.isEmpty else { return }
      out += (out.isEmpty ? "" : "\n") + title + "\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    section("ACTS", model.acts.map { act in
      var parts = ["\(act.id): \(act.kind.rawValue)"]
      if let title = act.title { parts.append("«\(title)»") }
      if let number = act.number { parts.append("№ \(number)") }
      if let date = act.date { parts.append(date) }
      if let place = act.place { parts.append(place) }
      if let issuer = act.issuer { parts.append("issued by \(issuer)") }
      if let approval = act.approvedBy { parts.append("approved by \(approval.act ?? approval.text)") }
      for note in act.statusNotes { parts.append("[\(note.kind.rawValue): \(note.text)]") }
      return parts.joined(separator: " · ")
    })
    section("SIGNATORIES", model.acts.flatMap { act in
      act.signatories.map { "\(act.id) \($0.role.rawValue): \($0.onBehalfOf.map { "for \($0)" } ?? $0.text)" }
    })
    section("PARTIES", model.parties.map { party in
      var line = party.name
      if let collective = party.collectiveName { line += " (\(collective))" }
      if !party.sideNames.isEmpty { line += " — " + party.sideNames.joined(separator: ", ") }
      return line
    })
    var byParty: [String: [CompetentBody]] = [:]
    var order: [String] = []
    for body in model.competentBodies {
      if byParty[body.party] == nil { order.append(body.party) }
      byParty[body.party, default: []].append(body)
    }
    section("COMPETENT BODIES", order.flatMap { party in
      [party + ":"] + (byParty[party] ?? []).map { "  \($0.name) (\($0.role.rawValue), \(cite($0.source)))" }
    })
    // Canonical keys (`date-of-birth`) are shown; stem keys are for machines and stay in the JSON.
    section("DATA CATEGORIES", model.dataCategories.map { category in
      let key = category.key.contains(" ") ? "" : " [\(category.key)]"
      return "\(category.kind.rawValue): \(category.text)\(key) — \(cite(category.source))"
    })
    section("DEFINED TERMS", model.terms.map { "«\($0.term)» — \(cite($0.source)), used in \($0.uses.count) provisions" })
    section("REFERENCES", model.references.map { reference in
      "\(cite(reference.source)): «\(reference.text)» → \(reference.target.map(cite) ?? "unresolved")"
    })
    section("DEADLINES AND DURATIONS", model.durations.map { "\($0.text) — \($0.governs) (\(cite($0.source)))" })
    section("CITED ACTS", model.citedActs.map { act in
      var parts = [act.kind.rawValue]
      if let title = act.title { parts.append("«\(title)»") }
      if let number = act.number { parts.append("№ \(number)") }
      if let date = act.date { parts.append(date) }
      if !act.articles.isEmpty { parts.append("ст. " + act.articles.joined(separator: ", ")) }
      return parts.joined(separator: " ") + " — \(cite(act.source))"
    })
    section("CLAUSE TYPES", model.clauseTypes.map { "\($0.citation.isEmpty ? $0.node : $0.citation): \($0.type.rawValue)" })
    return out
  }
}
