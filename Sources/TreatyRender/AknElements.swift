import Foundation
import TreatyModel
import TreatyStructure
import TreatyText

/// One export in progress: the XML written so far and the eIds already given out.
struct AknOutput {
  let document: Document
  var xml = XMLWriter()
  private var usedIds: Set<String> = []

  init(document: Document) { self.document = document }

  /// The `eId` attribute for a node id. Node ids are unique in a file already; the check here keeps the XML
  /// valid even if that ever broke (the schema declares eId unique under every `act` and `doc`), and an eId must
  /// not contain whitespace.
  mutating func eId(_ id: String) -> XMLAttributes {
    guard !id.isEmpty else { return [] }
    let base = String(id.unicodeScalars.map { $0.properties.isWhitespace ? "_" : Character($0) })
    var candidate = base
    var copy = 2
    while usedIds.contains(candidate) {
      candidate = base + "_dup\(copy)"
      copy += 1
    }
    usedIds.insert(candidate)
    return [("eId", candidate)]
  }

  /// The node's own text, one line a unit, blank lines dropped.
  func lines(of node: Node) -> [String] { Self.split(document.text(of: node)) }

  /// The node's label, title and text and all its descendants', for places that only take plain paragraphs.
  func fullLines(of node: Node) -> [String] { Self.split(document.fullText(of: node)) }

  /// The label as written («Статья 7», «1.», «1)»), nil where there is none.
  func label(of node: Node) -> String? {
    let label = TextNormalizer.text(of: node.label, in: document.source)
    return label.isEmpty ? nil : label
  }

  static func split(_ text: String) -> [String] {
    text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}

/// How the provisions of an act become Akoma Ntoso hierarchy elements.
///
/// AKN 3.0's `hierarchy` type allows `num`, `heading`, then either one `content` or an optional `intro` followed
/// by hierarchical children (ANhier, `hcontainer`, `crossHeading`) — never loose paragraphs. So a node's own text
/// goes into `content` when it has no children and into `intro` when it has; and a kind that is no hierarchical
/// element in AKN (a note, a footnote, a table) is wrapped in `hcontainer` whose `name` is the kind, because
/// `body`, `mainBody` and every hierarchy element all accept `hcontainer`.
enum AknElements {
  /// The AKN element of a kind that has one in the ANhier group. A list's entries are `point` (numbered or not)
  /// and dash entries `indent`, as AKN's `list` content model has them.
  static func hierarchyElement(_ kind: NodeKind) -> String? {
    switch kind {
    case .section: return "section"
    case .chapter: return "chapter"
    case .subsection: return "subsection"
    case .article: return "article"
    case .paragraph: return "paragraph"
    case .point, .item: return "point"
    case .list: return "list"
    case .indent: return "indent"
    case .alinea: return "alinea"
    default: return nil
    }
  }

  /// Writes a provision and its descendants. `insideHierarchy`: the parent is a hierarchy element, where an
  /// unnumbered heading can be a `crossHeading`; `body` does not allow one, so there it is an `hcontainer`.
  static func provision(_ node: Node, insideHierarchy: Bool, to out: inout AknOutput) {
    if node.kind == .table, node.children.contains(where: { $0.kind == .row || $0.kind == .heading }) {
      table(node, to: &out)
      return
    }
    if node.kind == .heading, insideHierarchy, node.children.isEmpty, out.document.title(of: node) == nil {
      let text = (out.label(of: node).map { [$0] } ?? []) + out.lines(of: node)
      out.xml.leaf("crossHeading", out.eId(node.id), text: text.joined(separator: " "))
      return
    }
    let element = hierarchyElement(node.kind) ?? "hcontainer"
    var attributes = out.eId(node.id)
    if element == "hcontainer" { attributes.append(("name", node.kind.rawValue)) }
    out.xml.start(element, attributes)
    if let label = out.label(of: node) { out.xml.leaf("num", text: label) }
    var lines = out.lines(of: node)
    if let title = out.document.title(of: node) {
      out.xml.leaf("heading", text: AknOutput.split(title).joined(separator: " "))
    } else if node.kind == .heading, !lines.isEmpty {
      out.xml.leaf("heading", text: lines.joined(separator: " "))
      lines = []
    }
    if node.children.isEmpty {
      if !lines.isEmpty { blocks("content", lines: lines, footnote: footnoteMarker(node), to: &out) }
    } else {
      if !lines.isEmpty { blocks("intro", lines: lines, footnote: footnoteMarker(node), to: &out) }
      for child in node.children { provision(child, insideHierarchy: true, to: &out) }
    }
    out.xml.end()
  }

