/// A strict UTF-8 validator.
///
/// Detection hinges on "is this valid UTF-8?", so the answer must follow the Unicode definition exactly: overlong
/// forms, encoded surrogates (U+D800–U+DFFF), values above U+10FFFF and truncated sequences are all invalid.
/// A lenient check would let Windows-1251 text slip through as "UTF-8" whenever its bytes happen to line up.
enum UTF8Validation {
  /// What one step of the validator found at a position.
  struct Step: Sendable, Equatable {
    /// Bytes consumed: the whole scalar when valid, otherwise the maximal invalid subpart (at least 1).
    let length: Int
    let isValid: Bool
  }

  /// Counts gathered in one pass, used to tell damaged UTF-8 from a single-byte encoding.
  struct Survey: Sendable, Equatable {
    /// Valid scalars of two or more bytes; ASCII says nothing about the encoding and is not counted.
    var validMultiByte = 0
    /// Invalid sequences, each counted once per maximal subpart.
    var invalid = 0
    var firstInvalidOffset: Int?

    var isValid: Bool { invalid == 0 }
  }

  /// Examines the sequence starting at `index`.
  ///
  /// On failure the length is the "maximal subpart" of Unicode's recommended U+FFFD substitution: the longest prefix
  /// that could still have begun a valid sequence. That way each broken character becomes exactly one U+FFFD and the
  /// byte after it is examined afresh.
  @inline(__always)
  static func step(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Step {
    let lead = buffer[index]
    if lead < 0x80 { return Step(length: 1, isValid: true) }
    // Two-byte scalars (all of Cyrillic) before the general case: their lead's range alone rules out overlongs.
    if lead >= 0xC2 && lead <= 0xDF {
      let valid = index + 1 < buffer.count && buffer[index + 1] & 0xC0 == 0x80
      return Step(length: valid ? 2 : 1, isValid: valid)
    }
    let trailing: Int
    // The second byte's allowed range is what rules out overlongs, surrogates and values above U+10FFFF.
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xE0: trailing = 2; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
    case 0xED: trailing = 2; high = 0x9F
    case 0xF0: trailing = 3; low = 0x90
    case 0xF1...0xF3: trailing = 3
    case 0xF4: trailing = 3; high = 0x8F
    default: return Step(length: 1, isValid: false)
    }
    var next = index + 1
    guard next < buffer.count, buffer[next] >= low, buffer[next] <= high else {
      return Step(length: 1, isValid: false)
    }
    next += 1
    for _ in 1..<trailing {
      guard next < buffer.count, buffer[next] & 0xC0 == 0x80 else {
        return Step(length: next - index, isValid: false)
      }
      next += 1
    }
    return Step(length: trailing + 1, isValid: true)
  }

  /// Walks all of `bytes` once and counts valid and invalid sequences.
  static func survey(_ bytes: [UInt8]) -> Survey {
    bytes.withUnsafeBufferPointer { buffer in
      var survey = Survey()
      var index = 0
      while index < buffer.count {
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        let found = step(buffer, at: index)
        if found.isValid {
          survey.validMultiByte += 1
        } else {
          if survey.firstInvalidOffset == nil { survey.firstInvalidOffset = index }
          survey.invalid += 1
        }
        index += found.length
      }
      return survey
    }
  }

  /// The offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8.
  static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      while index < buffer.count {
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        let found = step(buffer, at: index)
        if !found.isValid { return index }
        index += found.length
      }
      return nil
    }
  }
}
