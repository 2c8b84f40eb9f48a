import Foundation

/// A read-only table keyed by words, looked up by bytes where that is exact.
///
/// Hashing a Cyrillic `String` normalises it first, which made building the lexicons a tenth of a short command.
/// A plain key (`PlainScalars`) is in composed form and equals another exactly when their bytes are equal, so
/// plain keys are stored and found by bytes (`FoldedWord`). Any other key is composed first: two strings are equal
/// exactly when their composed forms are, so a decomposed «й» finds its entry by the composed bytes. Only a key
/// that is not plain even composed is stored and found by `String` equality.
struct PlainKeyTable<Value: Sendable>: Sendable {
  private let byBytes: [FoldedWord: Value]
  private let byString: [String: Value]

  /// The first value given for a key wins.
  init(_ entries: [(String, Value)]) {
    var byBytes: [FoldedWord: Value] = [:]
    var byString: [String: Value] = [:]
    for (key, value) in entries {
      let composed = Self.composed(key)
      if PlainScalars.isPlain(composed) {
        if byBytes[FoldedWord(composed)] == nil { byBytes[FoldedWord(composed)] = value }
      } else if byString[key] == nil {
        byString[key] = value
      }
    }
    self.byBytes = byBytes
    self.byString = byString
  }

  subscript(key: String) -> Value? {
    let composed = Self.composed(key)
    return PlainScalars.isPlain(composed) ? byBytes[FoldedWord(composed)] : byString[key]
  }

  /// Every key, composed.
  var keys: [String] { byBytes.keys.map(\.text) + byString.keys }

  /// The canonically composed form (NFC); a plain key is its own.
  private static func composed(_ key: String) -> String {
    PlainScalars.isPlain(key) ? key : key.precomposedStringWithCanonicalMapping
  }
}