  /// A footnote's text is an `authorialNote` with its marker, placed at the bottom as the page had it.
  private static func footnoteMarker(_ node: Node) -> String? {
    node.kind == .footnote ? (node.number ?? "") : nil
  }

  private static func blocks(_ element: String, lines: [String], footnote marker: String?, to out: inout AknOutput) {
    out.xml.start(element)
    if let marker {
      let attributes: XMLAttributes = (marker.isEmpty ? [] : [("marker", marker)]) + [("placement", "bottom")]
      let note = XMLInline.element("p", [], joinedByEOL(lines))
      out.xml.leaf("p", content: [.element("authorialNote", attributes, [note])])
    } else {
      for line in lines { out.xml.leaf("p", text: line) }
    }
    out.xml.end()
  }

  /// A table of legal acts flattened by a PDF export: a `table` (an HTML block, so inside `hcontainer`/`content`)
  /// whose rows are number, act name and requisites, and whose headings span the three columns.
  private static func table(_ node: Node, to out: inout AknOutput) {
    out.xml.start("hcontainer", out.eId(node.id) + [("name", "table")])
    if let label = out.label(of: node) { out.xml.leaf("num", text: label) }
    if let title = out.document.title(of: node) { out.xml.leaf("heading", text: title) }
    out.xml.start("content")
    for line in out.lines(of: node) { out.xml.leaf("p", text: line) }
    out.xml.start("table")
    for child in node.children {
      out.xml.start("tr", out.eId(child.id))
      switch child.kind {
      case .row:
        cell("td", lines: (out.label(of: child) ?? child.number).map { [$0] } ?? [], to: &out)
        cell("td", lines: out.document.title(of: child).map(AknOutput.split) ?? [], to: &out)
        cell("td", lines: out.lines(of: child) + child.children.flatMap { out.fullLines(of: $0) }, to: &out)
      default:
        cell("th", [("colspan", "3")], lines: out.fullLines(of: child), to: &out)
      }
      out.xml.end()
    }
    out.xml.end()
    out.xml.end()
    out.xml.end()
  }

  private static func cell(_ name: String, _ attributes: XMLAttributes = [], lines: [String], to out: inout AknOutput) {
    if lines.isEmpty {
      out.xml.empty(name, attributes)
      return
    }
    out.xml.start(name, attributes)
    for line in lines { out.xml.leaf("p", text: line) }
    out.xml.end()
  }

  /// A node of the preface, preamble or conclusions: a `container` (or the `formula` AKN has for final formulas)
  /// named after the kind, with a `p` per line. Signatures are AKN's inline `signature` inside a `p`, lines
  /// separated by `eol`. `marked` replaces the plain lines with ones that carry the preface's inline elements.
  static func block(_ node: Node, marked: [[XMLInline]]? = nil, to out: inout AknOutput) {
    let lines = out.fullLines(of: node)
    let element = node.kind == .finalFormula ? "formula" : "container"
    out.xml.start(element, out.eId(node.id) + [("name", node.kind.rawValue)])
    if lines.isEmpty {
      out.xml.empty("p")
    } else if node.kind == .signature {
      out.xml.leaf("p", content: [.element("signature", [], joinedByEOL(lines))])
    } else {
      for line in marked ?? lines.map { [.text($0)] } { out.xml.leaf("p", content: line) }
    }
    out.xml.end()
  }

  /// Lines inside one inline element, separated by AKN's end-of-line marker.
  static func joinedByEOL(_ lines: [String]) -> [XMLInline] {
    var content: [XMLInline] = []
    for (index, line) in lines.enumerated() {
      if index > 0 { content.append(.marker("eol")) }
      content.append(.text(line))
    }
    return content
  }
}

/// Where each top-level node of an act goes: the title block (and notes beside it) to `preface`, the preamble to
/// `preamble`, the closing run that starts with the final formula or a signature to `conclusions`, the rest to the
/// body. Anything out of that order stays in the body, where it keeps its place among the provisions.
struct AknSections {
  var preface: [Node] = []
  var preamble: [Node] = []
  var body: [Node] = []
  var conclusions: [Node] = []

