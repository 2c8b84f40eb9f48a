import TreatyText
import XCTest

@testable import TreatyCompare

/// Stem bags are sorted hash arrays; these check the multiset arithmetic the aligner relies on.
final class StemBagTests: XCTestCase {
  func testOverlapCountsRepeatsUpToTheSmallerCount() {
    let a = StemBag(stems: ["сторон", "сторон", "орган", "информац"])
    let b = StemBag(stems: ["сторон", "орган", "орган", "срок"])
    XCTAssertEqual(a.overlap(b), 2)
    XCTAssertEqual(b.overlap(a), 2)
    XCTAssertEqual(a.dice(b), 0.5)
    XCTAssertEqual(a.containment(in: b), 0.5)
  }

  /// The branch-free merge walk against counting by dictionary, on bags with shared, one-sided and repeated keys,
  /// the largest and smallest hashes among them (where a signed comparison would go wrong).
  func testOverlapIsTheMultisetIntersectionsSize() {
    var random = SplitMix64(seed: 7)
    let pool: [UInt64] = [0, 1, 2, UInt64.max, UInt64.max - 1, 1 << 63, (1 << 63) - 1] + (0..<40).map { _ in random.next() }
    for _ in 0..<300 {
      let left = (0..<Int(random.next() % 30)).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
      let right = (0..<Int(random.next() % 30)).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
      let leftCounts = Dictionary(left.map { ($0, 1) }, uniquingKeysWith: +)
      let rightCounts = Dictionary(right.map { ($0, 1) }, uniquingKeysWith: +)
      let expected = leftCounts.reduce(0) { $0 + min($1.value, rightCounts[$1.key] ?? 0) }
      XCTAssertEqual(StemBag(hashes: left).overlap(StemBag(hashes: right)), expected)
      XCTAssertEqual(StemBag(hashes: right).overlap(StemBag(hashes: left)), expected)
    }
  }

  func testStopWordsAreLeftOut() {
    let bag = StemBag(stems: ["и", "в", "котор", "сторон"])
    XCTAssertEqual(bag.total, 1)
    XCTAssertEqual(bag.dice(StemBag(stems: ["сторон"])), 1)
  }

  func testEmptyBags() {
    XCTAssertEqual(StemBag().dice(StemBag()), 1)
    XCTAssertEqual(StemBag().containment(in: StemBag(stems: ["сторон"])), 0)
    XCTAssertEqual(StemBag(stems: ["сторон"]).dice(StemBag()), 0)
  }

  func testMergeAddsCounts() {
    var bag = StemBag(stems: ["сторон", "орган"])
    bag.merge(StemBag(stems: ["орган", "срок"]))
    XCTAssertEqual(bag, StemBag(stems: ["срок", "орган", "сторон", "орган"]))
    XCTAssertEqual(bag.total, 4)
    XCTAssertEqual(bag.overlap(StemBag(stems: ["орган", "орган", "орган"])), 2)
  }

  func testHashIsStableAcrossRuns() {
    // FNV-1a of the UTF-8 bytes: a fixed value, so bags built in different processes compare.
    XCTAssertEqual(StemBag.hash(""), 0xCBF2_9CE4_8422_2325)
    XCTAssertEqual(StemBag.hash("a"), 0xAF63_DC4C_8601_EC8C)
  }

  /// A provision's stems, gathered from its own tokens and its descendants' lines, are those of its whole text.
  func testProvisionStemsAreTheWholeTextsStems() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CompareCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    for file in files {
      let index = UnitIndex(try CompareCorpus.document(file))
      for unit in index.tops.flatMap({ $0 }) {
        let expected = WordTokenizer.wordKeys(unit.fullText ?? unit.text).map(RussianStemmer.stem)
        XCTAssertEqual(unit.stemIDs.map { index.vocabulary.stems[Int($0)] }, expected, "\(file) \(unit.node.id)")
      }
    }
  }

  /// The article estimate's bags must be the comparator's: the same texts, stems and placeholders.
  func testProvisionBagsAreTheComparatorsBags() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: CompareCorpus.directory.path)
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    XCTAssertGreaterThanOrEqual(files.count, 14)
    let parties = ["Правительство Республики Казахстан", "Правительство Кыргызской Республики"]
    for file in files {
      let document = try CompareCorpus.document(file)
      let index = UnitIndex(document).parameterized(TemplateParameters(ownParties: parties), left: true)
      let bags = ProvisionBags(document, parties: parties)
      let tops = index.tops.flatMap { $0 }
      XCTAssertEqual(bags.provisions.map(\.id), tops.map(\.node.id), file)
      XCTAssertEqual(bags.provisions.map(\.bag), tops.map(\.bag), file)
      XCTAssertEqual(bags.provisions.map(\.parts), index.parts.flatMap { $0 }.map { $0.map(\.bag) }, file)
    }
    // Only the words each name does not share with the other name are parameters.
    let parameters = TemplateParameters(ownParties: parties)
    XCTAssertTrue(parameters.isParameter("кыргызск", left: true))
    XCTAssertTrue(parameters.isParameter("казахста", left: true))
    XCTAssertFalse(parameters.isParameter("республик", left: true))
    XCTAssertFalse(TemplateParameters(ownParties: ["Правительство Республики Казахстан"]).isActive)
  }
}
