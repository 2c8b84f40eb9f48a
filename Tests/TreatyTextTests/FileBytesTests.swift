import XCTest

@testable import TreatyText

final class FileBytesTests: XCTestCase {
  private let corpusFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../corpus/kz-kg-migration-2019.txt").standardizedFileURL.path

  func testReadsTheFileAsFoundationDoes() throws {
    let bytes = try FileBytes.contents(path: corpusFile, limit: TextLoader.maximumBytes)
    XCTAssertEqual(bytes, Array(try Data(contentsOf: URL(fileURLWithPath: corpusFile))))
  }

  func testEmptyFileIsNoBytes() throws {
    let path = NSTemporaryDirectory() + "treaty-empty-\(UUID().uuidString).txt"
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: path) }
    XCTAssertEqual(try FileBytes.contents(path: path, limit: 10), [])
  }

  func testFailuresNameTheReason() {
    XCTAssertThrowsError(try FileBytes.contents(path: "/no/such/file.txt", limit: 10)) { error in
      XCTAssertEqual(error as? TreatyError, .fileNotFound(path: "/no/such/file.txt"))
    }
    XCTAssertThrowsError(try FileBytes.contents(path: NSTemporaryDirectory(), limit: 10)) { error in
      XCTAssertEqual(error as? TreatyError, .isDirectory(path: NSTemporaryDirectory()))
    }
    XCTAssertThrowsError(try FileBytes.contents(path: corpusFile, limit: 100)) { error in
      guard case .tooLarge(_, let bytes, 100)? = error as? TreatyError else { return XCTFail("\(error)") }
      XCTAssertGreaterThan(bytes, 100)
    }
  }
}
