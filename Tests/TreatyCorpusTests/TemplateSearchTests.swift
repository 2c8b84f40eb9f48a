import Foundation
import TreatyCorpus
import TreatyStructure
import TreatyText
import XCTest

/// `treaty corpus similar` and `matrix`, and the prefilter's promise: no pair at or above the reporting threshold is
/// left out of the full alignment.
final class TemplateSearchTests: XCTestCase {
  func testSimilarRanksKazakhstanArmeniaFirstForKazakhstanKyrgyzstan() throws {
    let result = CorpusTestSupport.run(["corpus", "similar", "corpus/kz-kg-migration-2019.txt", "--format", "json"])
    XCTAssertEqual(result.code, 0, result.stderr)
    let ranked = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let ids = ranked.compactMap { $0["id"] as? String }
    XCTAssertEqual(ids.first, "kz-am-migration-2019")
    XCTAssertFalse(ids.contains("kz-kg-migration-2019"), "the file itself is not its own match")
    XCTAssertEqual(ranked.first?["file"] as? String, "corpus/kz-am-migration-2019.md")
    let similarities = ranked.compactMap { $0["similarity"] as? Double }
    XCTAssertEqual(similarities, similarities.sorted(by: >), "best first")
    XCTAssertTrue(similarities.allSatisfy { (0...1).contains($0) })
    let best = try XCTUnwrap(similarities.first)
    XCTAssertGreaterThan(best, 0.9)
    // The 2008 agreement shares a few articles' subjects (requests, costs, other treaties), far from a template.
    if let index = ids.firstIndex(of: "kz-ru-mvd-cooperation-2008") {
      XCTAssertLessThan(similarities[index], best / 2)
    }

    let text = CorpusTestSupport.run(["corpus", "similar", "corpus/kz-kg-migration-2019.txt"])
    XCTAssertTrue(text.stdout.contains("kz-am-migration-2019: shares 0.937"), text.stdout)
    XCTAssertTrue(text.stdout.contains("ст. 5 → ст. 11 п. 4 (moved, modified)"), text.stdout)
    XCTAssertTrue(text.stdout.contains("only in corpus/kz-kg-migration-2019.txt (0)"), text.stdout)
    let diff = CorpusTestSupport.run(["corpus", "similar", "corpus/kz-kg-migration-2019.txt", "--diff"])
    XCTAssertTrue(diff.stdout.contains("Units: 59 unchanged"), "the full diff against the best match")
  }

  func testMatrixGroupsTheMigrationTemplate() throws {
    let result = CorpusTestSupport.run(["corpus", "matrix", "--format", "json"])
    XCTAssertEqual(result.code, 0, result.stderr)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let families = try XCTUnwrap(object["families"] as? [[String]])
    // Four template families of the corpus, each a pair or more of agreements by one template; the rest alone.
    XCTAssertEqual(Set(families.map(Set.init)), [
      ["kz-am-migration-2019", "kz-kg-migration-2019", "kz-uz-illegal-migration-2019"],
      ["kz-az-customs-interagency-2000", "kz-tj-customs-interagency-2000"],
      ["kz-kg-readmission-2016", "kz-tj-readmission-2018"],
      ["kz-kg-stay-2012-consolidated", "kz-tj-stay-2018"],
      ["kz-kg-stay-protocol-2016"], ["kz-ru-mvd-cooperation-2008"], ["kz-uz-labour-migrants-2019"],
    ])
    XCTAssertEqual(object["totalPairs"] as? Int, 66, "12 agreements: the orders, the law and the report are not")
    let csv = CorpusTestSupport.run(["corpus", "matrix", "--format", "csv"]).stdout
    XCTAssertTrue(csv.hasPrefix("id,kz-am-migration-2019,kz-az-customs-interagency-2000,kz-kg-migration-2019,"), csv)
    let table = CorpusTestSupport.run(["corpus", "matrix"]).stdout
    let family = "  kz-am-migration-2019 + kz-kg-migration-2019 + kz-uz-illegal-migration-2019\n"
    XCTAssertTrue(table.contains(family), table)
  }

  func testPrefilterKeepsEveryReportablePairOfTheCorpus() throws {
    let documents = try Self.corpusDocuments()
    let matrix = SimilarityMatrix.build(documents, align: .all)
    XCTAssertEqual(documents.count, 16)
    XCTAssertEqual(matrix.everyPair.count, 16 * 15 / 2)
    XCTAssertEqual(matrix.pairCount, 16 * 15 / 2)
    for pair in matrix.everyPair {
      let alignment = try XCTUnwrap(pair.alignment)
      if max(alignment.leftCoverage, alignment.rightCoverage) >= TemplateSearch.reportingThreshold {
        XCTAssertTrue(pair.candidate, "\(documents[pair.left].id) ~ \(documents[pair.right].id) was dropped")
      }
    }
    XCTAssertLessThan(matrix.everyPair.filter(\.candidate).count, matrix.everyPair.count / 2, "the prefilter rules most out")
    // Looking a pair up by its two documents, either way round, finds that pair.
    for pair in matrix.everyPair {
      XCTAssertEqual(matrix.pair(pair.right, pair.left).map { [$0.left, $0.right] }, [pair.left, pair.right])
    }
    XCTAssertNil(matrix.pair(3, 3))
    XCTAssertNil(matrix.pair(0, 16))
  }

