import Foundation
import TreatyCLI
import TreatyStructure
import TreatyText
import XCTest

/// The catalogue of bad and odd inputs: each gets a clear message and exit code, or a parse with diagnostics —
/// never a crash, a hang or a silently shortened text.
final class BadInputTests: XCTestCase {
  private func file(_ bytes: [UInt8]) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".txt")
    try Data(bytes).write(to: url)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
  }

  private func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
    let out = StringSink()
    let err = StringSink()
    let code = CLI.run(arguments: arguments, stdout: out, stderr: err)
    return (code, out.text, err.text)
  }

  private func parse(_ text: String) -> Document {
    let document = DocumentParser.parse(SourceText(name: "t.txt", text: text), flavor: .plain)
    XCTAssertEqual(Coverage.problems(in: document), [], "lossless")
    return document
  }

  func testWhitespaceOnlyFileParsesWithADiagnostic() throws {
    let result = run(["articles", try file(Array("  \n\t\n\n".utf8))])
    XCTAssertEqual(result.code, 0)
    XCTAssertTrue(result.err.contains("warning: the file has no text, only whitespace [document.no-text]"))
  }

  func testZipAndDocxAreRefusedAsBinary() throws {
    let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0x41, count: 64)
    let result = run(["parse", try file(zip)])
    XCTAssertEqual(result.code, 2)
    XCTAssertTrue(result.err.contains("not a text file (looks like a ZIP archive"), result.err)
  }

  func testInvalidUTF8InTheMiddleIsRepairedAndReported() throws {
    var bytes = Array("Статья 1\n\n      Текст до ".utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(" и после.\n".utf8)
    let result = run(["parse", try file(bytes)])
    XCTAssertEqual(result.code, 0)
    XCTAssertTrue(result.out.contains("Текст до"))
    XCTAssertTrue(result.out.contains("и после."), "nothing after the bad bytes is lost")
    XCTAssertTrue(result.err.contains("[decode.repaired]"), result.err)
  }

  func testEveryEncodingGivesTheSameTreeAsUTF8() throws {
    let text = try String(contentsOf: CorpusPath.url("kz-ru-mvd-cooperation-2008.txt"), encoding: .utf8)
    let utf8 = run(["parse", try file(Array(text.utf8)), "--format", "json"]).out
    let encodings: [String.Encoding] = [.windowsCP1251, .utf16LittleEndian, .utf16BigEndian]
    for encoding in encodings {
      var bytes = Array(try XCTUnwrap(text.data(using: encoding)))
      if encoding == .utf16LittleEndian { bytes = [0xFF, 0xFE] + bytes }
      if encoding == .utf16BigEndian { bytes = [0xFE, 0xFF] + bytes }
      let other = run(["articles", try file(bytes), "--format", "json"]).out
      XCTAssertEqual(other, run(["articles", try file(Array(text.utf8)), "--format", "json"]).out, "\(encoding)")
    }
    XCTAssertFalse(utf8.isEmpty)
  }

  func testMixedLineEndings() {
    let document = parse("Статья 1\r\n\r\n      Текст\r\nпродолжение.\n\nСтатья 2\n\n      Ещё.\r\n")
    XCTAssertEqual(document.acts[0].all(.article).map(\.number), ["1", "2"])
    XCTAssertEqual(document.text(of: document.acts[0].all(.alinea)[0]), "Текст продолжение.")
  }

  func testOddArticleNumbersAreKeptAndExplained() {
    let document = parse("Статья 5\n\n      А.\n\nСтатья 5-1\n\n      Б.\n\nСтатья 6\n\n      В.\n\nСтатья 12¹\n\n      Г.\n\n"
      + "Статья I\n\n      Д.\n\nСтатьяа 7\n\n      Е.\n\nСтатья 8\n\nСтатья 8\n\n      Ж.\n")
    let articles = document.acts[0].all(.article)
    XCTAssertEqual(articles.map(\.number), ["5", "5-1", "6", "12¹", "I", "7", "8", "8"])
    XCTAssertEqual(articles.map(\.id), ["art_5", "art_5-1", "art_6", "art_12-1", "art_I", "art_7", "art_8", "art_8_dup2"])
    let codes = document.diagnostics.map(\.code)
    XCTAssertTrue(codes.contains("structure.misspelled-keyword"))
    XCTAssertTrue(codes.contains("structure.number-duplicate"))
    XCTAssertTrue(codes.contains("structure.empty-provision"), "the first «Статья 8» has no body")
    XCTAssertFalse(codes.contains("structure.number-not-numeric"), "inserted articles are normal")
  }

  func testTwoAgreementsInOneFileAreTwoActs() {
    let text = "СОГЛАШЕНИЕ о первом\n\n      Стороны, именуемые Сторонами,\n      согласились о нижеследующем:\n\n"
      + "Статья 1\n\n      Текст.\n\n      Совершено в городе Астане.\n\nЗа Правительство Республики Казахстан\n\n"
      + "СОГЛАШЕНИЕ о втором\n\n      Стороны, именуемые Сторонами,\n      согласились о нижеследующем:\n\n"
      + "Статья 1\n\n      Другой текст.\n"
    let document = parse(text)
    XCTAssertEqual(document.acts.count, 2)
    XCTAssertEqual(document.acts.map { $0.all(.article).count }, [1, 1])
    XCTAssertEqual(document.acts[1].all(.article).first?.id, "att_1__art_1")
  }

  func testTextAfterTheSignaturesIsKeptAndReported() {
    let document = parse("Статья 1\n\n      Текст.\n\n      Совершено в городе Астане.\n\nЗа Правительство\n\n"
      + "      Посторонний абзац после подписей, который не является подписью и заканчивается точкой.\n")
    XCTAssertTrue(document.diagnostics.contains { $0.code == "structure.text-after-signatures" })
    XCTAssertEqual(document.acts[0].children.last?.kind, .unrecognized)
  }

  func testLargeInputsFinish() {
    // 20,000 articles; 100,000 nested list markers; one line of 2 MB.
    let articles = (1...20_000).map { "Статья \($0)\n\n      Текст статьи \($0).\n" }.joined(separator: "\n")
    XCTAssertEqual(parse(articles).acts[0].all(.article).count, 20_000)
    let nested = DocumentParser.parse(
      SourceText(name: "n.md", text: (0..<100_000).map { String(repeating: "  ", count: $0 % 40) + "- пункт;" }
        .joined(separator: "\n")), flavor: .markdown)
    XCTAssertEqual(nested.acts[0].all(.indent).count, 100_000)
    // One line of 10 MB: one paragraph, every byte covered.
    let line = String(repeating: "слово ", count: 910_000)
    XCTAssertGreaterThan(line.utf8.count, 10_000_000)
    XCTAssertEqual(parse(line).acts[0].all(.alinea).count, 1)
  }

  func testFiftyMegabyteFileIsReadWhole() throws {
    // The 2008 agreement's articles over and over, 50 MB through the command: every article listed, none lost.
    let agreement = try String(contentsOf: CorpusPath.url("kz-ru-mvd-cooperation-2008.txt"), encoding: .utf8)
    let copies = 50_000_000 / agreement.utf8.count + 1
    let path = try file(Array(String(repeating: agreement + "\n", count: copies).utf8))
    let result = run(["articles", path, "--format", "csv"])
    XCTAssertEqual(result.code, 0, result.err)
    let lines = result.out.utf8.filter { $0 == UInt8(ascii: "\n") }.count  // CSV rows end in CRLF
    XCTAssertEqual(lines - 1, 15 * copies, "a header, then 15 articles of each copy")
  }
}

enum CorpusPath {
  static func url(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus").appendingPathComponent(name)
  }
}
