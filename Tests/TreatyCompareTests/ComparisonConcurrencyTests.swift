import TreatyCompare
import XCTest

/// Comparing the models on a second core while the units are aligned changes nothing in the comparison.
final class ComparisonConcurrencyTests: XCTestCase {
  func testModelsComparedAsideGiveTheSameComparison() throws {
    let pairs = [("kz-kg-migration-2019.txt", "kz-am-migration-2019.md"), ("kz-ru-mvd-cooperation-2008.txt", "kz-mvd-order-195-2025.md")]
    for (leftName, rightName) in pairs {
      let left = PreparedDocument(try CompareCorpus.document(leftName))
      let right = PreparedDocument(try CompareCorpus.document(rightName))
      var aside = DocumentComparator.Options()
      aside.comparesModelsAside = true
      let together = DocumentComparator.compare(left, right)
      let apart = DocumentComparator.compare(left, right, options: aside)
      XCTAssertEqual(apart.pairs, together.pairs, leftName)
      XCTAssertEqual(apart.modelChanges, together.modelChanges, leftName)
      XCTAssertEqual(apart.substitutions, together.substitutions, leftName)
      XCTAssertEqual(apart.diagnostics, together.diagnostics, leftName)
      XCTAssertFalse(together.modelChanges.isEmpty, leftName)
    }
  }
}
