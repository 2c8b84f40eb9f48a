/// Letters of words made of ASCII and the Russian alphabet, folded, one byte each.
///
/// Nearly every word of a Russian legal text is such a word, and for them the fold of `RussianLetters.appendFolded`
/// is a table of bytes: а…я become 0…31 (Ё and ё become е), an ASCII character becomes its lowercase byte with the
/// top bit set. Stemming on these codes needs no scalar array, no decoding and no Unicode tables, and six of them
/// fit in one integer, so a Snowball ending is matched by one comparison.
enum CompactLetters {
  static let russianLetterCount = 32
  /// Marks the code of an ASCII character, keeping it apart from every Russian letter.
  private static let asciiMark: UInt8 = 0x80
  /// Bit `code` is set for the codes of а е и о у ы э ю я.
  private static let vowels: UInt32 =
    1 << 0 | 1 << 5 | 1 << 8 | 1 << 14 | 1 << 19 | 1 << 27 | 1 << 29 | 1 << 30 | 1 << 31

  /// The code of a lowercase Russian letter а…я, nil for any other scalar.
  static func code(ofRussian letter: Unicode.Scalar) -> UInt8? {
    let offset = Int(letter.value) - 0x430
    return offset >= 0 && offset < russianLetterCount ? UInt8(offset) : nil
  }

  static func isRussian(_ code: UInt8) -> Bool { code < russianLetterCount }

  static func isVowel(_ code: UInt8) -> Bool {
    isRussian(code) && vowels >> code & 1 == 1
  }

  /// Folds the UTF-8 `bytes` into `codes` (which holds at least `bytes.count` bytes) and returns how many letters
  /// there are, or nil if some scalar is neither ASCII nor a Russian letter: that word needs the scalar path.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into codes: UnsafeMutableBufferPointer<UInt8>) -> Int? {
    var index = 0
    var count = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        codes[count] = (lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead) | asciiMark
        index += 1
      } else {
        guard index + 1 < bytes.count, let code = russianCode(lead, bytes[index + 1]) else { return nil }
        codes[count] = code
        index += 2
      }
      count += 1
    }
    return count
  }

  /// The code of the two-byte letter `lead trail` if it is one of А…Я, а…я, Ё, ё.
  @inline(__always)
  private static func russianCode(_ lead: UInt8, _ trail: UInt8) -> UInt8? {
    switch (lead, trail) {
    case (0xD0, 0x81), (0xD1, 0x91): return 5  // Ё, ё → е
    case (0xD0, 0x90...0xAF): return trail - 0x90  // А…Я
    case (0xD0, 0xB0...0xBF): return trail - 0xB0  // а…п
    case (0xD1, 0x80...0x8F): return trail - 0x70  // р…я
    default: return nil
    }
  }

  /// The UTF-8 string of `codes`, built once in place: each Russian code gives two bytes, each ASCII one.
  static func string(_ codes: UnsafeBufferPointer<UInt8>) -> String {
    let byteCount = codes.reduce(0) { $0 + (isRussian($1) ? 2 : 1) }
    return String(unsafeUninitializedCapacity: byteCount) { output in
      var index = 0
      for code in codes {
        if isRussian(code) {
          // а…п are D0 B0…BF, р…я are D1 80…8F.
          (output[index], output[index + 1]) = code < 16 ? (0xD0, 0xB0 + code) : (0xD1, 0x70 + code)
          index += 2
        } else {
          output[index] = code & ~asciiMark
          index += 1
        }
      }
      return byteCount
    }
  }
}

/// A word of compact letter codes being stemmed. It only borrows its codes, so it lives no longer than the buffer
/// they were folded into.
struct CompactStemmingWord: SnowballWord {
  /// Zero bytes kept before the first letter, so that the eight bytes before any end can be read in one load.
  static let padding = 8

  /// `padding` zero bytes, then the letters.
  private let storage: UnsafeBufferPointer<UInt8>
  var end: Int
  let rv: Int
  let r2: Int

  /// A word of the letters in `storage` after its first `padding` bytes, which must be zero.
  init(paddedCodes storage: UnsafeBufferPointer<UInt8>) {
    self.storage = storage
    let count = storage.count - Self.padding
    end = count
    let regions = SnowballRegions(count: count) { CompactLetters.isVowel(storage[Self.padding + $0]) }
    rv = regions.rv
    r2 = regions.r2
  }

  /// Whether any letter is Russian: a word without one is not stemmed at all.
  var hasRussianLetter: Bool { stem.contains(where: CompactLetters.isRussian) }

  /// The letters that survive so far.
  var stem: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[Self.padding..<Self.padding + end]) }

  func isLetter(_ letter: Unicode.Scalar, at position: Int) -> Bool {
    storage[Self.padding + position] == CompactLetters.code(ofRussian: letter)
  }

  func longestEnding(of endingClass: RussianEndingClass) -> (start: Int, followsAOrYa: Bool)? {
    guard end > 0 else { return nil }
    let window = lastEightLetters
    return endingClass.compact.longest(in: window, last: UInt8(truncatingIfNeeded: window >> 56), end: end, rv: rv)
  }

  /// The eight letters before `end` in one integer, the last in the highest byte (every Snowball ending is at most
  /// six long). In a shorter word the padding fills the low bytes; no ending inside the word ever reaches them.
  private var lastEightLetters: UInt64 {
    UInt64(littleEndian: UnsafeRawBufferPointer(storage).loadUnaligned(fromByteOffset: end, as: UInt64.self))
  }
}
