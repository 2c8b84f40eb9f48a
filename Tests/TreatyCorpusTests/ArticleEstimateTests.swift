@testable import TreatyCorpus
import TreatyCompare
import TreatyStructure
import TreatyText
import XCTest

/// The parts of the article estimate: families of near-identical provisions, exact links between families, and the
/// estimate's edge cases. (How close the estimate comes to the full alignment: `TemplateSearchTests`.)
final class ArticleEstimateTests: XCTestCase {
  private static func sketches() throws -> [ArticleSketch] {
    try Manifest.load(directory: CorpusTestSupport.corpus).documents.compactMap { entry in
      let loaded = try TextLoader.load(path: CorpusTestSupport.corpus.appendingPathComponent(entry.file).path)
      let document = CorpusDocument(file: entry.file, id: entry.id,
        document: DocumentParser.parse(SourceText(name: "corpus/" + entry.file, decoded: loaded.decoded)))
      return document.isAgreement ? ArticleSketch(document) : nil
    }
  }

  func testFamilyMembersStayWithinTheRadiusOfTheirRepresentative() throws {
    var families = UnitFamilies()
    var members: [(bag: StemBag, act: Int, member: UnitFamilies.Member)] = []
    for sketch in try Self.sketches() {
      for unit in sketch.units { members.append((unit.bag, unit.act, families.member(unit.bag, act: unit.act))) }
    }
    XCTAssertGreaterThan(members.count, 200)
    XCTAssertLessThan(families.representatives.count, members.count, "siblings share families")
    for (bag, _, member) in members {
      let representative = families.representatives[Int(member.family)]
      XCTAssertEqual(Double(member.closeness), bag.dice(representative), accuracy: 1e-6)
      XCTAssertGreaterThanOrEqual(Double(member.closeness), UnitFamilies.radius - 1e-9)
    }
    // The same bag of the same act is one type, whoever asks; of another act, another.
    let first = try XCTUnwrap(members.first)
    XCTAssertEqual(families.member(first.bag, act: first.act).type, first.member.type)
    XCTAssertNotEqual(families.member(first.bag, act: first.act + 1).family, first.member.family)
  }

  func testLinksAreExactlyThePairsAboveTheThresholds() throws {
    // Every top provision and part of the corpus's agreements as a representative of its own.
    let bags = try Self.sketches().flatMap { sketch in sketch.units.flatMap { [$0.bag] + $0.parts } }
      .filter { $0.total > 0 }
    let acts = [Int](repeating: 0, count: bags.count)
    let links = FamilyLinks(representatives: bags, acts: acts)
    var similar = 0
    var contained = 0
    for a in bags.indices {
      for b in bags.indices where a != b {
        let dice = Float(bags[a].dice(bags[b]))
        let linked = links.similar[a].contains { $0.family == Int32(b) }
        XCTAssertEqual(linked, dice >= FamilyLinks.similarThreshold, "\(a) ~ \(b) at \(dice)")
        if linked { similar += 1 }
        let inside = Float(bags[a].overlap(bags[b])) / Float(bags[a].total)
        let smaller = (bags[a].total, a) < (bags[b].total, b)
        let expected = smaller && dice < FamilyLinks.similarThreshold && inside >= FamilyLinks.containmentThreshold
        XCTAssertEqual(links.containedIn[a].contains { $0.family == Int32(b) }, expected, "\(a) in \(b)")
        if expected { contained += 1 }
      }
    }
    XCTAssertGreaterThan(similar, 100)
    XCTAssertGreaterThan(contained, 10)
    // Families of different acts are never linked.
    let apart = FamilyLinks(representatives: [bags[0], bags[0]], acts: [0, 1])
    XCTAssertEqual(apart.similar[0].map(\.family), [0])
  }

