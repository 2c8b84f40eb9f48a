/// Turns a file's bytes into UTF-8 text, detecting the encoding unless told.
///
/// Order matters: refuse empty and binary files first, then trust a byte-order mark, then prefer UTF-8 (including
/// slightly damaged UTF-8), and only then guess between the two single-byte Cyrillic code pages.
public enum Decoder {
  /// Share of valid multi-byte UTF-8 sequences, out of all high-byte sequences, above which bytes that are not quite
  /// valid UTF-8 are still read as UTF-8 with repairs. Windows-1251 and KOI8-R text almost never forms valid UTF-8
  /// by chance (a letter is rarely followed by a 0x80–0xBF byte), so its share is near zero, while a UTF-8 file with
  /// a few broken bytes is near one. 95% rather than 99% so that a short file with one broken byte still counts.
  static let damagedUTF8Threshold = 0.95

  /// Decodes a file's bytes. `forced` overrides detection.
  public static func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws(DecodingFailure) -> DecodedBytes {
    guard !bytes.isEmpty else { throw .empty }
    let bom = ByteOrderMark.detect(bytes)
    // A forced UTF-16 read is the user saying "this is text"; its NUL bytes and odd first bytes are expected.
    if forced != .utf16LE && forced != .utf16BE {
      if let reason = BinarySniffer.reason(for: bytes, hasUTF16BOM: bom?.isUTF16 ?? false) {
        throw .binary(reason: reason)
      }
    }
    if SourceFormat.detect(bytes) == .rtf { return extractRTF(bytes) }
    let decoded: DecodedBytes
    if let forced {
      decoded = try decode(bytes, strictlyAs: forced)
    } else {
      switch bom {
      case .utf8: decoded = decodeUTF8(bytes, hadBOM: true)
      case .utf16LE: decoded = decodeUTF16(bytes, bigEndian: false, hadBOM: true)
      case .utf16BE: decoded = decodeUTF16(bytes, bigEndian: true, hadBOM: true)
      case nil: decoded = detectWithoutBOM(bytes)
      }
    }
    return SourceFormat.detect(decoded.utf8) == .html ? extractHTML(decoded, originalCount: bytes.count) : decoded
  }

  /// RTF: the text inside the markup; positions still point into the file.
  private static func extractRTF(_ bytes: [UInt8]) -> DecodedBytes {
    let result = RTFExtractor.extract(bytes)
    let markup = MarkupSource(
      format: .rtf, text: bytes, origins: result.text.origins, base: .identity(count: bytes.count))
    return DecodedBytes(
      utf8: result.text.utf8, encoding: result.codePage, hadBOM: false, repairs: result.repairs,
      offsets: .identity(count: result.text.utf8.count), markup: markup)
  }

  /// HTML, after decoding its bytes: the text between the tags.
  private static func extractHTML(_ decoded: DecodedBytes, originalCount: Int) -> DecodedBytes {
    let text = HTMLExtractor.extract(decoded.utf8)
    let markup = MarkupSource(format: .html, text: decoded.utf8, origins: text.origins, base: decoded.offsetMap)
    return DecodedBytes(
      utf8: text.utf8, encoding: decoded.encoding, hadBOM: decoded.hadBOM, repairs: decoded.repairs,
      offsets: .identity(count: text.utf8.count), markup: markup)
  }

  /// Decodes exactly as the caller asked, failing where that encoding cannot read the bytes.
  private static func decode(_ bytes: [UInt8], strictlyAs encoding: TextEncoding) throws(DecodingFailure)
    -> DecodedBytes
  {
    let bom = ByteOrderMark.detect(bytes)
    switch encoding {
    case .utf8:
      if let offset = UTF8Validation.firstInvalidOffset(bytes) { throw .invalid(encoding: .utf8, offset: offset) }
      return DecodedBytes(
        utf8: bytes, encoding: .utf8, hadBOM: bom == .utf8, repairs: [], offsets: .identity(count: bytes.count))
    case .utf16LE, .utf16BE:
      guard bytes.count.isMultiple(of: 2) else { throw .invalid(encoding: encoding, offset: bytes.count - 1) }
      return decodeUTF16(bytes, bigEndian: encoding == .utf16BE, hadBOM: bom?.encoding == encoding)
    case .windows1251:
      return decodeSingleByte(bytes, codePage: .windows1251)
    case .koi8R:
      return decodeSingleByte(bytes, codePage: .koi8R)
    }
  }

