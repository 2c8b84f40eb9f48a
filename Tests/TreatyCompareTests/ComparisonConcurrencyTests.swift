@testable import TreatyCompare
import TreatyText
import XCTest

/// Spreading one comparison over two cores (the models compared on a second core while the units are aligned, that
/// core then taking word diffs) changes nothing in the comparison.
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

  /// Documents without acts: no act to align closes the diff queue at once, so that neither thread waits for diffs
  /// that will never come.
  func testDocumentsWithoutActsCompareOnAllCores() {
    var allCores = DocumentComparator.Options()
    allCores.usesAllCores = true
    for (left, right) in [("", ""), ("", "Статья 1. Стороны сотрудничают."), ("Статья 1. Стороны сотрудничают.", "")] {
      let comparison = DocumentComparator.compare(
        CompareCorpus.text(left), CompareCorpus.text(right), options: allCores)
      XCTAssertEqual(comparison.pairs, DocumentComparator.compare(CompareCorpus.text(left), CompareCorpus.text(right)).pairs)
    }
    let none = ActQueue([], diffs: WordDiffQueue()) { _ in ActQueue.Drafts(drafts: [], count: 0) }
    none.work()
    XCTAssertTrue(none.drafts().isEmpty)
  }

  /// Requests submitted while another thread already works through the queue: each result in its own slot, the
  /// same as one thread running them all in order.
  func testTheQueueGivesEveryResultInRequestOrder() throws {
    let left = PreparedDocument(try CompareCorpus.document("kz-kg-migration-2019.txt"))
    let right = PreparedDocument(try CompareCorpus.document("kz-am-migration-2019.md"))
    let classifier = EditClassifier(
      parameters: TemplateParameters(left: left.model, right: right.model), articleNumbers: [:], paragraphNumbers: [:])
    let units = zip(left.index.parts.flatMap { $0 }.flatMap { $0 }, right.index.parts.flatMap { $0 }.flatMap { $0 })
    let requests = units.map { WordDiffRequest(classifier: classifier, left: [$0], right: [$1], whole: false) }
    var stems = StemMemo()
    let expected = requests.map { $0.run(stems: &stems) }
    XCTAssertGreaterThan(requests.count, 50)
    XCTAssertTrue(expected.contains { !$0.edits.isEmpty })

    let queue = WordDiffQueue()
    let helper = Thread { queue.work() }
    helper.start()
    let numbers = requests.map { queue.submit($0) }
    queue.close()
    queue.work()
    let results = queue.collected()
    XCTAssertEqual(numbers, Array(requests.indices))
    XCTAssertEqual(results.map(\.edits), expected.map(\.edits))
    XCTAssertEqual(results.map(\.inline), expected.map(\.inline))
    // Closed and drained: a late worker finds nothing to do and returns.
    queue.work()
  }
}
