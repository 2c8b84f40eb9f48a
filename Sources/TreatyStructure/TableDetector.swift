import TreatyText

/// Finds tables of legal acts that a PDF export flattened into lines: each row is the act's name followed by a
/// numbered requisites cell («2. от 30 июля 2002 года № 133 (Ведомости …)»), sometimes on the same line
/// («Конституция Кыргызской Республики 1. Принята референдумом …»). Three or more such rows close together make
/// a table; short capitalised lines just before the first row are its caption.
struct TableLayout: Sendable {
  struct Row: Sendable {
    /// The block holding only the act's name, when it stands alone (it is consumed by the row).
    var nameBlock: Int?
    /// The act's name: its own block, the text before the number on the same line, or the tail of the previous
    /// row's block where the export glued the next name on.
    var name: [TextPiece]
    /// The requisites cell, starting with its number («2.»).
    var cell: [TextPiece]
    var block: Int
    var marker: Marker
  }

  var blocks: ClosedRange<Int>
  var rows: [Row]
}

enum TableDetector {
  static let minimumRows = 3
  /// Blocks between two rows (running heads, sub-headings) that still keep them in one table.
  static let maximumGap = 3

  static func detect(_ buffer: UnsafeBufferPointer<UInt8>, blocks: [Block], text: BlockText, markers: [Marker?])
    -> [TableLayout]
  {
    var rows: [TableLayout.Row] = []
    var carried: [TextPiece] = []
    for index in blocks.indices {
      var name: [TextPiece] = []
      var nameBlock: Int?
      var cell = blocks[index].pieces
      let rowMarker: Marker
      if let marker = markers[index], marker.kind == .paragraph,
        isRequisites(buffer, marker.restStart, blocks[index].pieces.first?.range.end ?? 0)
      {
        rowMarker = marker
        let previous = index - 1
        if !carried.isEmpty {
          name = carried
        } else if previous >= 0, markers[previous] == nil, rows.last?.block != previous,
          !text[previous].hasSuffix(":"), !text[previous].hasSuffix(";")
        {
          name = blocks[previous].pieces
          nameBlock = previous
        }
      } else if markers[index] == nil, let (offset, marker) = inlineRow(buffer, blocks[index]) {
        rowMarker = marker
        let parts = PieceSplitting.split(cell, at: offset)
        name = parts.before
        cell = parts.after
        if !cell.isEmpty { cell[0].join = .line }
      } else {
        giveBack(&carried, to: &rows)
        continue
      }
      let (own, tail) = splitNextName(buffer, cell)
      carried = tail
      rows.append(.init(nameBlock: nameBlock, name: name, cell: own, block: index, marker: rowMarker))
    }
    giveBack(&carried, to: &rows)
    var tables: [TableLayout] = []
    var group: [TableLayout.Row] = []
    func flush() {
      defer { group = [] }
      guard group.count >= minimumRows, let first = group.first, let last = group.last else { return }
      var start = first.nameBlock ?? first.block
      while start > 0 && start - (first.nameBlock ?? first.block) > -2 && isCaption(text, markers, start - 1) {
        start -= 1
      }
      tables.append(TableLayout(blocks: start...last.block, rows: group))
    }
    for row in rows {
      let start = row.nameBlock ?? row.block
      if let previous = group.last, start - previous.block - 1 > maximumGap { flush() }
      group.append(row)
    }
    flush()
    return tables
  }

  /// A tail split off for a next row that never came goes back to the row it was cut from.
  private static func giveBack(_ carried: inout [TextPiece], to rows: inout [TableLayout.Row]) {
    guard !carried.isEmpty, !rows.isEmpty else { return }
    rows[rows.count - 1].cell += carried
    carried = []
  }

  /// The words that open an act's name in such tables, each with the space after it.
  private static let actOpeners = [
    "Закон ", "Конституция ", "постановление ", "Постановление ", "распоряжение ", "Распоряжение ", "Указ ",
    "Кодекс ", "Об ", "О ",
  ].map { Array($0.utf8) }

  /// Splits off lines after the first that open another act's name: «№ 80» / «Закон КР «О ратификации …».
  private static func splitNextName(_ buffer: UnsafeBufferPointer<UInt8>, _ pieces: [TextPiece])
    -> ([TextPiece], [TextPiece])
  {
    for index in pieces.indices.dropFirst() where pieces[index].join == .line {
      let start = pieces[index].range.start
      let end = pieces[index].range.end
      if actOpeners.contains(where: { word in
        start + word.count <= end && word.indices.allSatisfy { buffer[start + $0] == word[$0] }
      }) {
        return (Array(pieces[..<index]), Array(pieces[index...]))
      }
    }
    return (pieces, [])
  }

  /// Built once: the table is asked of every numbered block.
  private static let requisitesOpeners = ["от ", "От ", "Принят", "Ежегодно", "№"].map { Array($0.utf8) }

  /// «от 30 июля …», «От 4 мая …», «20 декабря 2018 года», «Принята референдумом», «Ежегодно определяется», «№ 74».
  private static func isRequisites(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard start < end else { return false }
    if Bytes.isDigit(buffer[start]) { return true }
    return requisitesOpeners.contains { word in
      start + word.count <= end && word.indices.allSatisfy { buffer[start + $0] == word[$0] }
    }
  }

  /// A row whose number and requisites follow the act's name on the same line: « … 3. от 17 июля 2000 года №».
  private static func inlineRow(_ buffer: UnsafeBufferPointer<UInt8>, _ block: Block) -> (Int, Marker)? {
    guard let piece = block.pieces.first else { return nil }
    var index = piece.range.start + 1
    while index < piece.range.end {
      if buffer[index - 1] == 0x20 && Bytes.isDigit(buffer[index]),
        let marker = MarkerScanner.scan(buffer, start: index, end: piece.range.end), marker.kind == .paragraph,
        isRequisites(buffer, marker.restStart, piece.range.end)
      {
        return (index, marker)
      }
      index += 1
    }
    return nil
  }

  private static func isCaption(_ text: BlockText, _ markers: [Marker?], _ index: Int) -> Bool {
    let line = text[index]
    guard markers[index] == nil, line.utf8.count < 300, !FastSearch.contains(line, "http"), let first = line.unicodeScalars.first,
      Bytes.isUppercaseLetter(first.value), let last = line.last, !".:;,".contains(last)
    else { return false }
    return true
  }
}
