import TreatyText

/// Builds the provisions of one act from its body blocks with a stack of open containers.
///
/// Each block is classified by its marker («Статья», «1.», «1)», a dash) and by what came before it (a colon
/// opens an enumeration; a full stop closes it), then placed under the innermost open container that may hold
/// it. Numbers are checked as they arrive; gaps and repeats become diagnostics, never renumbering.
struct TreeBuilder {
  let source: SourceText
  let blocks: [Block]
  let text: BlockText
  let markers: [Marker?]
  /// Tables and quotations by their first block, in detection order: looking them up by a scan of every table
  /// and quotation at every block made the build quadratic on a large file.
  let tables: [Int: [TableLayout]]
  let quotes: [Int: [ClosedRange<Int>]]
  /// Markers of quoted blocks' first lines, read after the opening quotation mark.
  let quotedMarkers: [Int: Marker]
  /// In a quotation's builder, the quoted markers laid over `markers`; nil in the file's own builder.
  let markerOverlay: [Int: Marker]?
  var trivia: [Trivia] = []
  var diagnostics: [Diagnostic] = []

  private var stack: [Frame] = []
  private var numbering = NumberingTracker()
  private var enumerationOpen = false
  private var introPending = false
  private var mode = Mode.body
  private var provisions = 0
  private var serial = 0

  private enum Mode { case body, formula, signatures }

  private struct Frame {
    var node: Node
    var serial: Int
    /// For lists: the kind of their entries; for indents and indent lists: the bullet depth.
    var entries: NodeKind? = nil
    var depth = 0
    var pointStyle = PointStyle.digit
  }

  enum PointStyle { case digit, letter }

  init(
    source: SourceText, blocks: [Block], text: BlockText, markers: [Marker?], tables: [TableLayout] = [],
    quotes: [ClosedRange<Int>] = [], quotedMarkers: [Int: Marker] = [:], markerOverlay: [Int: Marker]? = nil
  ) {
    self.source = source
    self.blocks = blocks
    self.text = text
    self.markers = markers
    self.tables = Dictionary(grouping: tables, by: \.blocks.lowerBound)
    self.quotes = Dictionary(grouping: quotes, by: \.lowerBound)
    self.quotedMarkers = quotedMarkers
    self.markerOverlay = markerOverlay
  }

  // MARK: - Acts

  mutating func buildAct(_ layout: ActLayout) -> Node {
    stack = [Frame(node: Node(kind: .act, range: SourceRange(0, 0)), serial: nextSerial())]
    numbering = NumberingTracker()
    enumerationOpen = false
    introPending = false
    mode = .body
    provisions = 0
    if !layout.title.isEmpty { appendLeaf(Node(kind: .title, range: .init(0, 0), textPieces: joined(layout.title))) }
    for note in layout.notes { appendLeaf(Node(kind: .note, range: .init(0, 0), textPieces: joined(note))) }
    if !layout.preamble.isEmpty {
      appendLeaf(Node(kind: .preamble, range: .init(0, 0), textPieces: joined(layout.preamble)))
    }
    var index = layout.body.lowerBound
    while index < layout.body.upperBound {
      if let table = tables[index]?.first(where: { $0.blocks.upperBound < layout.body.upperBound }) {
        placeTable(table)
        index = table.blocks.upperBound + 1
      } else if let quote = quotes[index]?.first(where: { $0.upperBound < layout.body.upperBound }) {
        placeQuoted(quote)
        index = quote.upperBound + 1
      } else {
        place(index)
        index += 1
      }
    }
    while stack.count > 1 { popFrame() }
    return stack[0].node
  }

  private func joined(_ indices: [Int]) -> [TextPiece] {
    var pieces: [TextPiece] = []
    for (position, index) in indices.enumerated() {
      var blockPieces = blocks[index].pieces
      if position > 0, !blockPieces.isEmpty { blockPieces[0].join = .paragraph }
      pieces += blockPieces
    }
    return pieces
  }

  // MARK: - Placing one block

  private func blockMarker(_ index: Int) -> Marker? {
    markerOverlay?[index] ?? markers[index]
  }

