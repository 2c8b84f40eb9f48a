import Foundation

/// Exact shortcuts for the questions the model asks of every word: «does it start with "настоящ" in any case»,
/// «is this a letter», «strip the quotes around it».
///
/// The straightforward `word.lowercased().hasPrefix(…)` builds a new string and compares `Character`s, which runs
/// grapheme breaking and canonical equivalence on every step; asked of every word of a document, that dominates the
/// model's time. Legal texts are nearly all ASCII, Cyrillic and a few punctuation marks, and for those scalars a
/// `Character` is exactly one scalar and two `Character`s are equal exactly when their scalars are. `PlainScalars`
/// answers on scalars whenever that holds and falls back to the `Character`-based question otherwise, so every
/// answer is the one the straightforward code gives.
public enum PlainScalars {
  /// A scalar that always forms a `Character` on its own and has no canonical equivalent other than itself: it
  /// neither extends nor prepends to a neighbour (no combining marks, no joiners, no CR of a CR LF pair) and has
  /// no singleton decomposition. Covers everything below the combining diacritics (ASCII, Latin-1, Latin
  /// Extended), the basic Cyrillic block, the general punctuation dashes and quotes, and «№».
  @inlinable @inline(__always)
  public static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0D: return false
    case 0x00..<0x0300, 0x0400...0x045F, 0x2010...0x2027, 0x2030...0x203F, 0x2116: return true
    default: return false
    }
  }

  /// Whether every scalar of `text` is plain, so that its `Character`s are its scalars. Read as UTF-8 bytes
  /// where they are contiguous, since it is asked of every word.
  @inlinable
  public static func isPlain(_ text: some StringProtocol) -> Bool {
    text.utf8.withContiguousStorageIfAvailable(isPlain) ?? text.unicodeScalars.allSatisfy(isPlain)
  }

  /// `isPlain` on the UTF-8 bytes of a string (valid UTF-8), lead byte by lead byte. ASCII and basic Cyrillic
  /// letters, nearly every scalar of a Russian text, are passed before the full test (`PlainBytes.plainLength`):
  /// the model asks this of every unit and of most phrases it cuts, and the full test per scalar cost a twentieth
  /// of building it.
  @usableFromInline
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x0D { return false }
        index += 1
      } else if byte == 0xD0 || (byte == 0xD1 && bytes[index + 1] < 0xA0) {
        index += 2
      } else {
        guard let length = PlainBytes.plainLength(bytes, at: index) else { return false }
        index += length
      }
    }
    return true
  }

  /// The lowercase of an ASCII or basic Cyrillic scalar; any other scalar is returned as it is (callers only
  /// compare the result with lowercase ASCII and Cyrillic letters, which no other scalar lowercases to).
  @inlinable @inline(__always)
  public static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x41...0x5A, 0x0410...0x042F: return Unicode.Scalar(scalar.value + 0x20) ?? scalar
    case 0x0400...0x040F: return Unicode.Scalar(scalar.value + 0x50) ?? scalar
    default: return scalar
    }
  }

  /// `word.lowercased().hasPrefix(prefix)`, for a `prefix` of lowercase ASCII and basic Cyrillic letters.
  ///
  /// Compares scalar by scalar and decides once the prefix is matched or a scalar differs, provided every scalar
  /// read, and the one after it, is plain (so the `Character`s compared are those scalars); otherwise asks the
  /// slow question.
  @inlinable
  public static func hasLowercasedPrefix(_ word: some StringProtocol, _ prefix: String) -> Bool {
    var scalars = word.unicodeScalars.makeIterator()
    var matched = true
    for expected in prefix.unicodeScalars {
      guard let scalar = scalars.next() else { return false }
      guard isPlain(scalar) else { return word.lowercased().hasPrefix(prefix) }
      if lowercased(scalar) != expected {
        matched = false
        break
      }
    }
    // The scalar after the decision could join the last one read into a longer `Character`.
    if let next = scalars.next(), !isPlain(next) { return word.lowercased().hasPrefix(prefix) }
    return matched
  }

  /// `word.lowercased().hasSuffix(suffix)`, for a `suffix` of lowercase ASCII and basic Cyrillic letters.
  @inlinable
  public static func hasLowercasedSuffix(_ word: some StringProtocol, _ suffix: String) -> Bool {
    guard isPlain(word) else { return word.lowercased().hasSuffix(suffix) }
    var scalars = word.unicodeScalars.reversed().makeIterator()
    for expected in suffix.unicodeScalars.reversed() {
      guard let scalar = scalars.next(), lowercased(scalar) == expected else { return false }
    }
    return true
  }

  /// The first `Character` of `word` when it is a single plain scalar; nil when the word is empty or its first
  /// `Character` is anything else (then the caller asks the slow way).
  @inlinable
  public static func firstScalar(_ word: some StringProtocol) -> Unicode.Scalar? {
    var scalars = word.unicodeScalars.makeIterator()
    guard let first = scalars.next(), isPlain(first) else { return nil }
    if let next = scalars.next(), !isPlain(next) { return nil }
    return first
  }

  /// `word` without the leading and trailing `Character`s found in `marks` (a string of plain scalars), as
  /// `while let first = word.first, marks.contains(first) { word = word.dropFirst() }` and its mirror would give.
  @inlinable
  public static func trimming(_ word: Substring, _ marks: String) -> Substring {
    var word = word
    if isPlain(word) {
      let marks = marks.unicodeScalars
      while let first = word.unicodeScalars.first, marks.contains(first) { word = Substring(word.unicodeScalars.dropFirst()) }
      while let last = word.unicodeScalars.last, marks.contains(last) { word = Substring(word.unicodeScalars.dropLast()) }
    } else {
      while let first = word.first, marks.contains(first) { word = word.dropFirst() }
      while let last = word.last, marks.contains(last) { word = word.dropLast() }
    }
    return word
  }

  /// `Character(scalar).isLetter` for a plain scalar, without the Unicode tables for ASCII and Cyrillic.
  @inlinable @inline(__always)
  public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x0400...0x045F: return true
    case 0x00...0x7F: return false
    default: return Character(scalar).isLetter
    }
  }

  /// `Character(scalar).isNumber` for a plain scalar, without the Unicode tables for ASCII and Cyrillic.
  @inlinable @inline(__always)
  public static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39: return true
    case 0x00...0x7F, 0x0400...0x045F: return false
    default: return Character(scalar).isNumber
    }
  }
}

