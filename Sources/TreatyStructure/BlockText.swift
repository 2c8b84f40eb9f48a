import TreatyText

/// Normalised text of each block, computed once, with the tests the structure stage asks of it.
struct BlockText {
  let texts: [String]

  init(blocks: [Block], source: SourceText) {
    texts = blocks.map { TextNormalizer.text(of: $0.pieces, in: source, repairing: $0.needsRepair) }
  }

  subscript(index: Int) -> String { texts[index] }

  func starts(_ index: Int, with prefixes: [String]) -> Bool {
    PlainPrefix.hasPrefix(texts[index], anyOf: prefixes)
  }

  /// Enacting formulas and the agreement formula that close a preamble.
  func endsPreamble(_ index: Int) -> Bool {
    let text = texts[index]
    let formulas = [
      "согласились о нижеследующем", "договорились о нижеследующем", "ПОСТАНОВЛЯЕТ:", "ПОСТАНОВЛЯЮ:",
      "ПРИКАЗЫВАЮ:", "РЕШИЛ:", "РЕШИЛИ:", "ПОСТАНОВИЛ:", "ПОСТАНОВИЛИ:", "согласились о следующем",
    ]
    // The formula closes its block, so only the block's end is searched (a long block stays cheap).
    let tail = String(text.utf8.suffix(160)) ?? text
    return formulas.contains { PlainScalars.contains(tail, $0) }
  }

  /// «Одобрен постановлением…», «Утверждены приказом…», «Приложение к Соглашению…»: an attached act begins.
  func isApprovalStamp(_ index: Int) -> Bool {
    let text = texts[index]
    guard text.utf8.count < 600 else { return false }
    let openers = ["Одобрен", "ОДОБРЕН", "Утвержден", "УТВЕРЖДЕН", "Приложение", "ПРИЛОЖЕНИЕ"]
    guard PlainPrefix.hasPrefix(text, anyOf: openers) else { return false }
    let acts = ["постановлени", "приказ", "решени", "указ", "распоряжени", "Соглашени", "Протокол", "Правительства"]
    return acts.contains { text.contains($0) }
  }

  /// Publisher's notes: «Сноска. …», «Примечание …», and the editorial history «(В редакции Законов КР от …)».
  func isNote(_ index: Int) -> Bool { starts(index, with: Self.noteOpeners) }

  func isFinalFormula(_ index: Int) -> Bool { starts(index, with: Self.finalFormulaOpeners) }

  // The word lists are built once: every block of a document is asked.
  private static let noteOpeners = [
    "Сноска", "СНОСКА", "Примечание", "ПРИМЕЧАНИЕ", "Примечания", "(В редакции", "(в редакции",
  ]
  private static let finalFormulaOpeners = ["Совершено ", "Совершено в", "СОВЕРШЕНО"]

  /// Signature lines: «За Правительство…», «(Подписи)», a position followed by a name, or a bare «А. Мамин».
  private static let signaturePrefixes = [
    "За ", "ЗА ", "(Подпис", "Подпис", "«СОГЛАСОВАНО»", "\"СОГЛАСОВАНО\"", "СОГЛАСОВАНО",
  ]
  private static let positions = [
    "Премьер-Министр", "Министр", "Президент", "Председатель", "Заместитель", "Первый заместитель",
    "Руководитель", "Государственный секретарь", "Аким", "Генеральный", "Директор", "Вице-", "министр",
  ]

  func isSignature(_ index: Int) -> Bool {
    let text = texts[index]
    guard text.utf8.count < 400 else { return false }
    // Byte prefixes: `String.hasPrefix` compares Cyrillic through Unicode normalisation, and this runs per block.
    if Self.signaturePrefixes.contains(where: { PlainPrefix.startsWithBytes(text, $0) }) { return true }
    if Self.positions.contains(where: { PlainPrefix.startsWithBytes(text, $0) })
      && !PlainScalars.hasSuffix(text, ".") && !PlainScalars.hasSuffix(text, ";")
    {
      return true
    }
    return isPersonName(index)
  }

  /// «А. Мамин», «Е. Саденов»: initials and a surname on their own.
  func isPersonName(_ index: Int) -> Bool {
    guard texts[index].utf8.count < 120 else { return false }
    if let answer = texts[index].utf8.withContiguousStorageIfAvailable(Self.isPlainPersonName) ?? nil { return answer }
    let words = texts[index].split(separator: " ")
    guard words.count >= 2, words.count <= 4 else { return false }
    let initials = words.dropLast().allSatisfy { word in
      word.count == 2 && word.last == "." && (word.first?.isUppercase ?? false)
    }
    return initials && (words.last?.first?.isUppercase ?? false)
  }

  /// A heading by its look in plain text: short, mostly capitals, no closing punctuation.
  func isCapitalHeading(_ index: Int) -> Bool {
    let text = texts[index]
    guard text.utf8.count <= 240, !PlainScalars.hasSuffix(text, "."), !PlainScalars.hasSuffix(text, ";"),
      !PlainScalars.hasSuffix(text, ",")
    else { return false }
    var upper = 0
    var letters = 0
    for scalar in text.unicodeScalars where Bytes.isLetter(scalar.value) {
      letters += 1
      if Bytes.isUppercaseLetter(scalar.value) { upper += 1 }
    }
    return letters >= 4 && upper * 10 >= letters * 8
  }

  func endsWithColon(_ index: Int) -> Bool { PlainScalars.hasSuffix(texts[index], ":") }

  /// `isPersonName` on the bytes of a text of plain scalars, whose `Character`s are its scalars: words cut at
  /// spaces, each but the last an uppercase letter and a full stop. Nil when a scalar is not plain. Every block
  /// of a document is asked, and splitting it into `Substring`s cost thousands of instructions a block.
  private static func isPlainPersonName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    var index = 0
    while index < bytes.count {
      guard let length = PlainBytes.plainLength(bytes, at: index) else { return nil }
      index += length
    }
    let count = wordCount(bytes)
    guard count >= 2, count <= 4 else { return false }
    var word = 0
    index = 0
    while index < bytes.count {
      guard bytes[index] != 0x20 else {
        index += 1
        continue
      }
      let start = index
      while index < bytes.count && bytes[index] != 0x20 { index += 1 }
      word += 1
      let (first, firstLength) = PlainBytes.scalar(bytes, at: start)
      guard Character(first).isUppercase else { return false }
      if word < count && (index != start + firstLength + 1 || bytes[index - 1] != 0x2E) { return false }
    }
    return true
  }

  /// Words between spaces, as `split(separator: " ")` counts them.
  private static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for byte in bytes {
      if byte == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
