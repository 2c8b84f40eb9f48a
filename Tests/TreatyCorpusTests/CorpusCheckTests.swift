import Foundation
import TreatyCorpus
import XCTest

/// `treaty corpus check` and `add`: the corpus as a regression suite.
final class CorpusCheckTests: XCTestCase {
  func testTheRepositoryCorpusPassesAndItsManifestListsEveryDocument() throws {
    let report = try CorpusCheck.run(directory: CorpusTestSupport.corpus.path)
    XCTAssertEqual(report.documents.count, 16)
    XCTAssertEqual(report.failed, 0, report.rendered())
    let manifest = try Manifest.load(directory: CorpusTestSupport.corpus)
    let kinds = Dictionary(uniqueKeysWithValues: manifest.documents.map { ($0.id, $0.kind) })
    XCTAssertEqual(kinds["kz-kg-migration-2019"], "resolution+agreement")
    XCTAssertEqual(kinds["kz-ru-mvd-cooperation-2008"], "agreement")
    XCTAssertEqual(kinds["kz-mvd-order-195-2025"], "order+rules")
    XCTAssertEqual(kinds["iom-mgi-kyrgyzstan-2022"], "report")
    let kg = try XCTUnwrap(manifest.entry(id: "kz-kg-migration-2019"))
    XCTAssertEqual(kg.parties, ["Правительство Республики Казахстан", "Правительство Кыргызской Республики"])
    XCTAssertEqual(kg.date, "2019-11-26")
    XCTAssertEqual(kg.language, "rus")
    XCTAssertTrue(kg.notes.contains("hard-wrapped lines"))
    // The manifest file is what the manifest code writes: sorted, pretty-printed, deterministic.
    let text = try String(contentsOf: CorpusTestSupport.corpus.appendingPathComponent("manifest.json"), encoding: .utf8)
    XCTAssertEqual(text, manifest.rendered())
  }

