import TreatyStructure

/// Diagnostics as a compiler prints them: `file:line:col: warning: message [code]`, with the note indented below.
public enum DiagnosticRenderer {
  public static func render(_ document: Document) -> String {
    var out = ""
    for diagnostic in document.diagnostics {
      let location = document.source.location(of: diagnostic.range.start)
      out += "\(document.source.name):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
      out += "\(diagnostic.message) [\(diagnostic.code)]\n"
      if let note = diagnostic.note { out += "  note: \(note)\n" }
    }
    return out
  }
}
