import Foundation
import XCTest

@testable import TreatyText

/// Tests for `Decoder`: detection, conversion, repairs and the map back to original offsets.
///
/// Conversions are checked against the real corpus re-encoded in memory, so the tables are exercised on the kind of
/// text Treaty actually reads; Foundation's own Windows-1251 converter serves as an independent oracle.
final class DecoderTests: XCTestCase {
  // MARK: - Fixtures

  private static let corpusURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("corpus/kz-ru-mvd-cooperation-2008.txt")

  private func corpusUTF8() throws -> [UInt8] {
    let bytes = try [UInt8](Data(contentsOf: Self.corpusURL))
    XCTAssertGreaterThan(bytes.count, 1000, "the corpus file should hold a real treaty")
    return bytes
  }

  private func corpusText() throws -> String {
    String(decoding: try corpusUTF8(), as: UTF8.self)
  }

  private func cp1251(_ text: String) throws -> [UInt8] {
    try XCTUnwrap(text.data(using: .windowsCP1251).map { [UInt8]($0) }, "Foundation could not encode as cp1251")
  }

  /// KOI8-R has no Foundation converter on every platform, so the inverse of our table encodes it; the table itself
  /// is checked independently in `testKOI8RTableFollowsTheKOI8LetterOrder`.
  private func koi8R(_ text: String) throws -> [UInt8] {
    try XCTUnwrap(Self.koi8RIfEncodable(text), "KOI8-R cannot encode \(text.prefix(40))")
  }

  private static let koi8RInverse: [UInt32: UInt8] = Dictionary(
    uniqueKeysWithValues: SingleByteTables.koi8R.enumerated().map { (UInt32($0.element), UInt8($0.offset)) })