  private mutating func place(_ index: Int) {
    let block = blocks[index]
    if let marker = blockMarker(index) {
      if mode == .signatures && ![.article, .chapter, .section].contains(marker.kind) {
        placeAfterSignatures(index)
        return
      }
      mode = .body
      placeMarked(index, marker)
      return
    }
    if block.bulletDepth > 0 {
      placeIndent(index, marker: nil, depth: block.bulletDepth)
      return
    }
    if text.isNote(index) {
      closeEnumeration()
      popWhile(Self.paragraphLevel)
      appendLeaf(Node(kind: .note, range: .init(0, 0), textPieces: block.pieces))
      return
    }
    if text.isFinalFormula(index) {
      closeEnumeration()
      popWhile(Self.sectionLevel)
      appendLeaf(Node(kind: .finalFormula, range: .init(0, 0), textPieces: block.pieces))
      mode = .formula
      return
    }
    if mode != .body || (provisions > 0 && !enumerationOpen && !introPending && text.isSignature(index)) {
      placeAfterSignatures(index)
      return
    }
    if introPending || enumerationOpen {
      placeEnumeration(index)
      return
    }
    // «## Статья 3» then «## Реадмиссия граждан …»: an article's title in a heading of its own.
    if block.headingLevel > 0, topKind == .article, stack[stack.count - 1].node.titlePieces.isEmpty,
      stack[stack.count - 1].node.children.isEmpty
    {
      var pieces = block.pieces
      if !pieces.isEmpty { pieces[0].join = .paragraph }
      stack[stack.count - 1].node.titlePieces = pieces
      return
    }
    if block.headingLevel > 0 || (block.lineCount == 1 && text.isCapitalHeading(index)) {
      popWhile(Self.articleLevel)
      appendLeaf(Node(kind: .heading, range: .init(0, 0), textPieces: block.pieces))
      return
    }
    popWhile(Self.enumeration)
    appendLeaf(Node(kind: .alinea, range: .init(0, 0), textPieces: block.pieces))
    // An unnumbered paragraph is a provision too: a law of one sentence («Ратифицировать …») is then signed.
    provisions += 1
    introPending = text.endsWithColon(index)
  }

  /// A flattened table of legal acts: captions and sub-headings as headings, each row with the act's name as its
  /// title and the requisites cell as its text.
  private mutating func placeTable(_ table: TableLayout) {
    closeEnumeration()
    popWhile(Self.paragraphLevel)
    push(Node(kind: .table, range: .init(0, 0)))
    let tableSerial = stack[stack.count - 1].serial
    let names = Set(table.rows.compactMap(\.nameBlock))
    for index in table.blocks where !names.contains(index) {
      guard let row = table.rows.first(where: { $0.block == index }) else {
        appendLeaf(Node(kind: .heading, range: .init(0, 0), textPieces: blocks[index].pieces))
        continue
      }
      let parts = PieceSplitting.split(row.cell, at: row.marker.range.upperBound, skipping: row.marker.restStart)
      if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
      check(.row, row.marker, scope: tableSerial)
      appendLeaf(Node(kind: .row, number: row.marker.number, range: .init(0, 0), label: parts.before,
        titlePieces: row.name, textPieces: parts.after))
    }
    popFrame()
  }

  /// The new wording an amendment quotes, parsed as provisions of its own inside a `quotedStructure` node of the
  /// amending provision, with its own numbering.
  private mutating func placeQuoted(_ range: ClosedRange<Int>) {
    closeEnumeration()
    popWhile(Self.enumeration)
    var inner = TreeBuilder(
      source: source, blocks: blocks, text: text, markers: markers, markerOverlay: quotedMarkers)
    inner.stack = [Frame(node: Node(kind: .quotedStructure, range: .init(0, 0)), serial: inner.nextSerial())]
    for index in range { inner.place(index) }
    while inner.stack.count > 1 { inner.popFrame() }
    trivia += inner.trivia
    diagnostics += inner.diagnostics
    appendLeaf(inner.stack[0].node)
  }

