import TreatyText

/// The numbering or keyword that opens a provision: «Статья 7», «Глава 2», «1.», «1.1.», «1)», «а)», «–».
struct Marker: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case article, chapter, section, subsection, paragraph, point, dash, footnote
  }

  var kind: Kind
  /// The number as written, without its punctuation («7», «1.1», «а»).
  var number: String
  /// Bytes of the marker itself (keyword, number and punctuation).
  var range: Range<Int>
  /// Where the text after the marker starts (spaces skipped).
  var restStart: Int
  /// The keyword was spelled with Latin look-alike letters («Cтатья» with a Latin C).
  var usedLookalikes = false
  /// The keyword had a stray letter («Статьяа 4»).
  var misspelled = false

  /// The numeric value of a plain or Roman number, for sequence checks.
  var value: Int? {
    if let value = Int(number) { return value }
    return MarkerScanner.romanValue(number)
  }
}

enum MarkerScanner {
  private static let keywords: [(word: [UInt32], kind: Marker.Kind)] = [
    (Array("статья".unicodeScalars.map(\.value)), .article),
    (Array("глава".unicodeScalars.map(\.value)), .chapter),
    (Array("раздел".unicodeScalars.map(\.value)), .section),
  ]

  /// Reads a marker at `start` (the first content byte of a line).
  static func scan(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Marker? {
    guard start < end else { return nil }
    if let marker = keywordMarker(buffer, start: start, end: end) { return marker }
    let first = buffer[start]
    if Bytes.isDigit(first) { return numberMarker(buffer, start: start, end: end) }
    if let dash = dashLength(buffer, at: start, end: end) {
      let after = start + dash
      guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
      return Marker(kind: .dash, number: "", range: start..<after, restStart: skipSpaces(buffer, after, end))
    }
    if let marker = romanSectionMarker(buffer, start: start, end: end) { return marker }
    if let marker = parenthesizedRomanPoint(buffer, start: start, end: end) { return marker }
    // «а)» — a lowercase Cyrillic letter and a bracket.
    let (scalar, length) = Bytes.scalar(buffer, at: start)
    if scalar >= 0x430 && scalar <= 0x44F, start + length < end, buffer[start + length] == 0x29 {
      let after = start + length + 1
      guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
      let number = String(decoding: buffer[start..<(start + length)], as: UTF8.self)
      return Marker(kind: .point, number: number, range: start..<after, restStart: skipSpaces(buffer, after, end))
    }
    return nil
  }

  /// «III. Нормативные правовые акты …»: a Roman numeral in Latin capitals, a full stop and a capitalised title.
  private static func romanSectionMarker(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Marker? {
    var index = start
    while index < end && [0x49, 0x56, 0x58].contains(buffer[index]) { index += 1 }
    guard index > start, index - start <= 5, index + 1 < end, buffer[index] == 0x2E, buffer[index + 1] == 0x20 else {
      return nil
    }
    let number = String(decoding: buffer[start..<index], as: UTF8.self)
    let restStart = skipSpaces(buffer, index + 1, end)
    guard romanValue(number) != nil, restStart < end,
      Bytes.isUppercaseLetter(Bytes.scalar(buffer, at: restStart).value),
      Bytes.isCyrillicLetter(Bytes.scalar(buffer, at: restStart).value)
    else { return nil }
    return Marker(kind: .section, number: number, range: start..<(index + 1), restStart: restStart)
  }

  /// «(i)», «(ii)», «(iv)»: sub-points numbered with lowercase Roman numerals in brackets.
  private static func parenthesizedRomanPoint(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Marker? {
    guard buffer[start] == 0x28 else { return nil }
    var index = start + 1
    while index < end && [0x69, 0x76, 0x78].contains(buffer[index]) { index += 1 }
    guard index > start + 1, index - start <= 6, index < end, buffer[index] == 0x29 else { return nil }
    let after = index + 1
    guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
    let number = String(decoding: buffer[(start + 1)..<index], as: UTF8.self)
    return Marker(kind: .point, number: number, range: start..<after, restStart: skipSpaces(buffer, after, end))
  }

  /// I–XXXIX in the usual subtractive notation; nil for anything else.
  static func romanValue(_ text: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
    var total = 0
    var previous = 0
    for character in text.uppercased().reversed() {
      guard let value = values[character] else { return nil }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    return total > 0 ? total : nil
  }

  private static func numberMarker(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Marker? {
    var index = start
    while index < end && Bytes.isDigit(buffer[index]) { index += 1 }
    guard index - start <= 4, index < end else { return nil }
    let first = String(decoding: buffer[start..<index], as: UTF8.self)
    // «24 <tab>»: a footnote number with a stray space before its tab.
    var tab = index
    while tab < end && buffer[tab] == 0x20 { tab += 1 }
    if tab > index && tab < end && buffer[tab] == 0x09 {
      return Marker(kind: .footnote, number: first, range: start..<tab, restStart: skipSpaces(buffer, tab, end))
    }
    switch buffer[index] {
    case 0x09:
      return Marker(kind: .footnote, number: first, range: start..<index, restStart: skipSpaces(buffer, index, end))
    case 0x29:
      let after = index + 1
      guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
      return Marker(kind: .point, number: first, range: start..<after, restStart: skipSpaces(buffer, after, end))
    case 0x2E:
      var after = index + 1
      if after < end && Bytes.isDigit(buffer[after]) {
        var second = after
        while second < end && Bytes.isDigit(buffer[second]) { second += 1 }
        let number = String(decoding: buffer[start..<second], as: UTF8.self)
        after = second
        if after < end && buffer[after] == 0x2E { after += 1 }
        guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
        return Marker(kind: .subsection, number: number, range: start..<after, restStart: skipSpaces(buffer, after, end))
      }
      guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { return nil }
      return Marker(kind: .paragraph, number: first, range: start..<after, restStart: skipSpaces(buffer, after, end))
    default:
      return nil
    }
  }

  /// «Статья 5», «СТАТЬЯ 5-1.», «Статья 12¹», «Статья IV», «Глава 2», «Раздел 1».
  private static func keywordMarker(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Marker? {
    guard opensKeyword(buffer, at: start) else { return nil }
    for (word, kind) in keywords {
      guard var cursor = keywordEnd(word, buffer, start: start, end: end) else { continue }
      let usedLookalikes = lookalikeUsed(buffer, start: start, end: cursor)
      // «Статьяа 4»: one stray letter after the keyword, then a number.
      var misspelled = false
      if cursor < end, isLetter(Bytes.scalar(buffer, at: cursor).value), !Bytes.isSpaceOrTab(buffer[cursor]) {
        let next = cursor + Bytes.scalar(buffer, at: cursor).length
        guard next < end, Bytes.isSpaceOrTab(buffer[next]) else { continue }
        misspelled = true
        cursor = next
      }
      guard cursor < end, Bytes.isSpaceOrTab(buffer[cursor]) else { continue }
      cursor = skipSpaces(buffer, cursor, end)
      let numberStart = cursor
      while cursor < end, isNumberByte(buffer, cursor, end) { cursor += Bytes.scalar(buffer, at: cursor).length }
      guard cursor > numberStart else { continue }
      var numberEnd = cursor
      if buffer[numberEnd - 1] == 0x2D { numberEnd -= 1; cursor -= 1 }
      let number = String(decoding: buffer[numberStart..<numberEnd], as: UTF8.self)
      var after = cursor
      if after < end && (buffer[after] == 0x2E || buffer[after] == 0x3A) { after += 1 }
      guard after == end || Bytes.isSpaceOrTab(buffer[after]) else { continue }
      let restStart = skipSpaces(buffer, after, end)
      if citesAnotherAct(buffer, start: restStart, end: end) { return nil }
      return Marker(
        kind: kind, number: number, range: start..<after, restStart: skipSpaces(buffer, after, end),
        usedLookalikes: usedLookalikes, misspelled: misspelled)
    }
    return nil
  }

  /// Where the keyword's letters end when the text at `start` folds to them, scalar by scalar (no keyword is longer
  /// than six letters).
  private static func keywordEnd(_ word: [UInt32], _ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
    var lookalikes = false
    var cursor = start
    for letter in word {
      guard cursor < end else { return nil }
      let (scalar, length) = Bytes.scalar(buffer, at: cursor)
      guard fold(scalar, lookalikes: &lookalikes) == letter else { return nil }
      cursor += length
    }
    return cursor
  }

  /// A letter as the keyword's folding reads letters: Cyrillic, or a Latin look-alike.
  private static func isLetter(_ scalar: UInt32) -> Bool {
    var lookalikes = false
    return fold(scalar, lookalikes: &lookalikes) != nil
  }

  /// Whether the first letter folds to the first letter of a keyword («с», «г», «р»). Every line is asked for a
  /// marker, and nearly none starts with one of these; the others are turned away before any array is built.
  private static func opensKeyword(_ buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    var lookalikes = false
    let first = fold(Bytes.scalar(buffer, at: start).value, lookalikes: &lookalikes)
    return keywordInitials.contains { $0 == first }
  }

  private static let keywordInitials: [UInt32] = keywords.compactMap(\.word.first)

  /// «Статья 10 Закона № 1296-XII …» starts a sentence that cites another act; it is not a heading.
  private static let citedActWords: [[UInt8]] = [
    "Закона", "Кодекса", "Конституции", "Соглашения", "Договора", "Конвенции", "Указа", "Положения", "Правил",
    "Протокола", "настоящего", "настоящей", "указанного", "Устава",
  ].map { Array($0.utf8) }

  private static func citesAnotherAct(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    citedActWords.contains { word in
      start + word.count <= end && word.indices.allSatisfy { buffer[start + $0] == word[$0] }
        && (start + word.count == end || !Bytes.isASCIILetter(buffer[start + word.count]) && buffer[start + word.count] < 0xC0)
    }
  }

  private static func lookalikeUsed(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
    for index in start..<end where buffer[index] < 0x80 { return true }
    return false
  }

  private static func isNumberByte(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
    let byte = buffer[index]
    if Bytes.isDigit(byte) || byte == 0x2D { return true }
    // Roman numerals in Latin capitals.
    if byte == 0x49 || byte == 0x56 || byte == 0x58 || byte == 0x4C { return true }
    // Superscript digits ¹ ² ³ (C2 B9, C2 B2, C2 B3) used for inserted articles.
    if byte == 0xC2 && index + 1 < end { return [0xB9, 0xB2, 0xB3].contains(buffer[index + 1]) }
    return false
  }

  /// The Cyrillic letter each ASCII look-alike stands for, 0 for none: a table indexed by the byte, since every line's
  /// first scalar is folded.
  private static let latinLookalikes: [UInt32] = {
    let pairs: [(latin: Int, cyrillic: UInt32)] = [
      (0x41, 0x430), (0x61, 0x430), (0x42, 0x432), (0x43, 0x441), (0x63, 0x441), (0x45, 0x435), (0x65, 0x435),
      (0x48, 0x43D), (0x4B, 0x43A), (0x4D, 0x43C), (0x4F, 0x43E), (0x6F, 0x43E), (0x50, 0x440), (0x70, 0x440),
      (0x54, 0x442), (0x58, 0x445), (0x78, 0x445), (0x79, 0x443),
    ]
    var table = [UInt32](repeating: 0, count: 0x80)
    for pair in pairs { table[pair.latin] = pair.cyrillic }
    return table
  }()

  /// Lowercases Cyrillic and maps Latin look-alikes to Cyrillic; nil for anything that is not a letter.
  private static func fold(_ scalar: UInt32, lookalikes: inout Bool) -> UInt32? {
    if scalar >= 0x410 && scalar <= 0x42F { return scalar + 0x20 }
    if scalar >= 0x430 && scalar <= 0x44F { return scalar }
    if scalar == 0x401 || scalar == 0x451 { return 0x435 }
    if scalar < 0x80, case let mapped = latinLookalikes[Int(scalar)], mapped != 0 {
      lookalikes = true
      return mapped
    }
    return nil
  }

  private static func dashLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
    if buffer[index] == 0x2D { return 1 }
    if buffer[index] == 0xE2 && index + 2 < end && buffer[index + 1] == 0x80
      && (buffer[index + 2] == 0x93 || buffer[index + 2] == 0x94) { return 3 }
    return nil
  }

  static func skipSpaces(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var index = start
    while index < end && Bytes.isSpaceOrTab(buffer[index]) { index += 1 }
    return index
  }
}
