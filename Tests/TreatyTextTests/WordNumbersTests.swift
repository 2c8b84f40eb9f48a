import XCTest

@testable import TreatyText

final class WordNumbersTests: XCTestCase {
  /// Every word of a corpus text numbered through the table gets the number a `String`-keyed dictionary gives,
  /// across the table's growth from 64 slots.
  func testNumbersAgreeWithAStringDictionary() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "../../corpus/kz-kg-migration-2019.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var table = WordNumbers()
    var reference: [String: Int32] = [:]
    WordTokenizer.forEachWordKey(in: text) { key in
      let word = String(decoding: key, as: UTF8.self)
      let hash = StableHash.fnv1a(key)
      let found = table.number(of: key, hash: hash)
      XCTAssertEqual(found, reference[word], word)
      if found == nil {
        let number = Int32(reference.count)
        table.insert(key, hash: hash, number: number)
        reference[word] = number
      }
    }
    XCTAssertGreaterThan(table.count, 500)
    XCTAssertEqual(table.count, reference.count)
  }

  /// Two words with one hash are still told apart by their bytes.
  func testEqualHashesDoNotMakeEqualWords() {
    var table = WordNumbers()
    let first: [UInt8] = Array("стороны".utf8)
    let second: [UInt8] = Array("сторона".utf8)
    first.withUnsafeBufferPointer { table.insert($0, hash: 7, number: 1) }
    XCTAssertNil(second.withUnsafeBufferPointer { table.number(of: $0, hash: 7) })
    XCTAssertEqual(first.withUnsafeBufferPointer { table.number(of: $0, hash: 7) }, 1)
  }
}
