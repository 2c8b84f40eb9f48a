@testable import TreatyStructure
import TreatyText
import XCTest

/// Numbers become id-safe as the Akoma Ntoso naming wants them, byte by byte.
final class IdentifierTests: XCTestCase {
  private func sanitized(_ number: String) -> String {
    var bytes: [UInt8] = []
    Identifiers.appendSanitized(number, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  func testNumbersBecomeIdSafe() {
    let expected = [
      "5-1": "5-1", "12¹": "12-1", "3²": "3-2", "7³": "7-3", "1.2": "1.2", "IV": "IV", "a": "a", "А": "а", "Я": "я",
      "ё": "ё", "Ё": "ё", "б": "б", "10 а": "10а", "№ 5": "5", " ": "x", "": "x", "§": "x", "Ѣ": "x",
    ]
    for (number, id) in expected { XCTAssertEqual(sanitized(number), id, number) }
  }

  func testDecimalsAndDuplicates() {
    var bytes = Array("art_".utf8)
    DecimalDigits.append(0, to: &bytes)
    DecimalDigits.append(1_203, to: &bytes)
    XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "art_01203")
    var used = Identifiers.UsedIds()
    let base = Array("art_1".utf8)
    let ids = (0..<4).map { _ in String(decoding: used.claim(base), as: UTF8.self) }
    XCTAssertEqual(ids, ["art_1", "art_1_dup2", "art_1_dup3", "art_1_dup4"])
    // A taken `_dupN` is skipped.
    var taken = Identifiers.UsedIds()
    XCTAssertTrue(taken.insert(Array("p_dup2".utf8)))
    XCTAssertFalse(taken.insert(Array("p_dup2".utf8)))
    XCTAssertEqual(String(decoding: taken.claim(Array("p".utf8)), as: UTF8.self), "p")
    XCTAssertEqual(String(decoding: taken.claim(Array("p".utf8)), as: UTF8.self), "p_dup3")
  }
}

/// Numbers of inserted units («5-1», «12¹») are told from the bytes where they are ASCII, by characters otherwise.
final class InsertedNumberTests: XCTestCase {
  func testInsertedNumbers() {
    let expected = [
      "5-1": true, "12¹": true, "3²": true, "4³": true, "7": false, "IV": false, "а": false, "": false, "1.1": false,
      "5\u{2011}1": false, "5-\u{301}1": false, "5\u{301}-1": true,
    ]
    for (number, inserted) in expected { XCTAssertEqual(NumberingTracker.isInserted(number), inserted, number) }
  }
}
