import TreatyText

/// The layout stage: lines to blocks, with trivia and repairs recorded.
struct LayoutResult: Sendable {
  var blocks: [Block]
  var trivia: [Trivia]
  var diagnostics: [Diagnostic]
}

/// Joins physical lines into blocks. A block starts at a blank line, an indented line (PDF text), a Markdown
/// heading or bullet, or a numbering marker; otherwise a line continues the block above it. A line after a page
/// break still continues a sentence that the break cut (no closing punctuation before, a lowercase start after).
struct LayoutBuilder {
  let source: SourceText
  let markdown: Bool

  func build() -> LayoutResult {
    var trivia: [Trivia] = []
    var diagnostics: [Diagnostic] = []
    var lines = LineScanner(source: source, markdown: markdown).scan(into: &trivia)
    source.bytes.withUnsafeBufferPointer { buffer in
      if !markdown { repairDisplacedText(buffer, &lines, &trivia, &diagnostics) }
      reportRepairs(buffer, &lines, &diagnostics)
    }
    markPageBreaks(lines, &trivia)
    let blocks = source.bytes.withUnsafeBufferPointer { buffer in assemble(buffer, lines) }
    return LayoutResult(blocks: blocks, trivia: trivia, diagnostics: diagnostics)
  }

  private func assemble(_ buffer: UnsafeBufferPointer<UInt8>, _ lines: [LayoutLine]) -> [Block] {
    let baseIndent = Self.baseIndent(lines)
    var blocks: [Block] = []
    var current: Block?
    var blankBefore = true
    var previousWasHeading = false
    var currentIsHeading = false
    // The width of the line before is needed only after a blank line, so it is measured only then.
    var previousLine: LayoutLine?
    for line in lines {
      if line.isBlank {
        blankBefore = true
        continue
      }
      var marker = MarkerScanner.scan(buffer, start: line.contentStart, end: line.contentEnd)
      if marker != nil, !blankBefore, !previousWasHeading, line.indent <= baseIndent, line.headingLevel == 0,
        line.bulletDepth == 0, let block = current, endsMidSentence(buffer, block)
      {
        // «…членам\nСтатья 10 Закона № 1296-XII…»: a wrapped sentence, not a heading.
        marker = nil
      }
      let startsBlock: Bool
      if current == nil || line.headingLevel > 0 || line.bulletDepth > 0 || marker != nil || previousWasHeading {
        startsBlock = true
      } else if blankBefore {
        // Only a full line can have been cut by a page break; a short one ended where the author ended it.
        startsBlock = currentIsHeading || previousLine.map { width(buffer, $0) < Self.minimumWrappedWidth } ?? true
          || !continuesSentence(buffer, current, line, baseIndent: baseIndent)
      } else {
        startsBlock = (!markdown && line.indent > baseIndent) || startsSignature(buffer, after: current, line)
      }
      if startsBlock {
        if let block = current { blocks.append(block) }
        currentIsHeading = marker.map { [.article, .chapter, .section, .subsection].contains($0.kind) } ?? false
        var pieces = line.pieces
        if !pieces.isEmpty { pieces[0].join = .line }
        current = Block(
          pieces: pieces, firstLine: line.index, lastLine: line.index, indent: line.indent,
          headingLevel: line.headingLevel, bulletDepth: line.bulletDepth, afterBlank: blankBefore,
          needsRepair: line.needsRepair)
      } else if var block = current {
        // Let go of `current` first: while it shares the pieces, appending would copy them for every line.
        current = nil
        block.pieces.append(contentsOf: line.pieces)
        block.needsRepair = block.needsRepair || line.needsRepair
        block.lastLine = line.index
        current = block
      }
      previousWasHeading = line.headingLevel > 0
      previousLine = line
      blankBefore = false
    }
    if let block = current { blocks.append(block) }
    return blocks
  }

  /// The indentation of wrapped continuation lines: the most common indentation of non-blank lines. A PDF export
  /// indents a paragraph's first line (by six spaces in the agreements, by one in the report) and not the rest.
  /// Counted over lines that follow a non-blank line; with fewer than `minimumSample` of them there is no
  /// evidence, and any indentation starts a paragraph.
  static func baseIndent(_ lines: [LayoutLine]) -> Int {
    var counts: [Int: Int] = [:]
    var sample = 0
    for index in lines.indices.dropFirst() where !lines[index].isBlank && !lines[index - 1].isBlank {
      counts[lines[index].indent, default: 0] += 1
      sample += 1
    }
    guard sample >= minimumSample else { return 0 }
    return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
  }

  static let minimumSample = 20

  /// Columns (in characters) from the line start to its last content character.
  static let minimumWrappedWidth = 40