  func testPrefilterKeepsEveryReportablePairOfGeneratedVariants() throws {
    let documents = try Self.variantDocuments()
    // Candidates are aligned in full anyway; recall is about the pairs the prefilter rules out.
    let matrix = SimilarityMatrix.build(documents, align: .none)
    let ruledOut = matrix.everyPair.filter { !$0.candidate }
    XCTAssertGreaterThan(ruledOut.count, 0)
    for pair in ruledOut {
      let alignment = PairAlignment(documents[pair.left], documents[pair.right])
      let best = max(alignment.leftCoverage, alignment.rightCoverage)
      XCTAssertLessThan(best, TemplateSearch.reportingThreshold,
        "\(documents[pair.left].id) ~ \(documents[pair.right].id): \(best) dropped at estimate \(pair.estimate)")
    }
    // Variants of one template stay one family, whatever was dropped, duplicated, swapped or renamed.
    let members: Set = [
      "kz-am-migration-2019", "kz-kg-migration-2019", "kz-kg-migration-2019~drop2-renamed",
      "kz-kg-migration-2019~swap-dup-renamed", "kz-am-migration-2019~swap-dup-renamed",
    ]
    let chosen = documents.filter { members.contains($0.id) || $0.id == "kz-ru-mvd-cooperation-2008" }
    let families = SimilarityMatrix.build(chosen).families.map { Set($0.map { chosen[$0].id }) }
    XCTAssertEqual(Set(families), [members, ["kz-ru-mvd-cooperation-2008"]])
  }

  /// The corpus (without the report) and six seeded variants of each of three of its agreements, counterparties
  /// renamed.
  private static func variantDocuments() throws -> [CorpusDocument] {
    let corpus = try Self.corpusDocuments()
    let renames: [String: [(String, String)]] = [
      "kz-kg-migration-2019": [
        ("Кыргызской Республики", "Республики Таджикистан"), ("Кыргызская Республика", "Республика Таджикистан"),
        ("кыргызском", "таджикском"),
      ],
      "kz-am-migration-2019": [
        ("Республики Армения", "Республики Узбекистан"), ("Республика Армения", "Республика Узбекистан"),
        ("армянском", "узбекском"),
      ],
      "kz-ru-mvd-cooperation-2008": [
        ("Российской Федерации", "Республики Беларусь"), ("Российская Сторона", "Белорусская Сторона"),
      ],
    ]
    let bases = corpus.filter { renames[$0.id] != nil }.compactMap { document in
      AgreementVariants.pieces(document.document, name: document.id, counterparty: renames[document.id] ?? [])
    }
    XCTAssertEqual(bases.count, 3)
    var documents = corpus.filter { $0.id != "iom-mgi-kyrgyzstan-2022" }
    for (index, base) in bases.enumerated() {
      for variant in AgreementVariants.variants(of: base, other: bases[(index + 2) % 3], seed: UInt64(index + 1)) {
        let document = DocumentParser.parse(SourceText(name: variant.name, text: variant.text))
        documents.append(CorpusDocument(file: variant.name, id: variant.name, document: document))
      }
    }
    return documents
  }

  func testArticleEstimateFollowsTheAlignment() throws {
    // The corpus and 18 variants (528 pairs): the estimate against every pair aligned in full.
    let documents = try Self.variantDocuments()
    let estimated = SimilarityMatrix.estimated(documents)
    let aligned = SimilarityMatrix.build(documents, align: .all)
    XCTAssertEqual(estimated.method, .estimated)
    XCTAssertEqual(estimated.comparedPairs, 0)
    var errors: [Double] = []
    for (guess, exact) in zip(estimated.everyPair, aligned.everyPair) {
      XCTAssertEqual([guess.left, guess.right], [exact.left, exact.right])
      errors.append(abs(try XCTUnwrap(guess.similarity) - XCTUnwrap(exact.similarity)))
    }
    XCTAssertEqual(errors.count, 528)
    // Measured: mean 0.0085, worst 0.112 (a merge of articles the comparator's order keeps apart).
    XCTAssertLessThan(errors.reduce(0, +) / Double(errors.count), 0.01)
    XCTAssertLessThan(errors.max() ?? 1, 0.15)
    // An identical copy is 1.
    let kazakhstanArmenia = try XCTUnwrap(documents.firstIndex { $0.id == "kz-am-migration-2019" })
    let copy = CorpusDocument(file: "copy", id: "copy", document: documents[kazakhstanArmenia].document)
    XCTAssertEqual(SimilarityMatrix.estimated([documents[kazakhstanArmenia], copy]).everyPair.first?.similarity, 1)
    // The corpus's template families are the same estimated as aligned.
    let corpus = CorpusTestSupport.run(["corpus", "matrix", "--method", "estimated", "--format", "json"])
    XCTAssertEqual(corpus.code, 0, corpus.stderr)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(corpus.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(object["method"] as? String, "estimated")
    XCTAssertEqual((object["families"] as? [[String]])?.count, 7)
    let exact = CorpusTestSupport.run(["corpus", "matrix", "--format", "json"]).stdout
    let exactObject = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exact.utf8)) as? [String: Any])
    XCTAssertEqual(exactObject["method"] as? String, "aligned")
    XCTAssertEqual(
      Set(((object["families"] as? [[String]]) ?? []).map(Set.init)),
      Set(((exactObject["families"] as? [[String]]) ?? []).map(Set.init)))
  }

  private static func corpusDocuments() throws -> [CorpusDocument] {
    try Manifest.load(directory: CorpusTestSupport.corpus).documents.map { entry in
      let loaded = try TextLoader.load(path: CorpusTestSupport.corpus.appendingPathComponent(entry.file).path)
      let document = DocumentParser.parse(SourceText(name: "corpus/" + entry.file, decoded: loaded.decoded))
      return CorpusDocument(file: "corpus/" + entry.file, id: entry.id, document: document)
    }
  }
}

extension SimilarityMatrix {
  /// Every pair as values: fine for the small matrices of tests.
  var everyPair: [Pair] {
    var pairs: [Pair] = []
    forEachPair { pairs.append($0) }
    return pairs
  }
}
