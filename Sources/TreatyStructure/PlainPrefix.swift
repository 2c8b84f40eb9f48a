import TreatyText

/// `String.hasPrefix` for block texts, answered on UTF-8 bytes where that is exact.
///
/// The structure stage asks every block whether it opens with one of a few words («Сноска», «Совершено»).
/// `String.hasPrefix` compares `Character`s through grapheme breaking and canonical equivalence, thousands of
/// instructions per question. Where the text's scalars at its start are plain (`PlainBytes.plainLength`: each
/// is a `Character` of its own with no equivalent but itself), comparing bytes gives the same answer; elsewhere
/// the question is asked of the `String`.
enum PlainPrefix {
  /// `prefixes.contains { text.hasPrefix($0) }` for prefixes of plain scalars.
  static func hasPrefix(_ text: String, anyOf prefixes: [String]) -> Bool {
    let longest = prefixes.reduce(0) { max($0, $1.utf8.count) }
    let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      let plain = plainExtent(bytes, through: longest)
      return prefixes.contains { prefix in
        let length = prefix.utf8.count
        // Exact on bytes when the scalars over the prefix, and the one after it, are plain.
        guard plain > length || plain == bytes.count else { return text.hasPrefix(prefix) }
        return startsWithBytes(bytes, prefix)
      }
    }
    return answer ?? prefixes.contains { text.hasPrefix($0) }
  }

  /// Whether `text`'s UTF-8 bytes start with `prefix`'s, with no regard to `Character`s.
  static func startsWithBytes(_ text: String, _ prefix: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { startsWithBytes($0, prefix) } ?? text.utf8.starts(with: prefix.utf8)
  }

  private static func startsWithBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool {
    // The prefixes are native strings, so their bytes are contiguous; walking `prefix.utf8` as a sequence cost
    // more than the comparison, and every block is asked about a dozen prefixes.
    let answer = prefix.utf8.withContiguousStorageIfAvailable { wanted -> Bool in
      guard wanted.count <= bytes.count else { return false }
      for index in wanted.indices where bytes[index] != wanted[index] { return false }
      return true
    }
    return answer ?? bytes.starts(with: prefix.utf8)
  }

  /// The offset where the leading run of plain scalars ends, reading no further than the first scalar that starts
  /// after `limit`: past `limit` when every scalar starting at or before it is plain, `bytes.count` at the end.
  private static func plainExtent(_ bytes: UnsafeBufferPointer<UInt8>, through limit: Int) -> Int {
    var index = 0
    while index <= limit && index < bytes.count {
      guard let length = PlainBytes.plainLength(bytes, at: index) else { return index }
      index += length
    }
    return index
  }
}