  private func width(_ buffer: UnsafeBufferPointer<UInt8>, _ line: LayoutLine) -> Int {
    let start = source.lineStarts[line.index]
    var count = 0
    for index in start..<line.contentEnd where buffer[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// A page break or a stray blank line inside a sentence: the block above ends without closing punctuation and
  /// this line starts with a lowercase letter or a comma, unindented.
  private func continuesSentence(
    _ buffer: UnsafeBufferPointer<UInt8>, _ block: Block?, _ line: LayoutLine, baseIndent: Int
  ) -> Bool {
    guard let block, block.headingLevel == 0, line.indent <= baseIndent || markdown, let last = block.pieces.last,
      let first = line.pieces.first
    else { return false }
    let lastByte = buffer[last.range.end - 1]
    if [0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(lastByte) { return false }
    let (scalar, _) = Bytes.scalar(buffer, at: first.range.start)
    return Bytes.isLowercaseLetter(scalar) || scalar == 0x2C
  }

  /// The block so far stops without closing punctuation, so the next line continues its sentence.
  private func endsMidSentence(_ buffer: UnsafeBufferPointer<UInt8>, _ block: Block) -> Bool {
    guard block.headingLevel == 0, let last = block.pieces.last else { return false }
    return ![0x2E, 0x3B, 0x3A, 0x21, 0x3F].contains(buffer[last.range.end - 1])
  }

  /// «З а  П р а в и т е л ь с т в о» or «За Правительство» straight after a sentence's full stop: the
  /// signature block of a PDF export, which is not indented and not set off by a blank line.
  private func startsSignature(_ buffer: UnsafeBufferPointer<UInt8>, after block: Block?, _ line: LayoutLine) -> Bool {
    guard let last = block?.pieces.last, buffer[last.range.end - 1] == 0x2E, let first = line.pieces.first else {
      return false
    }
    let start = first.range.start
    return Self.signatureOpeners.contains { prefix in
      start + prefix.count <= first.range.end && prefix.indices.allSatisfy { buffer[start + $0] == prefix[$0] }
    }
  }

  private static let signatureOpeners: [[UInt8]] = [Array("За ".utf8), Array("З а ".utf8), Array("ЗА ".utf8)]

  private func repairDisplacedText(
    _ buffer: UnsafeBufferPointer<UInt8>, _ lines: inout [LayoutLine], _ trivia: inout [Trivia],
    _ diagnostics: inout [Diagnostic]
  ) {
    for index in lines.indices {
      guard let repair = DisplacedTextRepair.find(buffer, line: lines[index]) else { continue }
      let fragment = String(decoding: buffer[repair.fragment], as: UTF8.self)
      let home = source.location(of: repair.gap.lowerBound)
      DisplacedTextRepair.apply(repair, to: &lines[index], trivia: &trivia)
      diagnostics.append(
        Diagnostic(
          code: "layout.displaced-text", severity: .note,
          message: "moved «\(fragment)» from the line end back to column \(home.column), where the PDF export cut it out",
          range: SourceRange(repair.fragment.lowerBound, repair.fragment.upperBound)))
    }
  }

  /// Reports glued words and letter spacing, and marks the lines that have them: a block of unmarked lines reads
  /// as written, so deriving its text skips the search for repairs.
  private func reportRepairs(
    _ buffer: UnsafeBufferPointer<UInt8>, _ lines: inout [LayoutLine], _ diagnostics: inout [Diagnostic]
  ) {
    for index in lines.indices {
      for piece in lines[index].pieces
      where RepairPrefilter.mayNeedRepair(buffer, start: piece.range.start, end: piece.range.end) {
        let boundaries = GluedWords.boundaries(buffer, start: piece.range.start, end: piece.range.end)
        let runs = LetterSpacing.runs(buffer, start: piece.range.start, end: piece.range.end)
        if !boundaries.isEmpty || !runs.isEmpty { lines[index].needsRepair = true }
        for boundary in boundaries {
          var from = boundary
          while from > piece.range.start && buffer[from - 1] != 0x20 { from -= 1 }
          var to = boundary
          while to < piece.range.end && buffer[to] != 0x20 { to += 1 }
          let first = String(decoding: buffer[from..<boundary], as: UTF8.self)
          let second = String(decoding: buffer[boundary..<to], as: UTF8.self)
          diagnostics.append(Diagnostic(
            code: "layout.glued-words", severity: .note,
            message: "read glued «\(first)\(second)» as «\(first) \(second)»", range: SourceRange(from, to)))
        }
        for run in runs {
          let written = String(decoding: buffer[run], as: UTF8.self)
          var closed: [UInt8] = []
          LetterSpacing.close(buffer, start: run.lowerBound, end: run.upperBound, into: &closed)
          diagnostics.append(
            Diagnostic(
              code: "layout.letter-spacing", severity: .note,
              message: "read letter-spaced «\(written)» as «\(String(decoding: closed, as: UTF8.self))»",
              range: SourceRange(run.lowerBound, run.upperBound)))
        }
      }
    }
  }

  /// Runs of three or more blank lines are where a PDF page ended; their trivia says so.
  private func markPageBreaks(_ lines: [LayoutLine], _ trivia: inout [Trivia]) {
    // The bytes of each run's lines, in order: a trivia is in a break when its start is, with no line lookup.
    var breaks: [Range<Int>] = []
    var runStart: Int?
    for line in lines {
      if line.isBlank {
        if runStart == nil { runStart = line.index }
      } else if let start = runStart {
        if line.index - start >= 3 { breaks.append(source.lineStarts[start]..<source.lineStarts[line.index]) }
        runStart = nil
      }
    }
    guard !breaks.isEmpty else { return }
    for index in trivia.indices where trivia[index].kind == .blankLine || trivia[index].kind == .lineBreak {
      if Self.isInside(breaks, trivia[index].range.start) { trivia[index].kind = .pageBreak }
    }
  }

  /// Whether `offset` lies in one of the ordered, disjoint `ranges` (a binary search).
  private static func isInside(_ ranges: [Range<Int>], _ offset: Int) -> Bool {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low < ranges.count && ranges[low].contains(offset)
  }
}