extension PlainScalars {
  /// `word` without leading and trailing scalars found in `marks`: what Foundation's
  /// `trimmingCharacters(in: CharacterSet(charactersIn: marks))` gives for marks in the Basic Multilingual Plane
  /// (it trims UTF-16 units, which for such marks are the scalars), without building a `CharacterSet` per word.
  @inlinable
  public static func trimmingScalars(_ word: Substring, _ marks: String) -> Substring {
    let marks = marks.unicodeScalars
    var scalars = word.unicodeScalars
    while let first = scalars.first, marks.contains(first) { scalars = scalars.dropFirst() }
    while let last = scalars.last, marks.contains(last) { scalars = scalars.dropLast() }
    return Substring(scalars)
  }

  /// `word.hasSuffix(String(mark))` for a plain `mark`: the last scalar decides when it and the one before it are
  /// plain (a lone `Character`, with no canonical equivalent but itself).
  @inlinable
  public static func hasSuffix(_ word: some StringProtocol, _ mark: Unicode.Scalar) -> Bool {
    var scalars = word.unicodeScalars.reversed().makeIterator()
    guard let last = scalars.next() else { return false }
    if isPlain(last), scalars.next().map(isPlain) ?? true { return last == mark }
    return word.hasSuffix(String(mark))
  }

  /// `word == text` for a plain `text`: a plain word equals it exactly when their scalars are equal.
  @inlinable
  public static func equals(_ word: some StringProtocol, _ text: String) -> Bool {
    if isPlain(word) { return word.unicodeScalars.elementsEqual(text.unicodeScalars) }
    return word == text
  }
}

extension PlainScalars {
  /// `word.lowercased() == text` for a `text` of lowercase ASCII and basic Cyrillic letters.
  @inlinable
  public static func lowercasedEquals(_ word: some StringProtocol, _ text: String) -> Bool {
    guard isPlain(word) else { return word.lowercased() == text }
    // Lowercasing a plain scalar keeps its UTF-8 length, so words of another length are turned away at once.
    guard word.utf8.count == text.utf8.count else { return false }
    return word.unicodeScalars.lazy.map(lowercased).elementsEqual(text.unicodeScalars)
  }
}

