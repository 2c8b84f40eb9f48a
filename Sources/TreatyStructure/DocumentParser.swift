import TreatyText

/// The structure stage's entry point: a decoded source in, a lossless tree of provisions out. Never throws.
public enum DocumentParser {
  /// How the layout of a file is read.
  public enum Flavor: String, Sendable, CaseIterable {
    /// Plain text, typically extracted from a PDF: hard wraps, indented paragraph starts, page breaks.
    case plain
    case markdown
  }

  public static func parse(_ source: SourceText, flavor: Flavor? = nil) -> Document {
    let flavor = flavor ?? detectFlavor(source)
    var layout = LayoutBuilder(source: source, markdown: flavor == .markdown).build()
    let text = BlockText(blocks: layout.blocks, source: source)
    let markers: [Marker?] = source.bytes.withUnsafeBufferPointer { buffer in
      layout.blocks.map { block in
        guard let first = block.pieces.first,
          let marker = MarkerScanner.scan(buffer, start: first.range.start, end: first.range.end)
        else { return nil }
        // Footnotes open at the left margin; an indented «2021<tab>» is a table cell, not a footnote.
        if marker.kind == .footnote && block.indent > 0 { return nil }
        return marker
      }
    }
    let actLayouts = layout.blocks.isEmpty ? [] : ActSegmenter.segment(
      text, count: layout.blocks.count, markers: markers, blocks: layout.blocks)
    let tables = source.bytes.withUnsafeBufferPointer { buffer in
      TableDetector.detect(buffer, blocks: layout.blocks, text: text, markers: markers)
    }
    let quotes = QuotedStructures.ranges(text, count: layout.blocks.count)
    var quotedMarkers: [Int: Marker] = [:]
    source.bytes.withUnsafeBufferPointer { buffer in
      for range in quotes {
        if let marker = QuotedStructures.marker(buffer, block: layout.blocks[range.lowerBound]) {
          quotedMarkers[range.lowerBound] = marker
        }
      }
    }
    var builder = TreeBuilder(
      source: source, blocks: layout.blocks, text: text, markers: markers, tables: tables, quotes: quotes,
      quotedMarkers: quotedMarkers)
    var acts = actLayouts.map { builder.buildAct($0) }
    Identifiers.assign(&acts)
    layout.trivia += builder.trivia
    layout.trivia.sort { $0.range < $1.range }
    var diagnostics = layout.diagnostics + builder.diagnostics
    if layout.blocks.isEmpty {
      diagnostics.append(Diagnostic(
        code: "document.no-text", severity: .warning, message: "the file has no text, only whitespace",
        range: SourceRange(0, 0)))
    }
    for act in acts {
      act.forEach { node, _ in
        guard node.kind == .article || node.kind == .chapter || node.kind == .paragraph, node.children.isEmpty,
          node.textPieces.isEmpty
        else { return }
        diagnostics.append(Diagnostic(
          code: "structure.empty-provision", severity: .warning, message: "\(node.citation) has no text",
          range: node.range))
      }
    }
    for repair in source.decoded.repairs {
      diagnostics.append(Diagnostic(code: "decode.repaired", severity: .warning, message: repair, range: SourceRange(0, 0)))
    }
    diagnostics.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.code < $1.code }
    return Document(source: source, acts: acts, trivia: layout.trivia, diagnostics: diagnostics)
  }

  /// Markdown when headings, bold markers or escapes appear at line starts often enough; plain text otherwise.
  public static func detectFlavor(_ source: SourceText) -> Flavor {
    // Text extracted from RTF or HTML has one paragraph per block already; Markdown signs in it are text.
    if source.decoded.format != .text { return .plain }
    if source.name.hasSuffix(".md") || source.name.hasSuffix(".markdown") { return .markdown }
    var signals = 0
    source.bytes.withUnsafeBufferPointer { buffer in
      for start in source.lineStarts.prefix(2000) where start + 2 < buffer.count {
        if buffer[start] == 0x23 && (buffer[start + 1] == 0x20 || buffer[start + 1] == 0x23) { signals += 1 }
        if buffer[start] == 0x2A && buffer[start + 1] == 0x2A { signals += 1 }
      }
    }
    return signals >= 3 ? .markdown : .plain
  }
}
