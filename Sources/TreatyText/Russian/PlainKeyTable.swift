/// A read-only table keyed by words, looked up by bytes where that is exact.
///
/// Hashing a Cyrillic `String` normalises it first, which made building the lexicons a tenth of a short command.
/// A plain key (`PlainScalars`) equals another exactly when their bytes are equal, so plain lookups go through
/// `FoldedWord`; any other key is looked up by `String` equality in a second table, so a decomposed «й» still finds
/// its entry.
struct PlainKeyTable<Value: Sendable>: Sendable {
  private let byBytes: [FoldedWord: Value]
  private let byString: [String: Value]

  /// The first value given for a key wins.
  init(_ entries: [(String, Value)]) {
    var byBytes: [FoldedWord: Value] = [:]
    var byString: [String: Value] = [:]
    for (key, value) in entries {
      if byBytes[FoldedWord(key)] == nil { byBytes[FoldedWord(key)] = value }
      if byString[key] == nil { byString[key] = value }
    }
    self.byBytes = byBytes
    self.byString = byString
  }

  subscript(key: String) -> Value? { PlainScalars.isPlain(key) ? byBytes[FoldedWord(key)] : byString[key] }

  /// Every key, as given.
  var keys: some Collection<String> { byBytes.keys.lazy.map(\.text) }
}