  /// Text after the final formula: more of the formula, then signature blocks; anything else is reported.
  private mutating func placeAfterSignatures(_ index: Int) {
    let block = blocks[index]
    popWhile(Self.sectionLevel)
    if text.isSignature(index) {
      mode = .signatures
      if text.isPersonName(index), var last = stack[stack.count - 1].node.children.last, last.kind == .signature {
        var pieces = block.pieces
        if !pieces.isEmpty { pieces[0].join = .paragraph }
        last.textPieces += pieces
        stack[stack.count - 1].node.children[stack[stack.count - 1].node.children.count - 1] = last
      } else {
        appendLeaf(Node(kind: .signature, range: .init(0, 0), textPieces: block.pieces))
      }
      return
    }
    // «За Правительство» / «Республики Казахстан»: a signature block broken over lines continues.
    if mode == .signatures, var last = stack[stack.count - 1].node.children.last, last.kind == .signature,
      text[index].utf8.count < 120, let final = text[index].last, !".;:".contains(final)
    {
      var pieces = block.pieces
      if !pieces.isEmpty { pieces[0].join = .paragraph }
      last.textPieces += pieces
      stack[stack.count - 1].node.children[stack[stack.count - 1].node.children.count - 1] = last
      return
    }
    if mode == .formula, var last = stack[stack.count - 1].node.children.last, last.kind == .finalFormula {
      var pieces = block.pieces
      if !pieces.isEmpty { pieces[0].join = .paragraph }
      last.textPieces += pieces
      stack[stack.count - 1].node.children[stack[stack.count - 1].node.children.count - 1] = last
      return
    }
    diagnostics.append(
      Diagnostic(
        code: "structure.text-after-signatures", severity: .warning,
        message: "text after the signatures is not part of any provision", range: block.range))
    appendLeaf(Node(kind: .unrecognized, range: .init(0, 0), textPieces: block.pieces))
  }

  /// A warning about how a heading's marker was read, pointing at the marker.
  private mutating func warn(about marker: Marker, _ code: String, _ message: String) {
    diagnostics.append(Diagnostic(
      code: code, severity: .warning, message: message, range: SourceRange(marker.range.lowerBound, marker.range.upperBound)))
  }

  private mutating func placeMarked(_ index: Int, _ marker: Marker) {
    let block = blocks[index]
    if marker.usedLookalikes {
      warn(about: marker, "structure.lookalike-letters",
        "the heading is spelled with Latin letters that look Cyrillic; read as a \(marker.kind) heading")
    }
    if marker.misspelled {
      warn(about: marker, "structure.misspelled-keyword",
        "«\(text[index].prefix(20))» reads as a misspelled \(marker.kind) heading; read as \(marker.kind) \(marker.number)")
    }
    switch marker.kind {
    case .article:
      placeHeaded(index, marker, kind: .article, popping: Self.articleLevel)
    case .chapter:
      placeHeaded(index, marker, kind: .chapter, popping: Self.chapterLevel)
    case .section:
      placeHeaded(index, marker, kind: .section, popping: Self.sectionLevel)
    case .subsection:
      placeHeaded(index, marker, kind: .subsection, popping: Self.subsectionLevel)
    case .paragraph:
      if isNumberedChapterHeading(index, marker) {
        placeHeaded(index, marker, kind: .chapter, popping: Self.chapterLevel)
      } else {
        if block.headingLevel > 0 {
          diagnostics.append(
            Diagnostic(
              code: "structure.heading-as-point", severity: .note,
              message: "heading «\(text[index])» continues the point numbering; read as point \(marker.number)",
              range: block.range))
        }
        placeParagraph(index, marker)
      }
    case .point:
      placePoint(index, marker)
    case .dash:
      placeIndent(index, marker: marker, depth: max(1, block.bulletDepth))
    case .footnote:
      closeEnumeration()
      popWhile(Self.alineaLevel)
      let parts = PieceSplitting.split(block.pieces, at: marker.range.upperBound, skipping: marker.restStart)
      if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
      appendLeaf(Node(kind: .footnote, number: marker.number, range: .init(0, 0), label: parts.before, textPieces: parts.after))
    }
  }

