@testable import TreatyCorpus
import TreatyText
import XCTest

/// The prefilter's arithmetic: stable hashes, and estimates that approach the exact values.
final class MinHashTests: XCTestCase {
  func testSignaturesAreTheSameInEveryProcess() {
    // Swift's Hasher is seeded per process; these values must never change, or stored signatures would lie.
    XCTAssertEqual(StableHash.fnv1a(Array("статья".utf8)), StableHash.fnv1a(Array("статья".utf8)))
    XCTAssertEqual(StableHash.fnv1a([]), 0xCBF2_9CE4_8422_2325)
    XCTAssertEqual(StableHash.fnv1a(Array("a".utf8)), 0xAF63_DC4C_8601_EC8C)
    let signature = MinHash(count: 4).signature([1, 2, 3])
    XCTAssertEqual(signature, MinHash(count: 4).signature([3, 2, 1]))
    XCTAssertEqual(MinHash(count: 4).signature([]), [UInt64](repeating: .max, count: 4))
  }

  func testTheEstimateFollowsTheJaccardSimilarity() {
    let minHash = MinHash(count: 256)
    let a = Set((0..<2000).map { StableHash.mix(UInt64($0)) })
    let b = Set((1000..<3000).map { StableHash.mix(UInt64($0)) })
    // |A ∩ B| = 1000, |A ∪ B| = 3000: Jaccard 1/3, containment 1/2.
    let estimate = MinHash.agreement(minHash.signature(a), minHash.signature(b))
    XCTAssertEqual(estimate, 1.0 / 3.0, accuracy: 0.08)
    XCTAssertEqual(MinHash.agreement(minHash.signature(a), minHash.signature(a)), 1)
    let c = Set((5000..<5100).map { StableHash.mix(UInt64($0)) })
    XCTAssertEqual(MinHash.agreement(minHash.signature(a), minHash.signature(c)), 0, accuracy: 0.02)
  }

  func testFamiliesAreConnectedComponents() {
    XCTAssertEqual(TemplateFamilies.group(count: 5, links: [(0, 2), (2, 4)]), [[0, 2, 4], [1], [3]])
    XCTAssertEqual(TemplateFamilies.group(count: 0, links: []), [])
  }

  func testShortChangesShowTheWordsAroundTheChange() {
    XCTAssertEqual(ShortChange.describe("дата рождения;", "дата рожденья;"), "«дата рождения;» → «дата рожденья;»")
    let long = String(repeating: "слово ", count: 30)
    let change = ShortChange.describe(long + "конец.", long + "начало.")
    XCTAssertTrue(change.hasPrefix("«…"), change)
    XCTAssertTrue(change.contains("конец.»") && change.contains("начало.»"), change)
  }
}
