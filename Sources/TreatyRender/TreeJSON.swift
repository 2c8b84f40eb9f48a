import TreatyStructure
import TreatyText

/// The whole tree as JSON (`treaty parse --format json`), the format of the corpus's golden files.
public enum TreeJSON {
  public static let schemaVersion = 1

  public static func render(_ document: Document) -> String {
    JSONValue.object([
      "schemaVersion": .int(schemaVersion),
      "file": .string(document.source.name),
      "encoding": .string(document.source.encoding.rawValue),
      "acts": .array(document.acts.map { node($0, in: document) }),
    ]).rendered()
  }

  public static func node(_ node: Node, in document: Document) -> JSONValue {
    let text = document.text(of: node)
    return .object([
      "kind": .string(node.kind.rawValue),
      "id": .string(node.id),
      "number": .optional(node.number),
      "title": .optional(document.title(of: node)),
      "citation": node.citation.isEmpty ? .null : .string(node.citation),
      "text": text.isEmpty ? .null : .string(text),
      "range": range(node.range, in: document.source),
      "children": .array(node.children.map { self.node($0, in: document) }),
    ])
  }

  public static func range(_ range: SourceRange, in source: SourceText) -> JSONValue {
    .object(["start": location(source.location(of: range.start)), "end": location(source.location(of: range.end))])
  }

  static func location(_ location: SourceLocation) -> JSONValue {
    .object(["offset": .int(location.offset), "line": .int(location.line), "column": .int(location.column)])
  }

  public static func diagnostics(_ document: Document) -> String {
    JSONValue.array(document.diagnostics.map { diagnostic in
      .object([
        "code": .string(diagnostic.code),
        "severity": .string(diagnostic.severity.rawValue),
        "message": .string(diagnostic.message),
        "note": .optional(diagnostic.note),
        "range": range(diagnostic.range, in: document.source),
      ])
    }).rendered()
  }
}