  /// «1. Общие положения» as a Markdown heading, or a short unpunctuated line followed by a point: a chapter.
  /// A heading that continues the point numbering and introduces sub-points («12. Административная полиция:»)
  /// is a point that was marked up as a heading.
  private func isNumberedChapterHeading(_ index: Int, _ marker: Marker) -> Bool {
    let block = blocks[index]
    let expectedPoint = numbering.last(.paragraph, scope: paragraphScope()).map { $0 + 1 } ?? 1
    let introducesPoints = text.endsWithColon(index)
      || (index + 1 < blocks.count && blockMarker(index + 1)?.kind == .point)
    if block.headingLevel > 0 {
      if marker.value == expectedPoint && introducesPoints && expectedPoint > 1 { return false }
      return true
    }
    let line = text[index]
    // A heading ends in a letter; «3. Дата и место рождения ____» is a field of a form.
    guard block.lineCount == 1, line.utf8.count <= 160, let last = line.last, last.isLetter else { return false }
    return index + 1 < blocks.count && blockMarker(index + 1)?.kind == .paragraph
  }

  private mutating func placeHeaded(_ index: Int, _ marker: Marker, kind: NodeKind, popping: Set<NodeKind>) {
    closeEnumeration()
    popWhile(popping)
    let parts = PieceSplitting.split(blocks[index].pieces, at: marker.range.upperBound, skipping: marker.restStart)
    if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
    check(kind, marker, scope: kind == .article || kind == .chapter || kind == .section ? actScope() : containerScope())
    provisions += 1
    push(Node(kind: kind, number: marker.number, range: .init(0, 0), label: parts.before, titlePieces: parts.after))
  }

  private mutating func placeParagraph(_ index: Int, _ marker: Marker) {
    closeEnumeration()
    popWhile(Self.alineaLevel)
    let parts = PieceSplitting.split(blocks[index].pieces, at: marker.range.upperBound, skipping: marker.restStart)
    if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
    check(.paragraph, marker, scope: paragraphScope())
    provisions += 1
    push(Node(kind: .paragraph, number: marker.number, range: .init(0, 0), label: parts.before, textPieces: parts.after))
    introPending = text.endsWithColon(index)
  }

  private mutating func placePoint(_ index: Int, _ marker: Marker) {
    closeEnumeration()
    let style: PointStyle = Int(marker.number) == nil ? .letter : .digit
    while stack.count > 1 {
      let (kind, entries, pointStyle) = (topKind, topEntries, stack[stack.count - 1].pointStyle)
      if kind == .item || kind == .indent || (kind == .list && entries != .point) {
        popFrame()
      } else if kind == .point && pointStyle == style {
        popFrame()
      } else if kind == .list && entries == .point && pointStyle != style {
        popFrame()
      } else {
        break
      }
    }
    if !(topKind == .list && topEntries == .point) {
      push(Node(kind: .list, range: .init(0, 0)), entries: .point, pointStyle: style)
    }
    let parts = PieceSplitting.split(blocks[index].pieces, at: marker.range.upperBound, skipping: marker.restStart)
    if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
    if marker.value != nil { check(.point, marker, scope: stack[stack.count - 1].serial) }
    provisions += 1
    push(Node(kind: .point, number: marker.number, range: .init(0, 0), label: parts.before, textPieces: parts.after),
      pointStyle: style)
    introPending = text.endsWithColon(index)
  }

  /// Bullets nested deeper than this are read at this depth, so that no input can make the tree (and the
  /// recursion over it) arbitrarily deep.
  static let maximumBulletDepth = 32

  /// Dash entries; Markdown nesting puts a deeper bullet under the entry above it.
  private mutating func placeIndent(_ index: Int, marker: Marker?, depth requested: Int) {
    closeEnumeration()
    let depth = min(requested, Self.maximumBulletDepth)
    if requested > Self.maximumBulletDepth {
      diagnostics.append(Diagnostic(
        code: "structure.nesting-limit", severity: .warning,
        message: "a list nested \(requested) levels deep is read as \(Self.maximumBulletDepth) levels",
        range: blocks[index].range))
    }
    while stack.count > 1 {
      let (kind, entries, topDepth) = (topKind, topEntries, stack[stack.count - 1].depth)
      if kind == .item || (kind == .list && entries == .item) {
        popFrame()
      } else if kind == .indent && topDepth >= depth {
        popFrame()
      } else if kind == .list && entries == .indent && stack.count >= 2
        && stack[stack.count - 2].node.kind == .indent && stack[stack.count - 2].depth >= depth
      {
        popFrame()
      } else {
        break
      }
    }
    if !(topKind == .list && topEntries == .indent) {
      push(Node(kind: .list, range: .init(0, 0)), entries: .indent, depth: depth)
    }
    var label: [TextPiece] = []
    var body = blocks[index].pieces
    if let marker {
      let parts = PieceSplitting.split(body, at: marker.range.upperBound, skipping: marker.restStart)
      if let gap = parts.gap { trivia.append(Trivia(.separator, gap)) }
      label = parts.before
      body = parts.after
    }
    provisions += 1
    push(Node(kind: .indent, range: .init(0, 0), label: label, textPieces: body), depth: depth)
    introPending = text.endsWithColon(index)
  }