  func testCheckReportsTheChangedNodeOfAnAlteredExpectedFile() throws {
    let directory = try CorpusTestSupport.copy(["kz-kg-migration-2019.txt", "kz-am-migration-2019.md"], for: self)
    let tree = directory.appendingPathComponent("expected/kz-kg-migration-2019.txt.json")
    let original = try String(contentsOf: tree, encoding: .utf8)
    let altered = original.replacingOccurrences(
      of: "\"text\": \"дата рождения;\"", with: "\"text\": \"дата рожденья;\"")
    XCTAssertNotEqual(altered, original)
    try altered.write(to: tree, atomically: true, encoding: .utf8)
    let model = directory.appendingPathComponent("expected/kz-kg-migration-2019.txt.model.json")
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: model)) as? [String: Any])
    let durations = try XCTUnwrap(object["durations"] as? [[String: Any]])
    object["durations"] = durations.filter { $0["text"] as? String != "6 месяцев" }
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: model)

    let result = CorpusTestSupport.run(["corpus", "check", directory.path])
    XCTAssertEqual(result.code, 1, result.stdout + result.stderr)
    XCTAssertTrue(result.stdout.contains("kz-kg-migration-2019.txt: FAILED"), result.stdout)
    XCTAssertTrue(result.stdout.contains("kz-am-migration-2019.md: ok"), result.stdout)
    XCTAssertTrue(result.stdout.contains(
      "  tree: att_1__art_7__list_1__item_3: text «дата рожденья;» → «дата рождения;»"), result.stdout)
    XCTAssertTrue(result.stdout.contains("  model: durations: added «6 месяцев (termination after notice)»"),
      result.stdout)
    let summary = try XCTUnwrap(result.stdout.split(separator: "\n").last)
    XCTAssertTrue(summary.hasPrefix("2 documents checked: 1 passed, 1 failed in "), String(summary))
    XCTAssertTrue(summary.hasSuffix(" s"))

    // One document alone, then the reviewed update: the files are again exactly what the golden tests write.
    XCTAssertEqual(CorpusTestSupport.run(["corpus", "check", directory.path, "--only", "kz-am-migration-2019"]).code, 0)
    XCTAssertEqual(CorpusTestSupport.run(["corpus", "check", directory.path, "--update"]).code, 0)
    XCTAssertEqual(try String(contentsOf: tree, encoding: .utf8), original)
    let golden = CorpusTestSupport.corpus.appendingPathComponent("expected/kz-kg-migration-2019.txt.model.json")
    XCTAssertEqual(try Data(contentsOf: model), try Data(contentsOf: golden))
    XCTAssertEqual(CorpusTestSupport.run(["corpus", "check", directory.path]).code, 0)
  }

  func testAddedAndRemovedNodesAreNamed() throws {
    let directory = try CorpusTestSupport.copy(["kz-ru-mvd-cooperation-2008.txt"], for: self)
    let tree = directory.appendingPathComponent("expected/kz-ru-mvd-cooperation-2008.txt.json")
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: tree)) as? [String: Any])
    var acts = try XCTUnwrap(object["acts"] as? [[String: Any]])
    var children = try XCTUnwrap(acts[0]["children"] as? [[String: Any]])
    let index = try XCTUnwrap(children.firstIndex { $0["id"] as? String == "art_15" })
    children[index]["id"] = "art_16"
    acts[0]["children"] = children
    object["acts"] = acts
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: tree)
    let report = try CorpusCheck.run(directory: directory.path)
    let changes = try XCTUnwrap(report.documents.first?.changes)
    XCTAssertTrue(changes.contains("tree: art_16: removed"), changes.joined(separator: "\n"))
    XCTAssertTrue(changes.contains("tree: art_15: added"), changes.joined(separator: "\n"))
  }

  func testAddThenCheckRoundTrips() throws {
    let directory = try CorpusTestSupport.emptyCorpus(for: self)
    for file in ["kz-kg-migration-2019.txt", "kz-ru-mvd-cooperation-2008.txt"] {
      let result = CorpusTestSupport.run([
        "corpus", "add", CorpusTestSupport.corpus.appendingPathComponent(file).path, "--corpus", directory.path,
        "--notes", "test notes",
      ])
      XCTAssertEqual(result.code, 0, result.stderr)
      XCTAssertTrue(result.stdout.contains("copied into the corpus"), result.stdout)
      XCTAssertTrue(result.stdout.contains("act main @"), "the outline is printed for review")
      // The directory is named `corpus`, so the expected files are byte for byte the repository's.
      for name in ["\(file).json", "\(file).model.json"] {
        XCTAssertEqual(
          try Data(contentsOf: directory.appendingPathComponent("expected/\(name)")),
          try Data(contentsOf: CorpusTestSupport.corpus.appendingPathComponent("expected/\(name)")), name)
      }
    }
    let manifest = try Manifest.load(directory: directory)
    XCTAssertEqual(manifest.documents.map(\.id), ["kz-kg-migration-2019", "kz-ru-mvd-cooperation-2008"])
    XCTAssertEqual(manifest.entry(id: "kz-ru-mvd-cooperation-2008")?.date, "2008-10-23")
    XCTAssertEqual(manifest.entry(id: "kz-kg-migration-2019")?.notes, "test notes")
    let check = CorpusTestSupport.run(["corpus", "check", directory.path])
    XCTAssertEqual(check.code, 0, check.stdout)
    XCTAssertTrue(check.stdout.contains("2 documents checked: 2 passed, 0 failed in "), check.stdout)
  }

  func testFilesAndManifestMustAgree() throws {
    let directory = try CorpusTestSupport.copy(["kz-am-migration-2019.md"], for: self)
    try "README".write(to: directory.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    try "Статья 1\n\nТекст.\n".write(
      to: directory.appendingPathComponent("stray.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(at: directory.appendingPathComponent("kz-am-migration-2019.md"))
    let result = CorpusTestSupport.run(["corpus", "check", directory.path])
    XCTAssertEqual(result.code, 2)
    XCTAssertTrue(result.stderr.contains("stray.txt: not listed in the manifest"), result.stderr)
    XCTAssertTrue(result.stderr.contains("kz-am-migration-2019.md: listed in the manifest, but the file is missing"),
      result.stderr)
    XCTAssertFalse(result.stderr.contains("README.md"), "README.md is not a document")
    XCTAssertEqual(CorpusTestSupport.run(["corpus", "check", directory.path, "--only", "nope"]).code, 2)
  }
}
