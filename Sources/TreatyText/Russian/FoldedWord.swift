import Foundation

/// A folded word as a dictionary key, hashed and compared by its UTF-8 bytes.
///
/// Folded words are already lowercase with ё as е, so byte equality is the equality wanted; for words of plain
/// scalars (`PlainScalars`) it is exactly `String` equality. It spares the Unicode normalisation that `String`'s own
/// hashing and comparison run on every Cyrillic key. Users keep to plain words or fall back to `String` keys.
public struct FoldedWord: Hashable, Sendable {
  public let text: String
  /// `StableHash.fnv1a` of the bytes: the same in every process, so it also serves as a stem's stable hash.
  public let hash: UInt64

  public init(_ text: String) {
    self.text = text
    hash = StableHash.fnv1a(text)
  }

  /// The key of any string, by the bytes of its composed form (NFC). Two strings are equal (`==`, which is
  /// canonical equivalence) exactly when their composed forms have the same bytes, so this key is exact for every
  /// string; a plain one (`PlainScalars`) is composed already, and only the rare others pay for composing.
  public init(canonical text: String) {
    self.init(PlainScalars.isPlain(text) ? text : text.precomposedStringWithCanonicalMapping)
  }

  public static func == (lhs: FoldedWord, rhs: FoldedWord) -> Bool {
    lhs.hash == rhs.hash && FastSearch.bytesEqual(lhs.text, rhs.text)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