  /// Entries of an enumeration introduced by a colon; one block may hold several, separated by semicolons.
  private mutating func placeEnumeration(_ index: Int) {
    if !enumerationOpen {
      popWhile(Self.poppedForItem)
      push(Node(kind: .list, range: .init(0, 0)), entries: .item)
      enumerationOpen = true
      introPending = false
    }
    let items = source.bytes.withUnsafeBufferPointer { buffer in
      PieceSplitting.splitAtSemicolons(blocks[index].pieces, buffer: buffer, trivia: &trivia)
    }
    for item in items { appendLeaf(Node(kind: .item, range: .init(0, 0), textPieces: item)) }
    provisions += 1
    if let last = text[index].last, !";,:".contains(last) { closeEnumeration() }
  }

  private mutating func closeEnumeration() {
    introPending = false
    guard enumerationOpen else { return }
    enumerationOpen = false
    while stack.count > 1, topKind != .list || topEntries != .item { popFrame() }
    if stack.count > 1 { popFrame() }
  }

  // MARK: - Numbering

  private func actScope() -> Int { stack[0].serial }

  private func containerScope() -> Int {
    stack.lastIndex { $0.node.kind == .act || $0.node.kind == .chapter || $0.node.kind == .section }
      .map { stack[$0].serial } ?? stack[0].serial
  }

  /// Points («1.») are numbered within their article, or through the whole act when it has no articles.
  private func paragraphScope() -> Int {
    stack.lastIndex { $0.node.kind == .article || $0.node.kind == .subsection }.map { stack[$0].serial } ?? stack[0].serial
  }

  private mutating func check(_ kind: NodeKind, _ marker: Marker, scope: Int) {
    guard let diagnostic = numbering.record(kind, marker: marker, scope: scope) else { return }
    diagnostics.append(Diagnostic(
      code: diagnostic.code, severity: .warning, message: diagnostic.message,
      range: SourceRange(marker.range.lowerBound, marker.range.upperBound), note: diagnostic.note))
  }

  // MARK: - Stack

  private mutating func nextSerial() -> Int {
    serial += 1
    return serial
  }

  private mutating func push(_ node: Node, entries: NodeKind? = nil, depth: Int = 0, pointStyle: PointStyle = .digit) {
    stack.append(Frame(node: node, serial: nextSerial(), entries: entries, depth: depth, pointStyle: pointStyle))
  }

  private mutating func popFrame() {
    guard stack.count > 1, let frame = stack.popLast() else { return }
    stack[stack.count - 1].node.children.append(frame.node)
  }

  // The kinds each placement closes, made once: a `Set` literal at every call was built and hashed anew for every
  // block of the document.
  private static let poppedForItem: Set<NodeKind> = [.item]
  private static let enumeration: Set<NodeKind> = [.list, .point, .indent, .item]
  private static let paragraphLevel = enumeration.union([.paragraph])
  private static let alineaLevel = paragraphLevel.union([.alinea])
  private static let subsectionLevel = paragraphLevel.union([.subsection])
  private static let articleLevel = subsectionLevel.union([.article])
  private static let chapterLevel = articleLevel.union([.chapter])
  private static let sectionLevel = chapterLevel.union([.section])

  private mutating func popWhile(_ kinds: Set<NodeKind>) {
    while stack.count > 1, kinds.contains(topKind) { popFrame() }
  }

  /// The innermost open frame's kind and entries, read where the frame lies: `stack.last` copied the frame, its
  /// node and each of the node's strings and arrays, for every block placed.
  private var topKind: NodeKind { stack[stack.count - 1].node.kind }
  private var topEntries: NodeKind? { stack[stack.count - 1].entries }

  private mutating func appendLeaf(_ node: Node) {
    stack[stack.count - 1].node.children.append(node)
  }
}
