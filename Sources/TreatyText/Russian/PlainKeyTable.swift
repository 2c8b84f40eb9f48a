/// A read-only table keyed by words, looked up by bytes.
///
/// Hashing a Cyrillic `String` normalises it first, which made building the lexicons a tenth of a short command.
/// Keys are stored and found by the bytes of their composed form (`FoldedWord(canonical:)`), which is exactly
/// `String` equality: a decomposed «й» still finds its entry.
struct PlainKeyTable<Value: Sendable>: Sendable {
  private let entries: [FoldedWord: Value]

  /// The first value given for a key wins.
  init(_ entries: [(String, Value)]) {
    var table: [FoldedWord: Value] = [:]
    for (key, value) in entries where table[FoldedWord(canonical: key)] == nil { table[FoldedWord(canonical: key)] = value }
    self.entries = table
  }

  subscript(key: String) -> Value? { entries[FoldedWord(canonical: key)] }

  /// Every key, composed.
  var keys: [String] { entries.keys.map(\.text) }
}
