import TreatyText

/// Where each act of a file begins and ends, and which of its blocks are the title and the preamble.
struct ActLayout {
  var blocks: Range<Int>
  var title: [Int] = []
  var notes: [[Int]] = []
  var preamble: [Int] = []
  var body: Range<Int>
}

enum ActSegmenter {
  /// Acts start at the file start and at each approval stamp after it.
  static func segment(_ text: BlockText, count: Int, markers: [Marker?], blocks: [Block]) -> [ActLayout] {
    var starts = [0]
    var signed = false
    for index in 1..<max(1, count) {
      if text.isApprovalStamp(index) || isAnnexStamp(text, index, count: count) {
        starts.append(index)
        signed = false
      } else if signed && isActTitle(text, index, blocks) {
        // A ratification law and the treaty it ratifies in one file: «… Н. НАЗАРБАЕВ» then «СОГЛАШЕНИЕ между …».
        starts.append(index)
        signed = false
      } else if text.isSignature(index) {
        // `isSignature` takes in a bare name («А. Мамин») too.
        signed = true
      }
    }
    var acts: [ActLayout] = []
    for (position, start) in starts.enumerated() {
      let end = position + 1 < starts.count ? starts[position + 1] : count
      acts.append(layout(text, start..<end, markers: markers, blocks: blocks))
    }
    return acts
  }

  private static func layout(_ text: BlockText, _ range: Range<Int>, markers: [Marker?], blocks: [Block])
    -> ActLayout
  {
    var act = ActLayout(blocks: range, body: range)
    guard !range.isEmpty else { return act }
    let firstProvision = range.first { index in
      guard let marker = markers[index] else { return false }
      return marker.kind != .dash && marker.kind != .footnote
    } ?? range.upperBound
    // The preamble ends at the enacting or agreement formula, if one comes before the first provision.
    let formula = range.first { $0 <= firstProvision && text.endsPreamble($0) }
    var bodyStart: Int
    var prefaceEnd: Int
    if let formula {
      // Walk back over the preamble's recitals to the title; prefer starting at the parties clause.
      var earliest = formula
      while earliest > range.lowerBound {
        let previous = earliest - 1
        if isPreface(text, previous, blocks) || text.isNote(previous) || isTitleLike(text, previous, blocks)
          || markers[previous] != nil
        {
          break
        }
        earliest = previous
      }
      let preambleStart = (earliest...formula).first { text[$0].utf8.count < 4000 && FastSearch.contains(text[$0], "именуем") } ?? earliest
      act.preamble = Array(preambleStart...formula)
      prefaceEnd = preambleStart
      bodyStart = formula + 1
    } else if isAnnexStamp(text, range.lowerBound, count: markers.count) {
      // An annex's stamp runs over several short lines («к Исполнительному протоколу / о порядке реализации …»)
      // up to its name.
      prefaceEnd = range.lowerBound
      while prefaceEnd < min(firstProvision, range.upperBound) && prefaceEnd - range.lowerBound < 16
        && markers[prefaceEnd] == nil && text[prefaceEnd].utf8.count < 400 && !text[prefaceEnd].hasSuffix(".")
      {
        let heading = blocks[prefaceEnd].headingLevel > 0
        prefaceEnd += 1
        if heading { break }
      }
      bodyStart = prefaceEnd
    } else if firstProvision - range.lowerBound <= 12,
      (range.lowerBound..<firstProvision).contains(where: { text.isCapitalHeading($0) && isActName(text[$0]) })
    {
      // A law's opening: place and date, «ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ», its title, «(В редакции …)» — all of it
      // before the first article is the title block, its notes apart.
      prefaceEnd = firstProvision
      bodyStart = firstProvision
    } else {
      prefaceEnd = range.lowerBound
      while prefaceEnd < firstProvision && prefaceEnd - range.lowerBound < 12
        && (isPreface(text, prefaceEnd, blocks) || isTitleLike(text, prefaceEnd, blocks)) && !text.isNote(prefaceEnd)
      {
        prefaceEnd += 1
      }
      bodyStart = prefaceEnd
    }
    // Notes inside the preface («Примечание РЦПИ!» and the line it introduces) stand apart from the title.
    var index = range.lowerBound
    while index < prefaceEnd {
      if text.isNote(index) {
        var note = [index]
        if text[index].utf8.count < 80 && index + 1 < prefaceEnd && !text.isNote(index + 1) {
          note.append(index + 1)
          index += 1
        }
        // «(В редакции Законов КР от …, / … N 199)»: a bracketed note runs to its closing bracket.
        var depth = note.reduce(0) { $0 + bracketBalance(text[$1]) }
        while depth > 0 && index + 1 < prefaceEnd && !text.isNote(index + 1) {
          index += 1
          note.append(index)
          depth += bracketBalance(text[index])
        }
        act.notes.append(note)
      } else {
        act.title.append(index)
      }
      index += 1
    }
    act.body = bodyStart..<range.upperBound
    return act
  }