  init(_ act: Node) {
    var rest = act.children[...]
    while let first = rest.first, first.kind == .title || first.kind == .note {
      preface.append(first)
      rest = rest.dropFirst()
    }
    while let first = rest.first, first.kind == .preamble {
      preamble.append(first)
      rest = rest.dropFirst()
    }
    let closing: Set<NodeKind> = [.finalFormula, .signature, .note, .unrecognized]
    var start = rest.endIndex
    while start > rest.startIndex, closing.contains(rest[start - 1].kind) { start -= 1 }
    while start < rest.endIndex, rest[start].kind != .finalFormula, rest[start].kind != .signature { start += 1 }
    body = Array(rest[..<start])
    conclusions = Array(rest[start...])
  }
}

/// The preface's inline elements: in the title block's lines, the act's title (`docTitle`), number (`docNumber`),
/// date (`docDate`, with the ISO date) and status note (`docStatus`, «Проект») where the model found them. Only
/// text that is there is marked, each fact once; a line without any stays plain.
enum AknTitleMarks {
  private struct Span {
    var range: Range<String.Index>
    var element: String
    var attributes: XMLAttributes
  }

  /// `source`: the id of the title node, to which the model ties the status notes it read there.
  static func mark(_ lines: [String], facts: ActFacts, source: String) -> [[XMLInline]] {
    var spans: [[Span]] = Array(repeating: [], count: lines.count)
    func add(_ line: Int, _ range: Range<String.Index>, _ element: String, _ attributes: XMLAttributes = []) {
      guard !spans[line].contains(where: { $0.range.overlaps(range) }) else { return }
      spans[line].append(Span(range: range, element: element, attributes: attributes))
    }
    if let title = facts.title, !title.isEmpty {
      for line in titleLines(lines, title: title) { add(line.index, line.range, "docTitle") }
    }
    if let number = facts.number, let hit = first(in: lines, { numberRange(in: $0, number: number) }) {
      add(hit.index, hit.range, "docNumber")
    }
    if let date = facts.date,
      let hit = first(in: lines, { line in RussianDates.all(in: line).first { $0.iso == date }?.range })
    {
      add(hit.index, hit.range, "docDate", [("date", date)])
    }
    for note in facts.statusNotes where note.source == source && !note.text.isEmpty {
      if let hit = first(in: lines, { $0.range(of: note.text) }) { add(hit.index, hit.range, "docStatus") }
    }
    return lines.indices.map { inline(lines[$0], spans[$0]) }
  }

  private static func first(
    in lines: [String], _ find: (String) -> Range<String.Index>?
  ) -> (index: Int, range: Range<String.Index>)? {
    for (index, line) in lines.enumerated() { if let range = find(line) { return (index, range) } }
    return nil
  }

  /// The title on one line, or spread over consecutive lines that join (with spaces) into exactly the title.
  private static func titleLines(_ lines: [String], title: String) -> [(index: Int, range: Range<String.Index>)] {
    if let hit = first(in: lines, { $0.range(of: title) }) { return [hit] }
    for start in lines.indices {
      var joined = ""
      for end in start..<lines.count {
        joined += (joined.isEmpty ? "" : " ") + lines[end]
        if joined == title { return (start...end).map { ($0, lines[$0].startIndex..<lines[$0].endIndex) } }
        if !title.hasPrefix(joined) { break }
      }
    }
    return []
  }

  /// «№ 878» or «№878», not followed by more of a number («№ 8780»).
  private static func numberRange(in line: String, number: String) -> Range<String.Index>? {
    var searchFrom = line.startIndex
    while let sign = line.range(of: "№", range: searchFrom..<line.endIndex) {
      var cursor = sign.upperBound
      while cursor < line.endIndex, line[cursor].isWhitespace { cursor = line.index(after: cursor) }
      if line[cursor...].hasPrefix(number) {
        let end = line.index(cursor, offsetBy: number.count)
        if end == line.endIndex || !(line[end].isLetter || line[end].isNumber) { return sign.lowerBound..<end }
      }
      searchFrom = sign.upperBound
    }
    return nil
  }

  private static func inline(_ line: String, _ spans: [Span]) -> [XMLInline] {
    var content: [XMLInline] = []
    var cursor = line.startIndex
    for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if cursor < span.range.lowerBound { content.append(.text(String(line[cursor..<span.range.lowerBound]))) }
      content.append(.element(span.element, span.attributes, [.text(String(line[span.range]))]))
      cursor = span.range.upperBound
    }
    if cursor < line.endIndex { content.append(.text(String(line[cursor...]))) }
    return content
  }
}
