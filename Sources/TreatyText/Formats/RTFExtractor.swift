/// The text of an RTF file: groups, control words and destinations read as markup, `\par` and `\row` as paragraph
/// breaks, `\'hh` bytes through the code page that the text itself points to, `\uN` as Unicode.
///
/// Legal databases of the region export RTF whose header declares code page 1252 while its `\'hh` bytes are
/// Windows-1251, so the header is not trusted: all `\'hh` bytes are gathered first and the Cyrillic code page
/// that reads them as Russian is chosen, as for a plain file.
enum RTFExtractor {
  /// Destinations whose content is not text of the document.
  static let skippedDestinations: Set<String> = [
    "fonttbl", "colortbl", "stylesheet", "info", "listtable", "listoverridetable", "rsidtbl", "generator",
    "themedata", "colorschememapping", "datastore", "latentstyles", "pict", "object", "header", "footer", "headerl",
    "headerr", "headerf", "footerl", "footerr", "footerf", "xmlnstbl", "mmathPr", "pgdsctbl", "revtbl", "fldinst",
    "filetbl", "operator", "author", "title", "company", "bkmkstart", "bkmkend", "listtext", "pntext", "pntxta",
    "pntxtb", "defchp", "defpap", "wgrffmtfilter", "xmlopen", "xmlclose", "background", "shp", "shpinst", "nonshppict",
  ]

  struct Result {
    var text: ExtractedText
    var codePage: TextEncoding
    var repairs: [String]
  }

  static func extract(_ bytes: [UInt8]) -> Result {
    let codePage = chooseCodePage(bytes)
    var output = ExtractedText()
    var repairs: [String] = []
    if let declared = declaredCodePage(bytes), declared != 1251, codePage.encoding == .windows1251 {
      repairs.append("the RTF header declares code page \(declared), but its text reads as Windows-1251; read as Windows-1251")
    }
    struct Group {
      var skip = false
      var unicodeSkip = 1
    }
    var stack = [Group()]
    var pendingSkip = 0
    var index = 0
    var firstInGroup = false
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x7B:  // {
        stack.append(stack[stack.count - 1])
        firstInGroup = true
        index += 1
        continue
      case 0x7D:  // }
        if stack.count > 1 { stack.removeLast() }
        firstInGroup = false
        pendingSkip = 0
        index += 1
        continue
      case 0x0D, 0x0A:
        index += 1
        continue
      case 0x5C:  // backslash
        let start = index
        index += 1
        guard index < count else { break }
        let next = bytes[index]
        if isLetter(next) {
          var end = index
          while end < count && isLetter(bytes[end]) { end += 1 }
          let word = String(decoding: bytes[index..<end], as: UTF8.self)
          var parameter: Int?
          var numberEnd = end
          if numberEnd < count && (bytes[numberEnd] == 0x2D || isDigit(bytes[numberEnd])) {
            var sign = 1
            if bytes[numberEnd] == 0x2D { sign = -1; numberEnd += 1 }
            var value = 0
            while numberEnd < count && isDigit(bytes[numberEnd]) {
              value = min(value * 10 + Int(bytes[numberEnd] - 0x30), 10_000_000)
              numberEnd += 1
            }
            parameter = sign * value
          }
          index = numberEnd
          if index < count && bytes[index] == 0x20 { index += 1 }
          if firstInGroup && skippedDestinations.contains(word) { stack[stack.count - 1].skip = true }
          firstInGroup = false
          if stack[stack.count - 1].skip { continue }
          switch word {
          case "par", "sect", "page", "row": output.paragraph(from: start)
          case "line": output.append(0x0A, from: start)
          case "tab", "cell": output.append(0x20, from: start)
          case "uc": stack[stack.count - 1].unicodeSkip = max(0, parameter ?? 1)
          case "u":
            var scalar = parameter ?? 0x3F
            if scalar < 0 { scalar += 65_536 }
            if let valid = Unicode.Scalar(UInt32(max(0, scalar))) { output.append(valid.value, from: start) }
            pendingSkip = stack[stack.count - 1].unicodeSkip
          case "emdash": output.append(0x2014, from: start)
          case "endash": output.append(0x2013, from: start)
          case "lquote": output.append(0x2018, from: start)
          case "rquote": output.append(0x2019, from: start)
          case "ldblquote": output.append(0x201C, from: start)
          case "rdblquote": output.append(0x201D, from: start)
          case "bullet": output.append(0x2022, from: start)
          default: break
          }
          continue
        }
        index += 1
        if next == 0x2A {  // \* : an optional destination the reader does not know
          if firstInGroup { stack[stack.count - 1].skip = true }
          continue
        }
        firstInGroup = false
        if stack[stack.count - 1].skip { if next == 0x27 { index = min(count, index + 2) }; continue }
        switch next {
        case 0x27:  // \'hh
          let high = index < count ? hexValue(bytes[index]) : nil
          let low = index + 1 < count ? hexValue(bytes[index + 1]) : nil
          index = min(count, index + 2)
          guard let high, let low else { continue }
          if pendingSkip > 0 {
            pendingSkip -= 1
            continue
          }
          output.append(UInt32(codePage.scalars[Int(high << 4 | low)]), from: start)
        case 0x5C, 0x7B, 0x7D:
          if pendingSkip > 0 { pendingSkip -= 1 } else { output.append(UInt32(next), from: start) }
        case 0x7E: output.append(0xA0, from: start)
        case 0x2D: output.append(0xAD, from: start)
        case 0x5F: output.append(0x2D, from: start)
        default: break
        }
        continue
      default:
        firstInGroup = false
        index += 1
        if stack[stack.count - 1].skip { continue }
        if pendingSkip > 0 {
          pendingSkip -= 1
          continue
        }
        // Plain characters of RTF are 7-bit; anything else is read through the chosen code page.
        let scalar = byte < 0x80 ? UInt32(byte) : UInt32(codePage.scalars[Int(byte)])
        output.append(scalar, from: index - 1)
      }
    }
    output.finish(end: count)
    return Result(text: output, codePage: codePage.encoding, repairs: repairs)
  }

  /// The code page that reads the document's `\'hh` bytes as Russian.
  private static func chooseCodePage(_ bytes: [UInt8]) -> SingleByteCodePage {
    var escaped: [UInt8] = []
    var index = 0
    while index + 3 < bytes.count {
      if bytes[index] == 0x5C && bytes[index + 1] == 0x27, let high = hexValue(bytes[index + 2]),
        let low = hexValue(bytes[index + 3])
      {
        escaped.append(high << 4 | low)
        index += 4
      } else {
        index += 1
      }
    }
    return CyrillicScoring.choose(for: escaped)
  }

  /// `\ansicpgNNNN` from the header.
  private static func declaredCodePage(_ bytes: [UInt8]) -> Int? {
    let marker = Array("\\ansicpg".utf8)
    let limit = min(bytes.count, 2048)
    guard limit > marker.count else { return nil }
    for start in 0..<(limit - marker.count) where bytes[start..<(start + marker.count)].elementsEqual(marker) {
      var value = 0
      var index = start + marker.count
      while index < limit && isDigit(bytes[index]) {
        // Capped: a header may carry any run of digits (the fuzzer found `\ansicpg` with 19 nines), and no
        // code page has more than five.
        value = min(value * 10 + Int(bytes[index] - 0x30), 100_000)
        index += 1
      }
      return value
    }
    return nil
  }

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }
}