  /// «СОГЛАШЕНИЕ между …», «ПРОТОКОЛо внесении …»: a heading that opens with an act's name in capitals (the
  /// export may have glued the next word to it).
  static func isActTitle(_ text: BlockText, _ index: Int, _ blocks: [Block]) -> Bool {
    let line = text[index]
    guard blocks[index].headingLevel > 0 || line.utf8.count < 600 || text.isCapitalHeading(index) else { return false }
    let capitals = String(line.prefix { $0.isLetter && $0.isUppercase })
    let names = ["СОГЛАШЕНИЕ", "ПРОТОКОЛ", "ДОГОВОР", "КОНВЕНЦИЯ", "ПРАВИЛА", "ПОЛОЖЕНИЕ", "МЕМОРАНДУМ"]
    // The names' capitals have no other canonical form, so a match, whole or prefix, needs at least their bytes;
    // checking the length first spares the `String` comparisons for the one or two capitals of a sentence.
    if names.contains(where: {
      capitals.utf8.count >= $0.utf8.count
        && (capitals == $0 || (capitals.hasPrefix($0) && capitals.count <= $0.count + 1))
    }) {
      return true
    }
    // «# Соглашениемежду …», «# Исполнительный протокол …»: a first-level Markdown heading naming an act.
    guard blocks[index].headingLevel == 1 else { return false }
    let lower = line.lowercased()
    return ["соглашение", "протокол", "исполнительный протокол", "договор", "конвенция", "меморандум"]
      .contains { lower.hasPrefix($0) }
  }

  /// «Приложение 1» on its own line, followed by «к Исполнительному протоколу …»: an annex begins.
  static func isAnnexStamp(_ text: BlockText, _ index: Int, count: Int) -> Bool {
    let line = text[index]
    guard line.utf8.count < 40, line.hasPrefix("Приложение") || line.hasPrefix("ПРИЛОЖЕНИЕ"), index + 1 < count else {
      return false
    }
    return text[index + 1].hasPrefix("к ")
  }

  /// «ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ», «ПОСТАНОВЛЕНИЕ», «КОДЕКС …»: a heading that names a kind of act.
  private static func isActName(_ line: String) -> Bool {
    ["ЗАКОН", "КОДЕКС", "ПОСТАНОВЛЕНИЕ", "УКАЗ", "ПРИКАЗ", "РАСПОРЯЖЕНИЕ", "РЕШЕНИЕ"].contains { line.hasPrefix($0) }
  }

  private static func bracketBalance(_ line: String) -> Int {
    line.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) }
  }

  /// Stamps, status words, headings and title lines that precede a preamble.
  private static func isPreface(_ text: BlockText, _ index: Int, _ blocks: [Block]) -> Bool {
    blocks[index].headingLevel > 0 || text.isApprovalStamp(index) || text[index] == "Проект"
      || text[index].hasPrefix("Приложение") || text[index].hasPrefix("к ")
      || text[index] == "ПРОЕКТ" || isActLine(text[index])
  }

  /// «Постановление Правительства … от … № 878», «Приказ Министра … № 195», «Соглашение, г. Сочи, 23 октября 2008 г.»
  private static func isActLine(_ line: String) -> Bool {
    let kinds = ["Постановление ", "Приказ ", "Указ ", "Закон ", "Распоряжение ", "Решение ", "Соглашение, ", "Протокол, "]
    return line.utf8.count < 400 && kinds.contains { line.hasPrefix($0) }
  }

  private static func isTitleLike(_ text: BlockText, _ index: Int, _ blocks: [Block]) -> Bool {
    if text.isCapitalHeading(index) { return true }
    let line = text[index]
    if line.hasPrefix("О ") || line.hasPrefix("Об ") { return !line.hasSuffix(";") }
    // The rest of a title in capitals that wraps («СОГЛАШЕНИЕ между Правительством …»).
    return LeadingWord.isCapitalised(line) && !line.hasSuffix(".")
  }
}
