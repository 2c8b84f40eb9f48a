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
}
