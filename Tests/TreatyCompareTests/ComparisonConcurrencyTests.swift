@testable import TreatyCompare
import XCTest

/// Spreading one comparison over the cores (the models compared on a second core while the units are aligned, the
/// word diffs shared between two) changes nothing in the comparison.
final class ComparisonConcurrencyTests: XCTestCase {
  func testAComparisonOnAllCoresIsTheSameAsOnOne() throws {
    // Two pairs of one template, with word changes in many aligned units, and two unrelated documents.
    let pairs = [
      ("kz-kg-migration-2019.txt", "kz-am-migration-2019.md", true), ("kz-kg-readmission-2016.md", "kz-tj-readmission-2018.md", true),
      ("kz-ru-mvd-cooperation-2008.txt", "kz-mvd-order-195-2025.md", false),
    ]
    for (leftName, rightName, sameTemplate) in pairs {
      let left = PreparedDocument(try CompareCorpus.document(leftName))
      let right = PreparedDocument(try CompareCorpus.document(rightName))
      var allCores = DocumentComparator.Options()
      allCores.usesAllCores = true
      // Shared out however short the texts, so that these corpus pairs take the two-core path of long documents.
      allCores.parallelDiffBytes = 0
      let together = DocumentComparator.compare(left, right)
      let apart = DocumentComparator.compare(left, right, options: allCores)
      XCTAssertEqual(apart.pairs, together.pairs, leftName)
      XCTAssertEqual(apart.modelChanges, together.modelChanges, leftName)
      XCTAssertEqual(apart.substitutions, together.substitutions, leftName)
      XCTAssertEqual(apart.diagnostics, together.diagnostics, leftName)
      XCTAssertFalse(together.modelChanges.isEmpty, leftName)
      XCTAssertEqual(together.pairs.filter { !$0.edits.isEmpty }.count > 10, sameTemplate, leftName)
    }
  }

  func testWordDiffsAreCutIntoTwoRunsOfAboutEqualCost() {
    XCTAssertEqual(WordDiffBatch.halves([5, 5, 5, 5], threshold: 0), [0..<2, 2..<4])
    XCTAssertEqual(WordDiffBatch.halves([1, 1, 1, 9], threshold: 0), [0..<3, 3..<4])
    XCTAssertEqual(WordDiffBatch.halves([9, 1, 1, 1], threshold: 0), [0..<1, 1..<4])
    // The middle request goes to the half it unbalances less.
    XCTAssertEqual(WordDiffBatch.halves([4, 3, 3], threshold: 0), [0..<1, 1..<3])
    XCTAssertEqual(WordDiffBatch.halves([3, 4, 4], threshold: 0), [0..<2, 2..<3])
    XCTAssertEqual(WordDiffBatch.halves([0, 0], threshold: 0), [0..<1, 1..<2])
    // Nothing to share: one request, or less work than a thread is worth.
    XCTAssertNil(WordDiffBatch.halves([100], threshold: 0))
    XCTAssertNil(WordDiffBatch.halves([], threshold: 0))
    XCTAssertNil(WordDiffBatch.halves([10, 10], threshold: 21))
    XCTAssertEqual(WordDiffBatch.halves([10, 10], threshold: 20), [0..<1, 1..<2])
  }
}
