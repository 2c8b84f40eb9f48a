/// Decodes UTF-8 that is valid except in a few places, replacing each broken sequence with U+FFFD.
///
/// A UTF-8 file with one damaged byte is still a UTF-8 file; replacing the damage keeps the rest of the text intact
/// instead of misreading the whole file as Windows-1251.
enum UTF8Repair {
  struct Result: Sendable {
    let utf8: [UInt8]
    /// Where each U+FFFD went, in order, for the offset map.
    let replacements: [OffsetMap.Replacement]
  }

  /// Copies `bytes`, turning every maximal invalid subpart into one U+FFFD. `validPrefix` bytes at the start are
  /// already known to be valid (the detector's survey found where the damage starts), so they are copied unread.
  static func repair(_ bytes: [UInt8], validPrefix: Int = 0) -> Result {
    var output: [UInt8] = []
    var replacements: [OffsetMap.Replacement] = []
    bytes.withUnsafeBufferPointer { buffer in
      // A broken sequence is at least one byte and becomes three, so this is a good first guess at the size.
      output.reserveCapacity(buffer.count + 16)
      var runStart = 0
      var index = max(0, min(validPrefix, buffer.count))
      while index < buffer.count {
        if buffer[index] < 0x80 {
          index += 1
          continue
        }
        let found = UTF8Validation.step(buffer, at: index)
        if found.isValid {
          index += found.length
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
        replacements.append(
          OffsetMap.Replacement(utf8Offset: output.count, originalOffset: index, originalLength: found.length))
        let (first, second, third) = UTF8Encoding.replacement
        output.append(first)
        output.append(second)
        output.append(third)
        index += found.length
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
    }
    return Result(utf8: output, replacements: replacements)
  }
}