  func testEmptyAndSingleCorporaGiveEmptyMatrices() throws {
    let none = SimilarityMatrix.estimated([])
    XCTAssertEqual(none.pairCount, 0)
    XCTAssertEqual(none.families, [])
    XCTAssertTrue(MatrixRenderer.csv(none).hasPrefix("id\r\n"))
    let text = "Соглашение\n\nСтатья 1\n\nСтороны сотрудничают.\n"
    let one = CorpusDocument(file: "a", id: "a", document: DocumentParser.parse(SourceText(name: "a", text: text)))
    let single = SimilarityMatrix.estimated([one])
    XCTAssertEqual(single.pairCount, 0)
    XCTAssertEqual(single.families, [[0]])
    XCTAssertNil(single.similarity(0, 0))
    // A document with no words at all shares nothing and is shared by nothing.
    let blank = CorpusDocument(file: "b", id: "b", document: DocumentParser.parse(SourceText(name: "b", text: "\n\n")))
    XCTAssertEqual(SimilarityMatrix.estimated([one, blank]).similarity(0, 1), 0)
  }

  func testRewordingLeavesOutOneWordOfTheBodyOnly() {
    let article = "Статья 3. Обмен информацией\nСтороны обмениваются информацией о миграционном законодательстве.\n"
    var random = SplitMix64(seed: 9)
    for _ in 0..<20 {
      let reworded = AgreementVariants.reworded(article, random: &random)
      XCTAssertTrue(reworded.hasPrefix("Статья 3. Обмен информацией\n"), reworded)
      let before = article.split(whereSeparator: \.isWhitespace)
      let after = reworded.split(whereSeparator: \.isWhitespace)
      XCTAssertEqual(after.count, before.count - 1, reworded)
      XCTAssertTrue(Set(after).isSubset(of: Set(before)), "no word that was not there")
    }
    XCTAssertEqual(AgreementVariants.reworded("Статья 1", random: &random), "Статья 1", "no body, nothing left out")
  }

  /// Above 200 agreements `corpus matrix` estimates unless told otherwise, and says so.
  func testMatrixOfALargeCorpusIsEstimated() throws {
    let directory = try CorpusTestSupport.emptyCorpus(for: self)
    let source = try TextLoader.load(path: CorpusTestSupport.corpus.appendingPathComponent("kz-am-migration-2019.md").path)
    let base = try XCTUnwrap(AgreementVariants.pieces(
      DocumentParser.parse(SourceText(name: "base", decoded: source.decoded)), name: "am", counterparty: []))
    var entries: [ManifestEntry] = []
    var round: UInt64 = 1
    while entries.count < SimilarityMatrix.Method.alignedUpTo + 1 {
      for variant in AgreementVariants.variants(of: base, other: base, seed: round)
      where entries.count <= SimilarityMatrix.Method.alignedUpTo {
        let file = "agreement-\(entries.count).md"
        try variant.text.write(to: directory.appendingPathComponent(file), atomically: false, encoding: .utf8)
        entries.append(ManifestEntry(file: file, id: "agreement-\(entries.count)", kind: "agreement", title: variant.name,
          parties: [], date: nil, language: "rus", notes: "generated from kz-am-migration-2019"))
      }
      round += 1
    }
    try Manifest(documents: entries).write(directory: directory)
    let result = CorpusTestSupport.run(["corpus", "matrix", directory.path, "--format", "csv"])
    XCTAssertEqual(result.code, 0, result.stderr)
    let rows = result.stdout.split(separator: "\r\n")
    XCTAssertEqual(rows.count, 202, "a header and one row per agreement")
    let text = CorpusTestSupport.run(["corpus", "matrix", directory.path])
    XCTAssertTrue(text.stdout.contains("all 20100 pairs ESTIMATED"), String(text.stdout.prefix(300)))
    // Variants of one agreement are one family.
    XCTAssertTrue(text.stdout.contains("Template families (similarity ≥ 0.50):\n  agreement-0 + "), String(text.stdout.suffix(300)))
  }
}
