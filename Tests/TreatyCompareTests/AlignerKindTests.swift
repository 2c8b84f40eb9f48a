import TreatyCompare
import TreatyStructure
import XCTest

/// The aligner on small agreements made of corpus articles, one test per kind of change.
final class AlignerKindTests: XCTestCase {
  private func compare(_ left: SyntheticAgreement, _ right: SyntheticAgreement, rightFirst: Int = 1) -> Comparison {
    DocumentComparator.compare(
      CompareCorpus.text(left.text(), name: "left"), CompareCorpus.text(right.text(firstNumber: rightFirst), name: "right"))
  }

  private func base() throws -> SyntheticAgreement {
    var agreement = try SyntheticAgreement.base("kz-kg-migration-2019.txt", act: 1).0
    agreement.articles = Array(agreement.articles[8..<16])
    return agreement
  }

  private func lines(_ comparison: Comparison) -> [String] { comparison.provisionLines() }

  func testIdenticalDocuments() throws {
    let agreement = try base()
    XCTAssertEqual(Set(lines(compare(agreement, agreement)).map { $0.split(separator: " ").last.map(String.init) ?? "" }),
      ["unchanged"])
  }

  func testAllRenumbered() throws {
    let agreement = try base()
    let result = lines(compare(agreement, agreement, rightFirst: 5))
    XCTAssertEqual(result.first, "ст. 1 → ст. 5 renumbered")
    XCTAssertEqual(result.count, 8)
    XCTAssertTrue(result.allSatisfy { $0.hasSuffix(" renumbered") })
  }

  func testSwapOfTwoArticles() throws {
    let left = try base()
    var right = left
    right.articles.swapAt(1, 5)
    let result = lines(compare(left, right))
    // Both swapped articles changed place relative to the rest: both are moves, the others keep their number.
    XCTAssertTrue(result.contains("ст. 2 → ст. 6 moved") && result.contains("ст. 6 → ст. 2 moved"), "\(result)")
    XCTAssertEqual(result.filter { $0.contains("moved") }.count, 2)
    XCTAssertEqual(result.filter { $0.hasSuffix("unchanged") }.count, 6)
    XCTAssertFalse(result.contains { $0.contains("inserted") || $0.contains("deleted") })
  }

  func testInsertAndDelete() throws {
    let left = try base()
    var right = left
    right.articles.remove(at: 3)
    let other = try SyntheticAgreement.base("kz-ru-mvd-cooperation-2008.txt", act: 0).0
    right.articles.insert(other.articles[10], at: 6)
    let result = lines(compare(left, right))
    XCTAssertTrue(result.contains("ст. 4 →  deleted"), "\(result)")
    XCTAssertTrue(result.contains(" → ст. 7 inserted"), "\(result)")
  }

  func testSplitAndMerge() throws {
    let left = try base()
    // Article 10 of KZ–KG (index 1 here) has five points; the right side makes two articles of them.
    var right = left
    let paragraphs = right.articles[1].paragraphs
    right.articles[1].paragraphs = Array(paragraphs.prefix(3))
    right.articles.insert(SyntheticAgreement.Article(paragraphs: Array(paragraphs.dropFirst(3)), origins: [1]), at: 2)
    let split = lines(compare(left, right))
    XCTAssertTrue(split.contains { $0.hasPrefix("ст. 2 → ст. 2, ст. 3 split") }, "\(split)")
    let merge = lines(compare(right, left))
    XCTAssertTrue(merge.contains { $0.hasPrefix("ст. 2, ст. 3 → ст. 2 merged") }, "\(merge)")
  }

  func testArticleMovedIntoAnotherArticleAsAPoint() throws {
    let left = try base()
    var right = left
    let moved = right.articles.remove(at: 6)
    right.articles[2].points = [(moved.paragraphs.joined(separator: " "), 6)]
    let result = lines(compare(left, right))
    XCTAssertTrue(result.contains { $0.hasPrefix("ст. 7 → ст. 3 п. 1 moved") }, "\(result)")
  }

  func testDocumentsWithNothingInCommon() throws {
    let left = try base()
    let other = try SyntheticAgreement.base("kz-mvd-order-195-2025.md", act: 0)
    _ = other
    let order = try CompareCorpus.document("kz-mvd-order-195-2025.md")
    let comparison = DocumentComparator.compare(CompareCorpus.text(left.text(), name: "left"), order)
    let matched = comparison.pairs.filter { $0.level == .provision && !$0.left.isEmpty && !$0.right.isEmpty }
    XCTAssertEqual(matched.count, 0, "\(matched.map(\.leftCitation))")
    XCTAssertTrue(comparison.differsInSubstance)
  }
}
