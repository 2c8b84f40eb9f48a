import TreatyModel
import TreatyStructure
import TreatyText

/// `treaty parse --format akn`: the tree as an Akoma Ntoso 3.0 document, so that other legal-XML tools can read
/// what Treaty parsed.
///
/// The first act of the file is the main document; the acts after it (what «Одобрен/Утверждены …» introduces)
/// are its attachments. AKN 3.0 makes `attachments` a list of `attachment` elements of `docContainerType`, each
/// holding one whole document type — so an attached agreement or set of rules is a nested `<act>` with its own
/// `meta`, inside `<attachment eId="att_1">`. A report (ActKind `.report`, no articles) is a `<doc name="report">`
/// with a `mainBody`, since `act` is for prescriptive texts; every other act is an `<act>` named by its kind.
/// Node ids already follow the AKN eId naming convention and are unique in a file, so they are the eIds.
public enum AknWriter {
  public static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

  public static func render(_ document: Document, model: StructuralModel) -> String {
    var out = AknOutput(document: document)
    // The schema needs one document element; a file without acts still gets an (empty) one.
    let acts = document.acts.isEmpty ? [Node(kind: .act, id: "main", range: SourceRange(0, 0))] : document.acts
    let identity = AknIdentity(acts: acts, model: model)
    out.xml.start("akomaNtoso", [("xmlns", namespace)])
    act(acts[0], attachments: Array(acts.dropFirst()), isMain: true, identity: identity, model: model, to: &out)
    out.xml.end()
    return out.xml.finish()
  }

  private static func act(
    _ node: Node, attachments: [Node], isMain: Bool, identity: AknIdentity, model: StructuralModel,
    to out: inout AknOutput
  ) {
    let facts = model.acts.first { $0.id == node.id }
    let isDoc = facts?.kind == .report
    out.xml.start(isDoc ? "doc" : "act", [("name", identity.name(of: facts, isDoc: isDoc))])
    meta(node, facts: facts, isMain: isMain, identity: identity, to: &out)
    let parts = AknSections(node)
    if !parts.preface.isEmpty {
      out.xml.start("preface")
      for part in parts.preface {
        let lines = out.fullLines(of: part)
        let marked = part.kind == .title ? facts.map { AknTitleMarks.mark(lines, facts: $0, source: part.id) } : nil
        AknElements.block(part, marked: marked, to: &out)
      }
      out.xml.end()
    }
    section("preamble", parts.preamble, to: &out)
    out.xml.start(isDoc ? "mainBody" : "body")
    if parts.body.isEmpty {
      // Both body types need one child; an empty act says so instead of inventing text.
      if isDoc { out.xml.empty("p") } else { out.xml.empty("hcontainer", [("name", "empty")]) }
    }
    for part in parts.body { AknElements.provision(part, insideHierarchy: false, to: &out) }
    out.xml.end()
    section("conclusions", parts.conclusions, to: &out)
    if !attachments.isEmpty {
      out.xml.start("attachments")
      for attachment in attachments {
        out.xml.start("attachment", out.eId(attachment.id))
        act(attachment, attachments: [], isMain: false, identity: identity, model: model, to: &out)
        out.xml.end()
      }
      out.xml.end()
    }
    out.xml.end()
  }

  private static func section(_ name: String, _ nodes: [Node], to out: inout AknOutput) {
    guard !nodes.isEmpty else { return }
    out.xml.start(name)
    for node in nodes { AknElements.block(node, to: &out) }
    out.xml.end()
  }

  /// `meta/identification` with the three FRBR levels, and — in the main document only, because eIds must be
  /// unique across the whole file, attachments included — the `references` that define `#treaty` (the converter,
  /// the source of this markup and the author of the manifestation) and the organisations that issued or
  /// concluded the acts (the authors of work and expression).
  private static func meta(
    _ node: Node, facts: ActFacts?, isMain: Bool, identity: AknIdentity, to out: inout AknOutput
  ) {
    let uris = identity.uris(component: isMain ? "main" : node.id)
    let date: XMLAttributes = [("date", facts?.date ?? "0001-01-01"), ("name", AknIdentity.dateName(facts))]
    let authors = identity.authors[node.id] ?? ["#treaty"]
    out.xml.start("meta")
    out.xml.start("identification", [("source", "#treaty")])
    out.xml.start("FRBRWork")
    out.xml.empty("FRBRthis", [("value", uris.workThis)])
    out.xml.empty("FRBRuri", [("value", uris.work)])
    out.xml.empty("FRBRdate", date)
    for author in authors { out.xml.empty("FRBRauthor", [("href", author)]) }
    out.xml.empty("FRBRcountry", [("value", identity.country)])
    // The subtype names the main work's IRI segment; an attachment is a component of that work, not its own.
    if isMain, let facts, facts.kind != .unknown { out.xml.empty("FRBRsubtype", [("value", facts.kind.rawValue)]) }
    if let number = facts?.number { out.xml.empty("FRBRnumber", [("value", number)]) }
    out.xml.end()
    out.xml.start("FRBRExpression")
    out.xml.empty("FRBRthis", [("value", uris.expressionThis)])
    out.xml.empty("FRBRuri", [("value", uris.expression)])
    out.xml.empty("FRBRdate", date)
    for author in authors { out.xml.empty("FRBRauthor", [("href", author)]) }
    out.xml.empty("FRBRlanguage", [("language", "rus")])
    out.xml.end()
    out.xml.start("FRBRManifestation")
    out.xml.empty("FRBRthis", [("value", uris.manifestationThis)])
    out.xml.empty("FRBRuri", [("value", uris.manifestation)])
    out.xml.empty("FRBRdate", date)
    out.xml.empty("FRBRauthor", [("href", "#treaty")])
    out.xml.empty("FRBRformat", [("value", "application/akn+xml")])
    out.xml.end()
    out.xml.end()
    if isMain {
      out.xml.start("references", [("source", "#treaty")])
      let converter: XMLAttributes = [("href", "/ontology/organization/treaty"), ("showAs", "Treaty")]
      out.xml.empty("TLCOrganization", out.eId("treaty") + converter)
      for organization in identity.organizations {
        let href = "/ontology/organization/\(identity.country)/\(organization.eId)"
        out.xml.empty("TLCOrganization", out.eId(organization.eId) + [("href", href), ("showAs", organization.name)])
      }
      out.xml.end()
    }
    out.xml.end()
  }
}

