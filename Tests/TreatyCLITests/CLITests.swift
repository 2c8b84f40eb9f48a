import Foundation
import TreatyCLI
import XCTest

/// The command line run in-process, as a user runs it from the repository root.
final class CLITests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private struct Run {
    var code: Int32
    var stdout: String
    var stderr: String
  }

  private func run(_ arguments: String...) -> Run {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(Self.root.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    let out = StringSink()
    let err = StringSink()
    let code = CLI.run(arguments: arguments, stdout: out, stderr: err)
    return Run(code: code, stdout: out.text, stderr: err.text)
  }

  private func temporaryFile(_ bytes: [UInt8], name: String = UUID().uuidString + ".txt") throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
  }

  func testArticlesJSONHasTheDocumentedFields() throws {
    let result = run("articles", "corpus/kz-kg-migration-2019.txt", "--format", "json")
    XCTAssertEqual(result.code, 0)
    let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    XCTAssertEqual(entries.count, 21)
    let article7 = try XCTUnwrap(entries.first { $0["id"] as? String == "att_1__art_7" })
    XCTAssertEqual(article7["act"] as? String, "att_1")
    XCTAssertEqual(article7["number"] as? String, "7")
    XCTAssertTrue(article7["title"] is NSNull)
    XCTAssertEqual(article7["citation"] as? String, "ст. 7")
    XCTAssertEqual(article7["line"] as? Int, 140)
    XCTAssertTrue((article7["text"] as? String)?.contains("\nпол;\n") == true)
    let titled = run("articles", "corpus/kz-ru-mvd-cooperation-2008.txt", "--format=json")
    let first = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(titled.stdout.utf8)) as? [[String: Any]])?.first)
    XCTAssertEqual(first["title"] as? String, "Обязательство сотрудничать")
  }

  func testArticlesOfAnOrderAreItsPointsWithTheirChapter() throws {
    let result = run("articles", "corpus/kz-mvd-order-195-2025.md", "--format", "json")
    let entries = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    XCTAssertEqual(entries.count, 18)
    XCTAssertEqual(entries[9]["citation"] as? String, "гл. 2 п. 6")
    XCTAssertEqual(entries[9]["chapter"] as? String,
      "гл. 2 Взаимодействие подразделений ОВД в предупреждении и пресечении незаконной миграции")
  }

  func testArticlesTableCSVAndMarkdown() {
    let table = run("articles", "corpus/kz-kg-migration-2019.txt")
    XCTAssertEqual(table.code, 0)
    XCTAssertTrue(table.stdout.contains("  ст. 18    att_1__art_18  286   Настоящее Соглашение вступает в силу"))
    let csv = run("articles", "corpus/kz-ru-mvd-cooperation-2008.txt", "--format", "csv")
    XCTAssertTrue(csv.stdout.hasPrefix("\u{FEFF}id,act,citation,number,title,text,line\r\n"))
    XCTAssertTrue(csv.stdout.contains("art_8,main,ст. 8,8,Ограничения использования полученной информации и документов,"))
    let markdown = run("articles", "corpus/kz-ru-mvd-cooperation-2008.txt", "--format", "md")
    XCTAssertTrue(markdown.stdout.contains("| ст. 10 | Языки | 208 |"))
  }

  func testParseJSONHasKindsIdsAndRanges() throws {
    let result = run("parse", "corpus/kz-kg-migration-2019.txt", "--format", "json", "--diagnostics", "none")
    XCTAssertEqual(result.code, 0)
    XCTAssertEqual(result.stderr, "")
    let tree = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(tree["schemaVersion"] as? Int, 1)
    let acts = try XCTUnwrap(tree["acts"] as? [[String: Any]])
    let articles = try XCTUnwrap(acts[1]["children"] as? [[String: Any]]).filter { $0["kind"] as? String == "article" }
    XCTAssertEqual(articles.count, 18)
    let range = try XCTUnwrap(articles[6]["range"] as? [String: [String: Int]])
    XCTAssertEqual(range["start"], ["offset": 11464, "line": 140, "column": 1])
    let children = try XCTUnwrap(articles[6]["children"] as? [[String: Any]])
    XCTAssertEqual(children.map { $0["kind"] as? String }, ["alinea", "list"])
  }

  func testDiagnosticsPrintLikeACompiler() {
    let result = run("parse", "corpus/kz-mvd-order-195-2025.md")
    XCTAssertEqual(result.code, 0)
    XCTAssertTrue(result.stderr.contains(
      "corpus/kz-mvd-order-195-2025.md:170:6: warning: chapter 13 follows chapter 7: 8–12 are missing [structure.number-gap]"),
      result.stderr)
    let json = run("parse", "corpus/kz-mvd-order-195-2025.md", "--diagnostics", "json")
    XCTAssertTrue(json.stdout.contains("\"code\": \"structure.number-gap\""))
    XCTAssertEqual(json.stderr, "")
  }

  func testOutlineShowsTheTree() {
    let result = run("parse", "corpus/kz-kg-migration-2019.txt", "--diagnostics", "none")
    XCTAssertTrue(result.stdout.contains(
      "│     ├─ item att_1__art_7__list_1__item_2 «ст. 7 абз. 3» @146:7-146:11 \"пол;\""), result.stdout)
  }

  func testBadInputsGiveOneLineErrorsAndExitTwo() throws {
    let empty = try temporaryFile([])
    let binary = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    let nul = try temporaryFile(Array("Статья 1\u{0}\u{0}".utf8))
    let cases: [(String, String)] = [
      (empty, "\(empty): the file is empty"),
      (binary, "\(binary): not a text file (looks like a PNG image)"),
      (nul, "\(nul): not a text file (contains NUL bytes)"),
      ("/nonexistent/file.txt", "/nonexistent/file.txt: no such file"),
      (FileManager.default.temporaryDirectory.path, "\(FileManager.default.temporaryDirectory.path): is a directory, not a text file"),
    ]
    for (path, message) in cases {
      for command in ["parse", "articles"] {
        let result = run(command, path)
        XCTAssertEqual(result.code, 2, path)
        XCTAssertEqual(result.stdout, "", path)
        XCTAssertEqual(result.stderr, "error: \(message)\n", path)
      }
    }
  }

  func testUsageErrorsExitTwo() {
    XCTAssertEqual(run("parse").code, 2)
    XCTAssertEqual(run("parse", "a", "b").code, 2)
    XCTAssertEqual(run("parse", "corpus/kz-kg-migration-2019.txt", "--format", "xml").stderr,
      "error: --format must be one of outline, json, akn, not 'xml'\nSee 'treaty --help'.\n")
    XCTAssertEqual(run("frobnicate").code, 2)
    XCTAssertEqual(run("articles", "corpus/kz-kg-migration-2019.txt", "--encoding", "latin9").code, 2)
    XCTAssertEqual(run("articles", "--bogus").stderr, "error: unknown option '--bogus'\nSee 'treaty --help'.\n")
  }

  func testModelCommandTextAndJSON() throws {
    let text = run("model", "corpus/kz-kg-migration-2019.txt")
    XCTAssertEqual(text.code, 0)
    XCTAssertTrue(text.stdout.contains("COMPETENT BODIES\n  Правительство Республики Казахстан:\n"), text.stdout)
    let json = run("model", "corpus/kz-kg-migration-2019.txt", "--format", "json")
    let model = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(model["schemaVersion"] as? Int, 1)
    for key in ["acts", "parties", "competentBodies", "dataCategories", "terms", "references", "citedActs", "durations",
      "clauseTypes"]
    {
      XCTAssertNotNil(model[key] as? [Any], key)
    }
    let bodies = try XCTUnwrap(model["competentBodies"] as? [[String: Any]])
    XCTAssertEqual(bodies.count, 5)
    XCTAssertEqual(bodies[0]["party"] as? String, "Правительство Республики Казахстан")
    XCTAssertEqual(bodies[0]["role"] as? String, "competent")
    XCTAssertEqual(bodies[0]["source"] as? String, "att_1__art_2__list_1__item_1")
    let references = try XCTUnwrap(model["references"] as? [[String: Any]])
    XCTAssertEqual(references.first?["target"] as? String, "att_1__art_6")
    XCTAssertEqual(run("model", "/nonexistent").code, 2)
  }

  func testDiffCommandExitCodesAndJSON() throws {
    let differ = run("diff", "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md")
    XCTAssertEqual(differ.code, 1)
    XCTAssertTrue(differ.stdout.contains("  ст. 5 → ст. 11 п. 4 (moved, modified)\n"), differ.stdout)
    XCTAssertFalse(differ.stdout.contains("\u{1B}["), "no colour when the output is not a terminal")
    let same = run("diff", "corpus/kz-kg-migration-2019.txt", "corpus/kz-kg-migration-2019.txt")
    XCTAssertEqual(same.code, 0)
    let json = run("diff", "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md", "--format", "json")
    let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(root["schemaVersion"] as? Int, 1)
    for key in ["left", "right", "summary", "modelChanges", "changes"] { XCTAssertNotNil(root[key], key) }
    let changes = try XCTUnwrap(root["changes"] as? [[String: Any]])
    let moved = try XCTUnwrap(changes.first { ($0["left"] as? [String]) == ["att_1__art_5"] })
    XCTAssertEqual(moved["kind"] as? String, "moved")
    XCTAssertEqual(moved["right"] as? [String], ["att_1__art_11__para_4"])
    XCTAssertEqual(moved["leftCitation"] as? String, "ст. 5")
    XCTAssertEqual(moved["rightCitation"] as? String, "ст. 11 п. 4")
    XCTAssertEqual(moved["evidence"] as? String, "moveSearch")
    XCTAssertEqual(moved["substantive"] as? Bool, true)
    XCTAssertNotNil(moved["similarity"] as? Double)
    XCTAssertNotNil(moved["edits"] as? [[String: Any]])
    let articles = run("diff", "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md", "--level", "article",
      "--only-substantive")
    XCTAssertFalse(articles.stdout.contains("абз."), "parts are not listed at article level")
    XCTAssertEqual(run("diff", "corpus/kz-kg-migration-2019.txt").code, 2)
    XCTAssertEqual(run("diff", "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md", "--level", "x").code, 2)
    XCTAssertEqual(run("diff", "corpus/kz-kg-migration-2019.txt", "/nonexistent").code, 2)
  }

  func testHelpAndVersion() {
    for arguments in [["--help"], ["-h"], ["help"], ["help", "parse"], ["parse", "--help"], ["articles", "-h"], ["model", "--help"], ["diff", "--help"], ["help", "diff"]] {
      let out = StringSink()
      let err = StringSink()
      XCTAssertEqual(CLI.run(arguments: arguments, stdout: out, stderr: err), 0, "\(arguments)")
      XCTAssertTrue(out.text.contains("USAGE: treaty"), "\(arguments)")
      XCTAssertEqual(err.text, "")
    }
    XCTAssertEqual(run("--version").stdout, "treaty \(CLI.version)\n")
    XCTAssertEqual(run("help", "nothing").code, 2)
  }

  func testWindows1251AndKOI8RFilesParseLikeTheUTF8Original() throws {
    let original = try String(contentsOf: Self.root.appendingPathComponent("corpus/kz-ru-mvd-cooperation-2008.txt"), encoding: .utf8)
    let cp1251 = try XCTUnwrap(original.data(using: .windowsCP1251))
    let path = try temporaryFile(Array(cp1251))
    let utf8Path = try temporaryFile(Array(original.utf8))
    let expected = run("articles", utf8Path, "--format", "json")
    let decoded = run("articles", path, "--format", "json")
    XCTAssertEqual(decoded.code, 0)
    XCTAssertEqual(decoded.stdout, expected.stdout)
    let forced = run("articles", path, "--format", "json", "--encoding", "cp1251")
    XCTAssertEqual(forced.stdout, expected.stdout)
    let wrong = run("articles", path, "--encoding", "utf-8")
    XCTAssertEqual(wrong.code, 2)
    XCTAssertTrue(wrong.stderr.hasPrefix("error: \(path): cannot be decoded (not valid utf-8 at byte 1); try --encoding"), wrong.stderr)
  }

  func testRangesPointIntoTheOriginalBytesOfASingleByteFile() throws {
    let original = "Статья 1\n\nСтатья 2\n"
    let path = try temporaryFile(Array(try XCTUnwrap(original.data(using: .windowsCP1251))))
    let result = run("parse", path, "--format", "json")
    let tree = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let act = try XCTUnwrap((tree["acts"] as? [[String: Any]])?.first)
    let second = try XCTUnwrap((act["children"] as? [[String: Any]])?.last)
    XCTAssertEqual(second["id"] as? String, "art_2")
    XCTAssertEqual((second["range"] as? [String: [String: Int]])?["start"], ["offset": 10, "line": 3, "column": 1])
    XCTAssertEqual(tree["encoding"] as? String, "windows-1251")
  }
}
