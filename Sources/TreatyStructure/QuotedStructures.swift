import TreatyText

/// Amendments quote the new wording of a provision: «Статью 1 Соглашения … изложить в следующей редакции:» and then
/// «"Статья 1 … ."». The quoted blocks are a quoted structure (Akoma Ntoso's `quotedStructure`) inside the amending
/// provision, never provisions of the amending act itself.
enum QuotedStructures {
  /// Block ranges of quoted structures: a block after an introduction ending in «редакции:» or «содержания:» that
  /// opens with a quotation mark, up to the block where the quotation marks balance again (at most 200 blocks).
  static func ranges(_ text: BlockText, count: Int) -> [ClosedRange<Int>] {
    var ranges: [ClosedRange<Int>] = []
    var index = 1
    while index < count {
      let previous = text[index - 1]
      // Both introductions end in a colon: the one-scalar test turns nearly every block away before the two
      // `Character` comparisons, which cost a thousand instructions each.
      guard PlainScalars.hasSuffix(previous, ":"), previous.hasSuffix("редакции:") || previous.hasSuffix("содержания:"),
        opensQuote(text[index])
      else {
        index += 1
        continue
      }
      var balance = QuoteCount()
      var end: Int?
      for candidate in index..<min(count, index + 200) {
        balance.add(text[candidate])
        if balance.isClosed {
          end = candidate
          break
        }
      }
      if let end {
        ranges.append(index...end)
        index = end + 1
      } else {
        index += 1
      }
    }
    return ranges
  }

  static func opensQuote(_ text: String) -> Bool {
    guard let first = text.first else { return false }
    return first == "\"" || first == "«" || first == "“"
  }

  /// The marker of a quoted block's first line, read after its opening quotation mark («"Статья 1»).
  static func marker(_ buffer: UnsafeBufferPointer<UInt8>, block: Block) -> Marker? {
    guard let piece = block.pieces.first else { return nil }
    var start = piece.range.start
    let end = piece.range.end
    if start < end && buffer[start] == 0x22 { start += 1 }
    else if start + 1 < end && buffer[start] == 0xC2 && buffer[start + 1] == 0xAB { start += 2 }
    else if start + 2 < end && buffer[start] == 0xE2 && buffer[start + 1] == 0x80 && buffer[start + 2] == 0x9C { start += 3 }
    else { return nil }
    return MarkerScanner.scan(buffer, start: start, end: end)
  }

  /// Quotation marks still open: straight quotes pair up, «» and “” nest.
  struct QuoteCount {
    private var straight = 0
    private var nested = 0
    private var seen = false

    var isClosed: Bool { seen && straight % 2 == 0 && nested == 0 }

    mutating func add(_ text: String) {
      for character in text {
        switch character {
        case "\"": straight += 1; seen = true
        case "«", "“": nested += 1; seen = true
        case "»", "”": nested = max(0, nested - 1)
        default: break
        }
      }
    }
  }
}