  private static func koi8RIfEncodable(_ text: String) -> [UInt8]? {
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      guard let byte = koi8RInverse[scalar.value] else { return nil }
      bytes.append(byte)
    }
    return bytes
  }

  private func utf16(_ text: String, bigEndian: Bool) throws -> [UInt8] {
    let data = try XCTUnwrap(text.data(using: bigEndian ? .utf16BigEndian : .utf16LittleEndian))
    return (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + [UInt8](data)
  }

  private func decode(_ bytes: [UInt8], forced: TextEncoding? = nil) throws -> DecodedBytes {
    do {
      return try Decoder.decode(bytes, forced: forced)
    } catch {
      XCTFail("unexpected failure \(error)")
      throw error
    }
  }

  private func failure(_ bytes: [UInt8], forced: TextEncoding? = nil) -> DecodingFailure? {
    do {
      _ = try Decoder.decode(bytes, forced: forced)
      return nil
    } catch {
      return error
    }
  }

  private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  // MARK: - The corpus in every encoding

  func testCorpusUTF8IsReadUnchanged() throws {
    let original = try corpusUTF8()
    let decoded = try decode(original)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertFalse(decoded.hadBOM)
    XCTAssertEqual(decoded.repairs, [])
    XCTAssertEqual(decoded.utf8, original)
    for offset in [0, 1, 2, 100, original.count] {
      XCTAssertEqual(decoded.originalOffset(forUTF8Offset: offset), offset)
    }
  }

  func testCorpusInWindows1251IsDetectedAndConvertedExactly() throws {
    let original = try corpusUTF8()
    let bytes = try cp1251(try corpusText())
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .windows1251)
    XCTAssertFalse(decoded.hadBOM)
    XCTAssertEqual(decoded.repairs, [])
    XCTAssertEqual(decoded.utf8, original)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), bytes.count)
  }

  func testCorpusInKOI8RIsDetectedAndConvertedExactly() throws {
    let original = try corpusUTF8()
    let bytes = try koi8R(try corpusText())
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .koi8R)
    XCTAssertEqual(decoded.repairs, [])
    XCTAssertEqual(decoded.utf8, original)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), bytes.count)
  }

  func testCorpusInUTF16LittleEndianWithBOM() throws {
    let original = try corpusUTF8()
    let bytes = try utf16(try corpusText(), bigEndian: false)
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf16LE)
    XCTAssertTrue(decoded.hadBOM)
    XCTAssertEqual(decoded.repairs, [])
    XCTAssertEqual(decoded.utf8, Self.bom + original)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), bytes.count)
  }

  func testCorpusInUTF16BigEndianWithBOM() throws {
    let original = try corpusUTF8()
    let bytes = try utf16(try corpusText(), bigEndian: true)
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf16BE)
    XCTAssertTrue(decoded.hadBOM)
    XCTAssertEqual(decoded.utf8, Self.bom + original)
  }

  func testCorpusOffsetsMapBackToEveryOriginalCharacter() throws {
    let text = try corpusText()
    let cases: [(bytes: [UInt8], widthOf: (Unicode.Scalar) -> Int)] = [
      (try cp1251(text), { _ in 1 }),
      (try koi8R(text), { _ in 1 }),
      (try utf16(text, bigEndian: false), { $0.value > 0xFFFF ? 4 : 2 }),
      (try utf16(text, bigEndian: true), { $0.value > 0xFFFF ? 4 : 2 }),
    ]
    for (bytes, widthOf) in cases {
      let decoded = try decode(bytes)
      let expected = expectedOffsets(decoded.utf8, originalWidth: widthOf, originalCount: bytes.count)
      XCTAssertEqual(expected.first, 0)
      for offset in 0...decoded.utf8.count where decoded.originalOffset(forUTF8Offset: offset) != expected[offset] {
        XCTFail("\(decoded.encoding): UTF-8 offset \(offset) mapped to "
          + "\(decoded.originalOffset(forUTF8Offset: offset)), expected \(expected[offset])")
        break
      }
    }
  }

  /// The obvious, slow mapping: walk the scalars and add up how many original bytes each one used.
  private func expectedOffsets(
    _ utf8: [UInt8], originalWidth: (Unicode.Scalar) -> Int, originalCount: Int
  ) -> [Int] {
    var result: [Int] = []
    var original = 0
    for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
      let length = String(scalar).utf8.count
      result += Array(repeating: original, count: length)
      original += originalWidth(scalar)
    }
    result.append(originalCount)
    return result
  }

  func testEveryRussianCorpusFileIsDetectedInBothCodePages() throws {
    let directory = Self.corpusURL.deletingLastPathComponent()
    let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
      .filter { ["txt", "md"].contains($0.pathExtension) }
    XCTAssertFalse(files.isEmpty)
    for file in files {
      let original = try [UInt8](Data(contentsOf: file))
      let text = String(decoding: original, as: UTF8.self)
      let cyrillic = text.unicodeScalars.filter { (0x0410...0x044F).contains($0.value) }.count
      guard cyrillic >= 100, let windows1251 = text.data(using: .windowsCP1251) else { continue }
      XCTAssertEqual(try decode([UInt8](windows1251)).utf8, original, file.lastPathComponent)
      // KOI8-R lacks №, « and », so those become "?" first.
      let koi8Text = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
        Self.koi8RInverse[scalar.value] == nil ? "?" : scalar
      }))
      XCTAssertEqual(try decode(try koi8R(koi8Text)).utf8, Array(koi8Text.utf8), file.lastPathComponent)
    }
  }

  func testEveryCorpusLineWithTwentyLettersIsDetectedInBothCodePages() throws {
    for line in try corpusText().split(whereSeparator: \.isNewline) {
      let text = String(line)
      guard text.unicodeScalars.filter({ (0x0410...0x044F).contains($0.value) }).count >= 20 else { continue }
      XCTAssertEqual(try decode(try cp1251(text)).encoding, .windows1251, text)
      XCTAssertEqual(try decode(try koi8R(text)).encoding, .koi8R, text)
    }
  }

  // MARK: - Short texts in the single-byte code pages

  func testShortSentenceIsDetectedInBothCodePages() throws {
    for sentence in [
      "Статья 1. Стороны сотрудничают",
      "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ",
      "Статья",
      "«Об утверждении Правил» № 5 — в редакции от 1 января",
      "Её ещё ждёт",
    ] {
      let inWindows1251 = try decode(try cp1251(sentence))
      XCTAssertEqual(inWindows1251.encoding, .windows1251, sentence)
      XCTAssertEqual(String(decoding: inWindows1251.utf8, as: UTF8.self), sentence)
      guard !sentence.contains("«") else { continue }  // KOI8-R has no guillemets.
      let inKOI8R = try decode(try koi8R(sentence))
      XCTAssertEqual(inKOI8R.encoding, .koi8R, sentence)
      XCTAssertEqual(String(decoding: inKOI8R.utf8, as: UTF8.self), sentence)
    }
  }

  func testWindows1251OffsetOfTenthLetterIsNine() throws {
    let text = "СоглашениеОСотрудничестве"
    let decoded = try decode(try cp1251(text))
    XCTAssertEqual(decoded.encoding, .windows1251)
    // Every letter is two UTF-8 bytes and one original byte.
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 18), 9)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 19), 9, "a continuation byte maps to its scalar's start")
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 0), 0)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), text.unicodeScalars.count)
  }

  func testWindows1251OffsetsAcrossManyCheckpoints() throws {
    // Long enough to cross many checkpoints, mixing one-, two- and three-byte UTF-8 forms.
    let text = String(repeating: "Статья 1 — «Стороны» № 2. ", count: 200)
    let bytes = try cp1251(text)
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .windows1251)
    let expected = expectedOffsets(decoded.utf8, originalWidth: { _ in 1 }, originalCount: bytes.count)
    XCTAssertEqual((0...decoded.utf8.count).map(decoded.originalOffset(forUTF8Offset:)), expected)
  }

  func testWindows1251TableMatchesFoundationForEveryDefinedByte() throws {
    for byte in 0x80...0xFF where byte != 0x98 {
      let oracle = try XCTUnwrap(String(data: Data([UInt8(byte)]), encoding: .windowsCP1251))
      let decoded = try decode([0x41, UInt8(byte)], forced: .windows1251)
      XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "A" + oracle, "byte 0x\(String(byte, radix: 16))")
    }
  }

  func testWindows1251LandmarkBytes() throws {
    let expectations: [(UInt8, String)] = [
      (0xA8, "Ё"), (0xB8, "ё"), (0xC0, "А"), (0xDF, "Я"), (0xE0, "а"), (0xFF, "я"), (0xB9, "№"),
      (0xA0, "\u{A0}"), (0xAB, "«"), (0xBB, "»"), (0x96, "–"), (0x97, "—"),
    ]
    for (byte, character) in expectations {
      XCTAssertEqual(SingleByteTables.windows1251[Int(byte)], UInt16(character.unicodeScalars.first!.value))
    }
    XCTAssertEqual(SingleByteTables.windows1251.count, 256)
    XCTAssertEqual(SingleByteTables.koi8R.count, 256)
    for byte in 0..<0x80 {
      XCTAssertEqual(SingleByteTables.windows1251[byte], UInt16(byte))
      XCTAssertEqual(SingleByteTables.koi8R[byte], UInt16(byte))
    }
  }

  func testKOI8RTableFollowsTheKOI8LetterOrder() {
    let lower = "юабцдефгхийклмнопярстужвьызшэщчъ"
    let upper = "ЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ"
    let letters = (lower + upper).unicodeScalars.map { UInt16($0.value) }
    XCTAssertEqual(Array(SingleByteTables.koi8R[0xC0...0xFF]), letters)
    XCTAssertEqual(SingleByteTables.koi8R[0xA3], 0x0451)  // ё
    XCTAssertEqual(SingleByteTables.koi8R[0xB3], 0x0401)  // Ё
    XCTAssertEqual(SingleByteTables.koi8R[0x80], 0x2500)  // ─
    XCTAssertEqual(SingleByteTables.koi8R[0xBE], 0x256C)  // ╬
    XCTAssertEqual(SingleByteTables.koi8R[0x9A], 0x00A0)  // NBSP
    for byte in 0x80...0xBF where ![0x93, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
                                    0xA3, 0xB3, 0xBF].contains(byte) {
      XCTAssertTrue((0x2500...0x25A0).contains(SingleByteTables.koi8R[byte]), "0x\(String(byte, radix: 16))")
    }
  }

  func testUndefinedWindows1251ByteBecomesReplacementWithNote() throws {
    let bytes = try cp1251("Статья") + [0x98] + (try cp1251(" первая"))
    let decoded = try decode(bytes, forced: .windows1251)
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "Статья\u{FFFD} первая")
    XCTAssertEqual(decoded.repairs, ["1 byte undefined in windows-1251 replaced with U+FFFD (first at byte 6)"])
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 12), 6)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 15), 7)
  }

  // MARK: - Damaged UTF-8

  func testBrokenBytesInsideUTF8TextAreRepairedNotMisread() throws {
    let before = Array("Статья 1. Стороны сотрудничают в борьбе ".utf8)
    let after = Array(" с преступностью.".utf8)
    // A stray 0xFF, and a three-byte sequence cut after two bytes.
    let bytes = before + [0xFF] + Array("и".utf8) + [0xE2, 0x80] + after
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(
      String(decoding: decoded.utf8, as: UTF8.self),
      "Статья 1. Стороны сотрудничают в борьбе \u{FFFD}и\u{FFFD} с преступностью.")
    XCTAssertEqual(
      decoded.repairs, ["2 invalid UTF-8 sequences replaced with U+FFFD (first at byte \(before.count))"])
    // Before the damage the map is the identity; the U+FFFD bytes map to the broken sequence's start; after it,
    // offsets are shifted by what the replacements added.
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 5), 5)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count), before.count)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count + 2), before.count)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count + 3), before.count + 1)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count + 5), before.count + 3)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count + 6), before.count + 3)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: before.count + 8), before.count + 5)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), bytes.count)
  }

  func testOneBrokenByteInAShortUTF8FileStillReadsAsUTF8() throws {
    var bytes = Array("Статья 1. Стороны сотрудничают".utf8)
    bytes.insert(0xC0, at: 13)
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(decoded.repairs.count, 1)
  }

  func testCorpusWithAFewBrokenBytesStaysUTF8() throws {
    let original = try corpusUTF8()
    var bytes = original
    // Break the first space after each of these offsets; a space is one byte, so each becomes one bad sequence.
    let damaged = [1_000, 9_000, 20_000].compactMap { start in original[start...].firstIndex(of: 0x20) }
    for position in damaged { bytes[position] = 0xFF }
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(decoded.repairs, ["3 invalid UTF-8 sequences replaced with U+FFFD (first at byte \(damaged[0]))"])
    XCTAssertEqual(decoded.utf8.count, original.count + 6)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count - 1), original.count - 1)
  }

  func testUTF8BOMIsKeptAndReported() throws {
    let bytes = Self.bom + Array("Статья 1".utf8)
    let decoded = try decode(bytes)
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertTrue(decoded.hadBOM)
    XCTAssertEqual(decoded.utf8, bytes)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 3), 3)
  }

  // MARK: - Forced encodings

  func testForcedUTF8OnWindows1251BytesFailsAtFirstCyrillicByte() throws {
    let bytes = try cp1251("No. 5 Статья")
    XCTAssertEqual(failure(bytes, forced: .utf8), .invalid(encoding: .utf8, offset: 6))
    XCTAssertEqual(try decode(bytes, forced: .windows1251).encoding, .windows1251)
  }

  func testForcedEncodingOverridesDetection() throws {
    let bytes = try cp1251("Статья 1. Стороны сотрудничают")
    let decoded = try decode(bytes, forced: .koi8R)
    XCTAssertEqual(decoded.encoding, .koi8R)
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "яРЮРЭЪ 1. яРНПНМШ ЯНРПСДМХВЮЧР")
  }

  func testForcedUTF16WithOddLengthIsInvalid() {
    XCTAssertEqual(failure([0x41, 0x00, 0x42], forced: .utf16LE), .invalid(encoding: .utf16LE, offset: 2))
    XCTAssertEqual(failure([0x00, 0x41, 0x00], forced: .utf16BE), .invalid(encoding: .utf16BE, offset: 2))
  }

  func testForcedUTF16WithoutBOMReadsNULHeavyBytes() throws {
    let decoded = try decode([0x21, 0x04, 0x42, 0x04], forced: .utf16LE)
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "Ст")
    XCTAssertFalse(decoded.hadBOM)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 2), 2)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 4), 4)
  }

  func testStrictUTF8Validation() {
    let invalid: [([UInt8], Int)] = [
      ([0x41, 0xC0, 0x80], 1),  // overlong NUL
      ([0xC1, 0xBF], 0),  // overlong
      ([0xE0, 0x80, 0x80], 0),  // overlong three-byte
      ([0xF0, 0x80, 0x80, 0x80], 0),  // overlong four-byte
      ([0xED, 0xA0, 0x80], 0),  // surrogate U+D800
      ([0xED, 0xBF, 0xBF], 0),  // surrogate U+DFFF
      ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
      ([0xF5, 0x80, 0x80, 0x80], 0),  // lead byte never used
      ([0x41, 0x42, 0xE2, 0x82], 2),  // truncated at end
      ([0xD0, 0x41], 0),  // missing continuation
      ([0x80], 0),  // stray continuation
    ]
    for (bytes, offset) in invalid {
      XCTAssertEqual(failure(bytes, forced: .utf8), .invalid(encoding: .utf8, offset: offset), "\(bytes)")
    }
    let valid: [[UInt8]] = [
      [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
      [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], Array("№ 1 — 𝄞".utf8),
    ]
    for bytes in valid {
      XCTAssertEqual(UTF8Validation.firstInvalidOffset(bytes), nil, "\(bytes)")
      XCTAssertEqual(failure(bytes, forced: .utf8), nil, "\(bytes)")
    }
  }

  func testMaximalSubpartsBecomeOneReplacementEach() {
    // E1 80 is one broken sequence; the 41 after it is read afresh.
    let repaired = UTF8Repair.repair([0xE1, 0x80, 0x41, 0xF0, 0x9F, 0x98, 0xED, 0xA0, 0x80])
    XCTAssertEqual(String(decoding: repaired.utf8, as: UTF8.self), "\u{FFFD}A\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    XCTAssertEqual(repaired.replacements.map(\.originalLength), [2, 3, 1, 1, 1])
  }

  func testRepairAgreesWithTheStandardLibraryOnRandomBytes() {
    var random = SplitMix64(seed: 0x7EA7)
    // Bytes drawn mostly from the ranges where UTF-8 edge cases live.
    let palette: [UInt8] = [0x41, 0x20, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0, 0xDF, 0xE0, 0xE1,
                            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
    for _ in 0..<2_000 {
      let bytes = (0..<Int(random.next() % 24)).map { _ in palette[Int(random.next() % UInt64(palette.count))] }
      let expected = Array(String(decoding: bytes, as: UTF8.self).utf8)
      XCTAssertEqual(UTF8Repair.repair(bytes).utf8, expected, "\(bytes)")
      XCTAssertEqual(UTF8Validation.firstInvalidOffset(bytes) == nil, String(validating: bytes, as: UTF8.self) != nil)
      // Starting where the survey saw the first damage gives the same bytes and the same replacements.
      let survey = UTF8Validation.survey(bytes)
      XCTAssertEqual(survey.firstInvalidOffset, UTF8Validation.firstInvalidOffset(bytes))
      let resumed = UTF8Repair.repair(bytes, validPrefix: survey.firstInvalidOffset ?? bytes.count)
      XCTAssertEqual(resumed.utf8, expected, "\(bytes)")
      XCTAssertEqual(resumed.replacements, UTF8Repair.repair(bytes).replacements, "\(bytes)")
    }
  }

  /// Line starts are found by `memchr` when a file has no CR and byte by byte otherwise; both agree with splitting
  /// at every LF, CR LF and lone CR.
  func testLineStartsWithAndWithoutCarriageReturns() {
    let texts = [
      "", "a", "\n", "a\nb", "a\nb\n", "\n\n\nx", "строка\nещё\n\n", "a\r\nb", "a\rb\r", "a\r\n\r\n", "\r", "x\n\ry\r\nz",
    ]
    for text in texts {
      let bytes = Array(text.utf8)
      var expected = [0]
      var index = 0
      while index < bytes.count {
        if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        if bytes[index] == 0x0A || bytes[index] == 0x0D { expected.append(index + 1) }
        index += 1
      }
      XCTAssertEqual(SourceText.scanLineStarts(bytes), expected, text.debugDescription)
    }
  }

  func testUTF16AgreesWithTheStandardLibraryOnRandomUnits() {
    var random = SplitMix64(seed: 0x1251)
    let palette: [UInt16] = [0x0041, 0x0421, 0x044F, 0xFEFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD834, 0xDD1E, 0xFFFD]
    for _ in 0..<2_000 {
      let units = (0..<Int(random.next() % 16)).map { _ in palette[Int(random.next() % UInt64(palette.count))] }
      let expected = Array(String(decoding: units, as: UTF16.self).utf8)
      let little = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
      let big = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
      XCTAssertEqual(UTF16Conversion.convert(little, bigEndian: false).utf8, expected, "\(units)")
      XCTAssertEqual(UTF16Conversion.convert(big, bigEndian: true).utf8, expected, "\(units)")
    }
  }

  // MARK: - UTF-16

  func testUTF16BOMsBecomeUTF8BOM() throws {
    let little = try decode([0xFF, 0xFE, 0x21, 0x04, 0x31, 0x00])
    XCTAssertEqual(little.encoding, .utf16LE)
    XCTAssertTrue(little.hadBOM)
    XCTAssertEqual(little.utf8, Self.bom + Array("С1".utf8))
    let big = try decode([0xFE, 0xFF, 0x04, 0x21, 0x00, 0x31])
    XCTAssertEqual(big.encoding, .utf16BE)
    XCTAssertTrue(big.hadBOM)
    XCTAssertEqual(big.utf8, Self.bom + Array("С1".utf8))
  }

  func testUTF16LittleEndianOffsets() throws {
    // BOM, С, 1, 𝄞 (a surrogate pair), я
    let bytes: [UInt8] = [0xFF, 0xFE, 0x21, 0x04, 0x31, 0x00, 0x34, 0xD8, 0x1E, 0xDD, 0x4F, 0x04]
    let decoded = try decode(bytes)
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "\u{FEFF}С1𝄞я")
    // UTF-8 layout: BOM 0..<3, С 3..<5, 1 at 5, 𝄞 6..<10, я 10..<12.
    let expected = [0, 0, 0, 2, 2, 4, 6, 6, 6, 6, 10, 10, 12]
    XCTAssertEqual((0...decoded.utf8.count).map(decoded.originalOffset(forUTF8Offset:)), expected)
  }

  func testUnpairedSurrogatesAreReplacedWithNote() throws {
    // BOM, lone high surrogate, "A", lone low surrogate
    let decoded = try decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x00, 0xDC])
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "\u{FEFF}\u{FFFD}A\u{FFFD}")
    XCTAssertEqual(decoded.repairs, ["2 unpaired UTF-16 surrogates replaced with U+FFFD (first at byte 2)"])
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 6), 4)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 7), 6)
  }

  func testUTF16WithBOMAndOddLengthKeepsTheTextAndNotesTheLoneByte() throws {
    let decoded = try decode([0xFF, 0xFE, 0x21, 0x04, 0x41])
    XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "\u{FEFF}С\u{FFFD}")
    XCTAssertEqual(decoded.repairs, ["odd byte count for UTF-16: the last byte (at byte 4) replaced with U+FFFD"])
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 5), 4)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: decoded.utf8.count), 5)
  }

  // MARK: - Refusals

  func testEmptyInputFails() {
    XCTAssertEqual(failure([]), .empty)
    XCTAssertEqual(failure([], forced: .utf16LE), .empty)
  }

  func testNULBytesMeanBinary() {
    XCTAssertEqual(failure(Array("Статья\u{0}1".utf8)), .binary(reason: "contains NUL bytes"))
    XCTAssertEqual(failure([0x41, 0x00, 0x42, 0x00], forced: .windows1251), .binary(reason: "contains NUL bytes"))
  }

  func testMagicNumbersMeanBinary() {
    let cases: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "looks like a PNG image"),
      ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "looks like a ZIP archive (DOCX/XLSX?)"),
      (Array("%PDF-1.7\n".utf8), "looks like a PDF"),
      ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "looks like a JPEG image"),
      (Array("GIF89a".utf8) + [0x01, 0x00], "looks like a GIF image"),
      (Array("GIF87a".utf8), "looks like a GIF image"),
    ]
    for (bytes, reason) in cases {
      XCTAssertEqual(failure(bytes), .binary(reason: reason))
    }
  }

  // MARK: - Names

  func testEncodingNamesAndAliases() {
    let aliases: [(String, TextEncoding)] = [
      ("utf8", .utf8), ("UTF-8", .utf8), ("utf16le", .utf16LE), ("UTF-16LE", .utf16LE), ("utf16be", .utf16BE),
      ("utf-16be", .utf16BE), ("cp1251", .windows1251), ("Windows-1251", .windows1251), ("win1251", .windows1251),
      ("1251", .windows1251), ("KOI8-R", .koi8R), ("koi8r", .koi8R), ("koi8", .koi8R),
    ]
    for (name, encoding) in aliases {
      XCTAssertEqual(TextEncoding(name: name), encoding, name)
    }
    for name in ["latin1", "", "utf-16", "cp866", "koi8-u"] {
      XCTAssertNil(TextEncoding(name: name), name)
    }
    for encoding in TextEncoding.allCases {
      XCTAssertEqual(TextEncoding(name: encoding.rawValue), encoding)
    }
  }

  func testIdentityWrapsInMemoryText() {
    let decoded = Decoder.identity(Array("Статья\u{0}1".utf8))
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(decoded.originalOffset(forUTF8Offset: 4), 4)
  }
}