extension PlainScalars {
  /// `text.split(separator: Character(separator))` (empty pieces omitted) for an ASCII `separator`, cut on
  /// UTF-8 bytes when `text` is plain: its `Character`s are its scalars, and an ASCII byte is always a scalar.
  public static func split(_ text: String, separator: Unicode.Scalar) -> [Substring] {
    precondition(separator.isASCII, "split cuts on bytes, so the separator must be one byte")
    let byte = UInt8(separator.value)
    let cut = text.utf8.withContiguousStorageIfAvailable { bytes -> [Substring]? in
      guard isPlain(bytes) else { return nil }
      var pieces: [Substring] = []
      let utf8 = text.utf8
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == byte {
        if index > start {
          let from = utf8.index(utf8.startIndex, offsetBy: start)
          pieces.append(text[from..<utf8.index(from, offsetBy: index - start)])
        }
        start = index + 1
      }
      return pieces
    }
    return (cut ?? nil) ?? text.split(separator: Character(separator))
  }

  /// `text.split(whereSeparator: { !$0.isLetter && $0 != "-" })`: the runs of letters and hyphens, read by
  /// scalars when `text` is plain.
  @inlinable
  public static func lettersAndHyphens(_ text: some StringProtocol) -> [Substring] {
    guard isPlain(text) else { return Substring(text).split(whereSeparator: { !$0.isLetter && $0 != "-" }) }
    return Substring(text).unicodeScalars.split(whereSeparator: { !isLetter($0) && $0 != "-" }).map(Substring.init)
  }
}

extension PlainScalars {
  /// Whether the first `Character`s of `a` and `b` are single plain scalars that differ: then the strings are not
  /// equal and neither is a prefix of the other. False when it cannot tell cheaply (empty strings, anything else).
  @inlinable
  public static func firstCharactersDiffer(_ a: String, _ b: String) -> Bool {
    guard let first = firstScalar(a), let other = firstScalar(b) else { return false }
    return first != other
  }
}

extension PlainScalars {
  /// Foundation's `text.range(of: needle)`, by bytes when both are plain.
  ///
  /// Foundation's search compares composed character sequences and is a hundred times slower than comparing
  /// bytes. For plain strings the two agree: such strings are in normal form, each scalar is a `Character`, and
  /// Foundation (checked on this platform) does not match part of a composed character.
  @inlinable
  public static func range(of needle: String, in text: some StringProtocol) -> Range<String.Index>? {
    guard !needle.isEmpty, isPlain(needle), isPlain(text) else { return text.range(of: needle) }
    // nil: the bytes were not contiguous (a bridged string), so the search did not run.
    var searched: Int?? = nil
    _ = text.utf8.withContiguousStorageIfAvailable { bytes in
      needle.utf8.withContiguousStorageIfAvailable { pattern in searched = .some(FastSearch.offset(of: pattern, in: bytes)) }
    }
    guard let searched else { return text.range(of: needle) }
    guard let offset = searched else { return nil }
    let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
  }

  /// Foundation's `text.components(separatedBy: separator)`, cut where `range(of:in:)` finds the separator, so by
  /// bytes when both are plain. Foundation's own took fifty thousand instructions a call on a short name.
  public static func components(_ text: String, separatedBy separator: String) -> [String] {
    guard !separator.isEmpty, isPlain(separator), isPlain(text) else { return text.components(separatedBy: separator) }
    var pieces: [String] = []
    var rest = Substring(text)
    while let found = range(of: separator, in: rest) {
      pieces.append(String(rest[..<found.lowerBound]))
      rest = rest[found.upperBound...]
    }
    pieces.append(String(rest))
    return pieces
  }

  /// Foundation's `text.replacingOccurrences(of: target, with: replacement)`, by bytes when both are plain.
  public static func replacing(_ target: String, with replacement: String, in text: String) -> String {
    guard !target.isEmpty, isPlain(target), isPlain(replacement), isPlain(text) else {
      return text.replacingOccurrences(of: target, with: replacement)
    }
    return components(text, separatedBy: target).joined(separator: replacement)
  }

  /// Foundation's `text.contains(needle)`; see `range(of:in:)`.
  @inlinable
  public static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
    range(of: needle, in: text) != nil
  }
}
