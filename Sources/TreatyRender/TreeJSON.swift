import TreatyStructure
import TreatyText

/// The whole tree as JSON (`treaty parse --format json`), the format of the corpus's golden files.
public enum TreeJSON {
  public static let schemaVersion = 1

  /// Written member by member in sorted key order, the same bytes `JSONValue` would give, without building the tree
  /// of values first.
  public static func render(_ document: Document) -> String { String(decoding: renderUTF8(document), as: UTF8.self) }

  /// The same JSON as UTF-8 bytes.
  public static func renderUTF8(_ document: Document) -> [UInt8] {
    // The JSON of a tree runs to about two and a half times the text.
    var writer = JSONWriter(capacity: document.source.bytes.count * 5 / 2)
    write(document, to: &writer)
    return writer.finishUTF8()
  }

  /// The same JSON handed to `output` in chunks of about a megabyte, in order: `treaty parse` writes a large file's
  /// tree out as it goes instead of holding its JSON (two and a half times the text) in memory.
  public static func stream(_ document: Document, to output: @escaping ([UInt8]) -> Void) {
    var writer = JSONWriter(drainingTo: output)
    write(document, to: &writer)
    output(writer.finishUTF8())
  }

  private static func write(_ document: Document, to writer: inout JSONWriter) {
    writer.openObject()
    writer.key("acts")
    writer.array(document.acts) { writer, act in write(act, in: document, to: &writer) }
    writer.key("encoding")
    writer.string(document.source.encoding.rawValue)
    writer.key("file")
    writer.string(document.source.name)
    writer.key("schemaVersion")
    writer.int(schemaVersion)
    writer.closeObject()
  }

  private static func write(_ node: Node, in document: Document, to writer: inout JSONWriter) {
    writer.openObject()
    writer.key("children")
    writer.array(node.children) { writer, child in write(child, in: document, to: &writer) }
    writer.key("citation")
    writer.string(node.citation.isEmpty ? nil : node.citation)
    writer.key("id")
    writer.string(node.id)
    writer.key("kind")
    writer.string(node.kind.rawValue)
    writer.key("number")
    writer.string(node.number)
    writer.key("range")
    write(node.range, in: document.source, to: &writer)
    let text = document.text(of: node)
    writer.key("text")
    writer.string(text.isEmpty ? nil : text)
    writer.key("title")
    writer.string(document.title(of: node))
    writer.closeObject()
  }

  /// `range(range, in: source)` written straight to the writer: a value tree for every node's range was a fifth
  /// of writing a large file's JSON.
  private static func write(_ range: SourceRange, in source: SourceText, to writer: inout JSONWriter) {
    writer.openObject()
    writer.key("end")
    write(source.location(of: range.end), to: &writer)
    writer.key("start")
    write(source.location(of: range.start), to: &writer)
    writer.closeObject()
  }

  private static func write(_ location: SourceLocation, to writer: inout JSONWriter) {
    writer.openObject()
    writer.key("column")
    writer.int(location.column)
    writer.key("line")
    writer.int(location.line)
    writer.key("offset")
    writer.int(location.offset)
    writer.closeObject()
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