  private static func detectWithoutBOM(_ bytes: [UInt8]) -> DecodedBytes {
    let survey = UTF8Validation.survey(bytes)
    if survey.isValid {
      return DecodedBytes(
        utf8: bytes, encoding: .utf8, hadBOM: false, repairs: [], offsets: .identity(count: bytes.count))
    }
    let sequences = survey.validMultiByte + survey.invalid
    // A few broken bytes in otherwise valid UTF-8 — by share, or, in a short text, by count — are damage to repair,
    // not a sign of another encoding: Windows-1251 text has almost no valid multi-byte sequences at all.
    let fewBroken = survey.invalid <= 3 && survey.validMultiByte >= 5 * survey.invalid
    if Double(survey.validMultiByte) >= damagedUTF8Threshold * Double(sequences) || fewBroken {
      return decodeUTF8(bytes, hadBOM: false, validPrefix: survey.firstInvalidOffset ?? 0)
    }
    return decodeSingleByte(bytes, codePage: CyrillicScoring.choose(for: bytes))
  }

  /// Reads UTF-8, replacing any broken sequences; the caller has already decided the bytes are UTF-8.
  private static func decodeUTF8(_ bytes: [UInt8], hadBOM: Bool, validPrefix: Int = 0) -> DecodedBytes {
    let repaired = UTF8Repair.repair(bytes, validPrefix: validPrefix)
    guard let first = repaired.replacements.first else {
      return DecodedBytes(
        utf8: bytes, encoding: .utf8, hadBOM: hadBOM, repairs: [], offsets: .identity(count: bytes.count))
    }
    let note = RepairNotes.invalidUTF8(count: repaired.replacements.count, firstOffset: first.originalOffset)
    return DecodedBytes(
      utf8: repaired.utf8, encoding: .utf8, hadBOM: hadBOM, repairs: [note],
      offsets: .repairedUTF8(repaired.replacements, originalCount: bytes.count))
  }

  private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, hadBOM: Bool) -> DecodedBytes {
    let converted = UTF16Conversion.convert(bytes, bigEndian: bigEndian)
    var repairs: [String] = []
    if let first = converted.firstUnpairedOffset {
      repairs.append(RepairNotes.unpairedSurrogates(count: converted.unpairedSurrogates, firstOffset: first))
    }
    if converted.hadDanglingByte {
      repairs.append(RepairNotes.danglingUTF16Byte(offset: bytes.count - 1))
    }
    return DecodedBytes(
      utf8: converted.utf8, encoding: bigEndian ? .utf16BE : .utf16LE, hadBOM: hadBOM, repairs: repairs,
      offsets: .converted(converted.utf8, width: .utf16, originalCount: bytes.count))
  }

  private static func decodeSingleByte(_ bytes: [UInt8], codePage: SingleByteCodePage) -> DecodedBytes {
    let converted = codePage.decode(bytes)
    var repairs: [String] = []
    if let first = converted.firstUndefinedOffset {
      repairs.append(
        RepairNotes.undefinedBytes(count: converted.undefinedBytes, encoding: codePage.encoding, firstOffset: first))
    }
    return DecodedBytes(
      utf8: converted.utf8, encoding: codePage.encoding, hadBOM: false, repairs: repairs,
      offsets: .converted(converted.utf8, width: .oneByte, originalCount: bytes.count))
  }
}