/// What `meta` says about the file's acts: the country, the FRBR IRIs and the organisations named as authors.
///
/// IRIs follow the AKN naming convention: the work is `/akn/{country}/{act|doc}/{subtype}/{date}/{number}`
/// (`nn` for an act without a number, `0001-01-01` for one without a date), the expression adds the language
/// (`/rus@`, the original version), the manifestation the format. Every act of the file is a component of the main
/// act's work (`!main`, `!att_1`), since the attachments were published together with it.
struct AknIdentity {
  struct URIs {
    var work: String
    var workThis: String
    var expression: String
    var expressionThis: String
    var manifestation: String
    var manifestationThis: String
  }

  /// ISO 3166 code in lower case. «kz» unless the main act's issuer, or else its first party, names another
  /// state — deliberately simple: the corpus is Kazakhstan's, and a wrong guess only affects the IRIs.
  let country: String
  let work: String
  /// The organisations behind the acts, with the eIds their `TLCOrganization` gets.
  private(set) var organizations: [(eId: String, name: String)] = []
  /// Per act id, the `href`s of its work authors: the issuer, else the parties, else the converter.
  private(set) var authors: [String: [String]] = [:]

  init(acts: [Node], model: StructuralModel) {
    let mainFacts = model.acts.first { $0.id == acts.first?.id }
    let mainParties = model.parties.filter { $0.act == acts.first?.id }.map(\.name)
    let named = ([mainFacts?.issuer].compactMap { $0 } + mainParties).compactMap(Self.country(named:))
    country = named.first ?? "kz"
    let isDoc = mainFacts?.kind == .report
    let docType = isDoc ? "doc" : "act"
    let subtype = mainFacts.flatMap { $0.kind == .unknown ? nil : $0.kind.rawValue }
    let segments = ["", "akn", country, docType] + (subtype.map { [$0] } ?? [])
      + [mainFacts?.date ?? "0001-01-01", Self.iriSegment(mainFacts?.number ?? "nn")]
    work = segments.joined(separator: "/")
    for act in acts {
      let facts = model.acts.first { $0.id == act.id }
      let names = facts?.issuer.map { [$0] } ?? model.parties.filter { $0.act == act.id }.map(\.name)
      authors[act.id] = names.isEmpty ? ["#treaty"] : names.map { "#" + organization(named: $0) }
    }
  }

  func uris(component: String) -> URIs {
    let expression = work + "/rus@"
    return URIs(
      work: work, workThis: work + "/!" + component,
      expression: expression, expressionThis: expression + "/!" + component,
      manifestation: expression + ".xml", manifestationThis: expression + "/!" + component + ".xml")
  }

  /// The `name` attribute of the document element: the act's kind, or the element's own name when unknown.
  func name(of facts: ActFacts?, isDoc: Bool) -> String {
    guard let kind = facts?.kind, kind != .unknown else { return isDoc ? "doc" : "act" }
    return kind.rawValue
  }

  /// FRBRdate's `name` says what the date is: treaties are dated by signature, other acts by adoption.
  static func dateName(_ facts: ActFacts?) -> String {
    guard let facts, facts.date != nil else { return "unknown" }
    switch facts.kind {
    case .agreement, .protocol, .convention, .treaty: return "signature"
    default: return "adoption"
    }
  }

  private mutating func organization(named name: String) -> String {
    if let known = organizations.first(where: { $0.name == name }) { return known.eId }
    let eId = "org_\(organizations.count + 1)"
    organizations.append((eId: eId, name: name))
    return eId
  }

  static func country(named name: String) -> String? {
    let lower = name.lowercased()
    let markers = [
      ("казахстан", "kz"), ("кыргыз", "kg"), ("киргиз", "kg"), ("российской федерации", "ru"), ("армени", "am"),
      ("узбекистан", "uz"), ("таджикистан", "tj"), ("беларус", "by"), ("туркменистан", "tm"),
    ]
    return markers.first { lower.contains($0.0) }?.1
  }

  /// A number as an IRI segment: no whitespace and no slash, which would start a new segment.
  static func iriSegment(_ text: String) -> String {
    String(text.map { $0.isWhitespace || $0 == "/" ? "-" : $0 })
  }
}
