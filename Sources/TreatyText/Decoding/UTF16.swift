/// Converts UTF-16 (either byte order) to UTF-8.
///
/// Word and Notepad save "Unicode" text as UTF-16 with a BOM. The BOM is decoded like any other code unit, so it
/// comes out as U+FEFF (EF BB BF) and stays available as trivia.
enum UTF16Conversion {
  struct Result: Sendable {
    let utf8: [UInt8]
    /// Surrogates without a partner, each replaced by U+FFFD.
    let unpairedSurrogates: Int
    let firstUnpairedOffset: Int?
    /// True when the byte count was odd and the last lone byte became U+FFFD.
    let hadDanglingByte: Bool
  }

  /// Converts all of `bytes`, reading code units in the given byte order.
  static func convert(_ bytes: [UInt8], bigEndian: Bool) -> Result {
    let unitCount = bytes.count / 2
    let hasDanglingByte = !bytes.count.isMultiple(of: 2)
    // Each unit yields at most three bytes (a surrogate pair yields four from two units); a lone byte yields three.
    let capacity = unitCount * 3 + (hasDanglingByte ? 3 : 0)
    var unpaired = 0
    var firstUnpaired: Int?
    let utf8 = bytes.withUnsafeBufferPointer { input in
      [UInt8](unsafeUninitializedCapacity: capacity) { output, initializedCount in
        @inline(__always)
        func unit(_ index: Int) -> UInt32 {
          let first = UInt32(input[2 * index])
          let second = UInt32(input[2 * index + 1])
          return bigEndian ? first << 8 | second : second << 8 | first
        }
        var written = 0
        var index = 0
        while index < unitCount {
          let current = unit(index)
          if current < 0xD800 || current > 0xDFFF {
            written += UTF8Encoding.write(current, to: output, at: written)
            index += 1
            continue
          }
          if current <= 0xDBFF && index + 1 < unitCount {
            let next = unit(index + 1)
            if next >= 0xDC00 && next <= 0xDFFF {
              let scalar = 0x10000 + ((current - 0xD800) << 10) + (next - 0xDC00)
              written += UTF8Encoding.write(scalar, to: output, at: written)
              index += 2
              continue
            }
          }
          unpaired += 1
          if firstUnpaired == nil { firstUnpaired = 2 * index }
          written += UTF8Encoding.write(0xFFFD, to: output, at: written)
          index += 1
        }
        if hasDanglingByte {
          written += UTF8Encoding.write(0xFFFD, to: output, at: written)
        }
        initializedCount = written
      }
    }
    return Result(
      utf8: utf8, unpairedSurrogates: unpaired, firstUnpairedOffset: firstUnpaired, hadDanglingByte: hasDanglingByte)
  }
}
