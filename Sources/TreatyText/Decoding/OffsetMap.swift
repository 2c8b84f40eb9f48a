/// Maps byte offsets in decoded UTF-8 back to byte offsets in the original file.
///
/// Diagnostics must point into the file the user actually has, which may be Windows-1251 or UTF-16. Storing one
/// original offset per output byte would quadruple memory, so for converted text we keep a checkpoint every
/// `stride` output bytes and walk forward from it: each scalar's original width follows from its UTF-8 lead byte
/// (one byte in a single-byte code page; two, or four for a surrogate pair, in UTF-16).
struct OffsetMap: Sendable {
  /// How many original bytes one decoded scalar consumed.
  enum SourceWidth: Sendable {
    /// Windows-1251, KOI8-R: every scalar, even U+FFFD for an undefined byte, came from one byte.
    case oneByte
    /// UTF-16: scalars outside the BMP came from a surrogate pair, everything else from one code unit.
    case utf16

    @inline(__always)
    func originalLength(lead: UInt8) -> Int {
      switch self {
      case .oneByte: 1
      case .utf16: lead >= 0xF0 ? 4 : 2
      }
    }
  }

  /// One U+FFFD that replaced an invalid UTF-8 sequence; only these break the identity mapping of UTF-8 input.
  struct Replacement: Sendable, Equatable {
    let utf8Offset: Int
    let originalOffset: Int
    let originalLength: Int
  }

  private enum Storage: Sendable {
    case identity
    case replacements([Replacement])
    case checkpoints(SourceWidth, [Int])
  }

  /// log2 of the checkpoint stride: 256 output bytes per checkpoint keeps both memory and lookup cost small.
  private static let strideShift = 8

  private let storage: Storage
  /// The length of the original file; the end of the decoded text maps here.
  let originalCount: Int

  private init(storage: Storage, originalCount: Int) {
    self.storage = storage
    self.originalCount = originalCount
  }

  /// The mapping for UTF-8 input decoded without change.
  static func identity(count: Int) -> OffsetMap {
    OffsetMap(storage: .identity, originalCount: count)
  }

  /// The mapping for UTF-8 input in which some invalid sequences were replaced by U+FFFD (sorted by offset).
  static func repairedUTF8(_ replacements: [Replacement], originalCount: Int) -> OffsetMap {
    if replacements.isEmpty { return identity(count: originalCount) }
    return OffsetMap(storage: .replacements(replacements), originalCount: originalCount)
  }

  /// The mapping for text converted scalar by scalar from another encoding, derived from the output alone.
  static func converted(_ utf8: [UInt8], width: SourceWidth, originalCount: Int) -> OffsetMap {
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity((utf8.count >> strideShift) + 1)
    utf8.withUnsafeBufferPointer { buffer in
      var original = 0
      var index = 0
      while index < buffer.count {
        // `index` starts a scalar; it is the first one at or after every block start not yet recorded.
        while checkpoints.count << strideShift <= index {
          checkpoints.append(original)
        }
        let lead = buffer[index]
        original += width.originalLength(lead: lead)
        index += UTF8Encoding.sequenceLength(lead: lead)
      }
    }
    return OffsetMap(storage: .checkpoints(width, checkpoints), originalCount: originalCount)
  }

  /// The original offset for `offset` in `utf8`, which must be the text this map was built for.
  ///
  /// An offset inside a scalar maps to where that scalar began; `utf8.count` maps to the original length.
  func originalOffset(forUTF8Offset offset: Int, in utf8: [UInt8]) -> Int {
    precondition(offset >= 0 && offset <= utf8.count, "UTF-8 offset \(offset) outside 0...\(utf8.count)")
    switch storage {
    case .identity:
      return offset
    case .replacements(let replacements):
      return Self.lookUp(offset, replacements: replacements)
    case .checkpoints(let width, let checkpoints):
      if offset == utf8.count { return originalCount }
      return Self.lookUp(offset, in: utf8, width: width, checkpoints: checkpoints)
    }
  }

  private static func lookUp(_ offset: Int, replacements: [Replacement]) -> Int {
    // Binary search for the last replacement starting at or before `offset`.
    var low = 0
    var high = replacements.count
    while low < high {
      let middle = (low + high) / 2
      if replacements[middle].utf8Offset <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low > 0 else { return offset }
    let replacement = replacements[low - 1]
    let replacementEnd = replacement.utf8Offset + 3
    if offset < replacementEnd { return replacement.originalOffset }
    return replacement.originalOffset + replacement.originalLength + (offset - replacementEnd)
  }

  private static func lookUp(_ offset: Int, in utf8: [UInt8], width: SourceWidth, checkpoints: [Int]) -> Int {
    utf8.withUnsafeBufferPointer { buffer in
      var scalarStart = offset
      while scalarStart > 0 && UTF8Encoding.isContinuation(buffer[scalarStart]) {
        scalarStart -= 1
      }
      let block = scalarStart >> strideShift
      var position = block << strideShift
      while UTF8Encoding.isContinuation(buffer[position]) {
        position += 1
      }
      var original = checkpoints[block]
      while position < scalarStart {
        let lead = buffer[position]
        original += width.originalLength(lead: lead)
        position += UTF8Encoding.sequenceLength(lead: lead)
      }
      return original
    }
  }
}
