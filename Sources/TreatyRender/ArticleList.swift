import TreatyStructure
import TreatyText

/// The top-level provisions of each act: articles where an act has them, otherwise its numbered points with the
/// chapter that holds them.
public struct ArticleEntry: Sendable, Equatable {
  public var id: String
  public var act: String
  public var kind: NodeKind
  public var number: String?
  public var title: String?
  public var citation: String
  public var chapter: String?
  public var line: Int
  public var column: Int
  public var text: String
}

public enum ArticleList {
  public static func entries(of document: Document) -> [ArticleEntry] {
    var entries: [ArticleEntry] = []
    for act in document.acts {
      // Articles quoted by an amendment belong to the amended act, not to this one.
      let articles = articlesOutsideQuotes(act)
      let units = articles.isEmpty ? topLevelParagraphs(of: act) : articles.map { ($0, nil as Node?) }
      for (node, chapter) in units {
        let start = document.source.location(of: node.range.start)
        let chapterName = chapter.map { chapter in
          ([chapter.citation] + [document.title(of: chapter)].compactMap { $0 }).joined(separator: " ")
        }
        entries.append(ArticleEntry(
          id: node.id, act: act.id, kind: node.kind, number: node.number, title: document.title(of: node),
          citation: node.citation, chapter: chapterName, line: start.line, column: start.column,
          text: bodyText(of: node, in: document)))
      }
    }
    return entries
  }

  private static func articlesOutsideQuotes(_ node: Node) -> [Node] {
    node.children.flatMap { child -> [Node] in
      if child.kind == .quotedStructure { return [] }
      return (child.kind == .article ? [child] : []) + articlesOutsideQuotes(child)
    }
  }

  /// Numbered points that are not inside an article, paired with their chapter.
  private static func topLevelParagraphs(of act: Node) -> [(Node, Node?)] {
    var found: [(Node, Node?)] = []
    func visit(_ node: Node, chapter: Node?) {
      for child in node.children {
        switch child.kind {
        case .paragraph: found.append((child, chapter))
        case .chapter, .section, .subsection: visit(child, chapter: child)
        default: break
        }
      }
    }
    visit(act, chapter: nil)
    return found
  }

  /// The provision's text without its number and title: own text and every descendant's, one unit a line.
  static func bodyText(of node: Node, in document: Document) -> String {
    var lines: [String] = []
    node.forEach { unit, depth in
      let label = depth == 0 ? [] : unit.label
      let text = TextNormalizer.text(of: label + (depth == 0 ? [] : unit.titlePieces) + unit.textPieces, in: document.source)
      if !text.isEmpty { lines.append(text) }
    }
    return lines.joined(separator: "\n")
  }

  static func firstLine(_ text: String) -> String {
    String(text.split(separator: "\n", maxSplits: 1).first ?? "")
  }

  // MARK: - Formats

  /// A plain-text table grouped by act and chapter, for reading in a terminal.
  public static func table(_ entries: [ArticleEntry], in document: Document) -> String {
    let citationWidth = max(8, entries.map(\.citation.count).max() ?? 0)
    let idWidth = max(2, entries.map(\.id.count).max() ?? 0)
    let lineWidth = max(4, entries.map { String($0.line).count }.max() ?? 0)
    func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    var out = ""
    var act: String?
    var chapter: String?
    for entry in entries {
      if entry.act != act {
        act = entry.act
        chapter = nil
        let heading = document.acts.first { $0.id == entry.act }.flatMap { document.heading(of: $0) } ?? ""
        out += (out.isEmpty ? "" : "\n") + "\(entry.act)  \(heading)\n"
        out += "  " + pad("CITATION", citationWidth) + "  " + pad("ID", idWidth) + "  " + pad("LINE", lineWidth)
          + "  TITLE / TEXT\n"
      }
      if let name = entry.chapter, name != chapter {
        chapter = name
        out += "  \(name)\n"
      }
      let label = entry.title ?? OutlineRenderer.excerpt(firstLine(entry.text))
      out += "  " + pad(entry.citation, citationWidth) + "  " + pad(entry.id, idWidth) + "  "
        + pad(String(entry.line), lineWidth) + "  " + label + "\n"
    }
    return out
  }

  /// RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheets open the Cyrillic text correctly.
  public static func csv(_ entries: [ArticleEntry]) -> String {
    var out = "\u{FEFF}id,act,citation,number,title,text,line\r\n"
    for entry in entries {
      let fields = [
        entry.id, entry.act, entry.citation, entry.number ?? "", entry.title ?? "", firstLine(entry.text),
        String(entry.line),
      ]
      out += fields.map(csvField).joined(separator: ",") + "\r\n"
    }
    return out
  }

  static func csvField(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  public static func json(_ entries: [ArticleEntry]) -> String {
    JSONValue.array(entries.map { entry in
      .object([
        "id": .string(entry.id), "act": .string(entry.act), "kind": .string(entry.kind.rawValue),
        "number": .optional(entry.number), "title": .optional(entry.title), "citation": .string(entry.citation),
        "chapter": .optional(entry.chapter), "line": .int(entry.line), "column": .int(entry.column),
        "text": .string(entry.text),
      ])
    }).rendered()
  }

  public static func markdown(_ entries: [ArticleEntry]) -> String {
    var out = "| Citation | Title | Line | Text |\n|---|---|---|---|\n"
    for entry in entries {
      let cells = [entry.citation, entry.title ?? "", String(entry.line), OutlineRenderer.excerpt(firstLine(entry.text))]
      out += "| " + cells.map(markdownCell).joined(separator: " | ") + " |\n"
    }
    return out
  }

  static func markdownCell(_ value: String) -> String {
    value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\n", with: " ")
  }
}
