import XCTest
import TreatyText

@testable import TreatyCompare

/// Checks the word-level diff engine against an independent O(N·M) LCS table and against replay of its own output.
final class MyersDiffTests: XCTestCase {
  // MARK: - Edge cases

  func testBothEmpty() {
    let result = MyersDiff.diff([Int](), [Int]())
    XCTAssertEqual(result.runs, [])
    XCTAssertFalse(result.coarse)
  }

  func testOneEmpty() {
    XCTAssertEqual(MyersDiff.diff([1, 2, 3], []).runs, [DiffRun(.delete, old: 0..<3, new: 0..<0)])
    XCTAssertEqual(MyersDiff.diff([], [1, 2]).runs, [DiffRun(.insert, old: 0..<0, new: 0..<2)])
  }

  func testIdentical() {
    let tokens = ["a", "b", "a", "c"]
    XCTAssertEqual(MyersDiff.diff(tokens, tokens).runs, [DiffRun(.equal, old: 0..<4, new: 0..<4)])
  }

  func testCompletelyDifferent() {
    let result = MyersDiff.diff([1, 2, 3], [4, 5])
    XCTAssertEqual(result.runs, [DiffRun(.delete, old: 0..<3, new: 0..<0), DiffRun(.insert, old: 3..<3, new: 0..<2)])
    XCTAssertFalse(result.coarse)
  }

  func testSingleElements() {
    XCTAssertEqual(MyersDiff.diff([7], [7]).runs, [DiffRun(.equal, old: 0..<1, new: 0..<1)])
    XCTAssertEqual(
      MyersDiff.diff([7], [8]).runs,
      [DiffRun(.delete, old: 0..<1, new: 0..<0), DiffRun(.insert, old: 1..<1, new: 0..<1)])
    assertMinimalAndValid([7], [7, 8])
    assertMinimalAndValid([8, 7], [7])
  }

  func testLongCommonPrefixAndSuffix() {
    let head = Array(0..<500)
    let tail = Array(1000..<1500)
    let old = head + [9_001, 9_002] + tail
    let new = head + [9_003] + tail
    XCTAssertEqual(
      MyersDiff.diff(old, new).runs,
      [
        DiffRun(.equal, old: 0..<500, new: 0..<500),
        DiffRun(.delete, old: 500..<502, new: 500..<500),
        DiffRun(.insert, old: 502..<502, new: 500..<501),
        DiffRun(.equal, old: 502..<1002, new: 501..<1001),
      ])
  }

  func testRepeatedElements() {
    assertMinimalAndValid(Array(repeating: 1, count: 20), Array(repeating: 1, count: 13))
    assertMinimalAndValid([1, 1, 2, 1, 1, 2, 1], [2, 1, 1, 2, 2, 1, 1, 1])
    let alternating = Array(repeating: [1, 2], count: 15).flatMap { $0 }
    assertMinimalAndValid(alternating, Array(alternating.reversed().dropFirst(7)))
  }

  // MARK: - Words

  func testRussianWordsExample() {
    let old = "Стороны обмениваются сведениями о лицах".split(separator: " ").map(String.init)
    let new = "Стороны обмениваются перечнями лиц".split(separator: " ").map(String.init)
    let expected = [
      DiffRun(.equal, old: 0..<2, new: 0..<2),
      DiffRun(.delete, old: 2..<5, new: 2..<2),
      DiffRun(.insert, old: 5..<5, new: 2..<4),
    ]
    let result = MyersDiff.diff(old, new)
    XCTAssertEqual(result.runs, expected)
    XCTAssertFalse(result.coarse)
    XCTAssertEqual(DiffCleanup.semantic(result.runs), expected)
  }

  // MARK: - Minimality and validity on random inputs

  func testRandomSmallInputsAreMinimal() {
    var rng = SplitMix64(seed: 0x7EA7_1)
    for _ in 0..<4_000 {
      let alphabet = Int.random(in: 3...5, using: &rng)
      let old = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      let new = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      assertMinimalAndValid(old, new)
    }
  }

  func testRandomEditsOfLongerInputsAreMinimal() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<40 {
      let old = randomArray(maxLength: 400, alphabet: Int.random(in: 2...40, using: &rng), using: &rng)
      let new = randomlyEdited(old, rate: Double.random(in: 0.01...0.5, using: &rng), using: &rng)
      assertMinimalAndValid(old, new)
    }
  }

  func testTightBudgetStaysValidAndIsExactWhenNotCoarse() {
    var rng = SplitMix64(seed: 7)
    var sawCoarse = false
    for _ in 0..<2_000 {
      let alphabet = Int.random(in: 3...5, using: &rng)
      let old = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      let new = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      let result = MyersDiff.diff(old, new, maxCost: Int.random(in: -1...12, using: &rng))
      assertValid(result.runs, old, new)
      assertNormalised(result.runs)
      sawCoarse = sawCoarse || result.coarse
      if !result.coarse {
        XCTAssertEqual(editCount(result.runs), old.count + new.count - 2 * lcsLength(old, new))
      }
    }
    XCTAssertTrue(sawCoarse)
  }

  // MARK: - Semantic cleanup

  func testSemanticAbsorbsShortEqualityBetweenEdits() {
    let old = ["a", "X", "b", "Y", "c"]
    let new = ["a", "P", "b", "Q", "c"]
    let runs = DiffCleanup.semantic(MyersDiff.diff(old, new).runs)
    XCTAssertEqual(
      runs,
      [
        DiffRun(.equal, old: 0..<1, new: 0..<1),
        DiffRun(.delete, old: 1..<4, new: 1..<1),
        DiffRun(.insert, old: 4..<4, new: 1..<4),
        DiffRun(.equal, old: 4..<5, new: 4..<5),
      ])
    assertValid(runs, old, new)
  }

  func testSemanticNeverAbsorbsLongEquality() {
    // Ten-word replacements on both sides of "b c d": only the length limit keeps it.
    let old = ["a"] + (0..<10).map { "x\($0)" } + ["b", "c", "d"] + (0..<10).map { "y\($0)" } + ["e"]
    let new = ["a"] + (0..<10).map { "p\($0)" } + ["b", "c", "d"] + (0..<10).map { "q\($0)" } + ["e"]
    let runs = MyersDiff.diff(old, new).runs
    XCTAssertEqual(runs.count, 7)
    XCTAssertEqual(DiffCleanup.semantic(runs), runs)
    XCTAssertEqual(DiffCleanup.semantic(runs, maxEqualLength: 3).count, 4)
  }

  func testSemanticKeepsEqualityNotShorterThanItsEdits() {
    // "b c" is two tokens between one-word replacements (two edited tokens per side): not shorter, so kept.
    let old = ["a", "X", "b", "c", "Y", "d"]
    let new = ["a", "P", "b", "c", "Q", "d"]
    let runs = MyersDiff.diff(old, new).runs
    XCTAssertEqual(DiffCleanup.semantic(runs), runs)
  }

  func testSemanticLeavesOuterEqualitiesAlone() {
    let runs = MyersDiff.diff(["a", "X", "b"], ["a", "P", "Q", "R", "b"]).runs
    XCTAssertEqual(DiffCleanup.semantic(runs), runs)
  }

  func testSemanticCascades() {
    // Absorbing "c" makes the right-hand edit large enough that "b" goes too.
    let old = ["a", "X", "b", "Y", "c", "Z", "W", "V", "d"]
    let new = ["a", "P", "b", "Q", "c", "R", "S", "T", "d"]
    let runs = DiffCleanup.semantic(MyersDiff.diff(old, new).runs)
    XCTAssertEqual(
      runs,
      [
        DiffRun(.equal, old: 0..<1, new: 0..<1),
        DiffRun(.delete, old: 1..<8, new: 1..<1),
        DiffRun(.insert, old: 8..<8, new: 1..<8),
        DiffRun(.equal, old: 8..<9, new: 8..<9),
      ])
  }

  func testSemanticNormalisesUnorderedInput() {
    let runs = [
      DiffRun(.insert, old: 0..<0, new: 0..<1),
      DiffRun(.delete, old: 0..<1, new: 1..<1),
      DiffRun(.equal, old: 1..<2, new: 1..<2),
      DiffRun(.equal, old: 2..<3, new: 2..<3),
    ]
    XCTAssertEqual(
      DiffCleanup.semantic(runs),
      [
        DiffRun(.delete, old: 0..<1, new: 0..<0),
        DiffRun(.insert, old: 1..<1, new: 0..<1),
        DiffRun(.equal, old: 1..<3, new: 1..<3),
      ])
  }

  func testSemanticStaysValidOnRandomInputs() {
    var rng = SplitMix64(seed: 2_024)
    for _ in 0..<3_000 {
      let alphabet = Int.random(in: 3...5, using: &rng)
      let old = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      let new = randomArray(maxLength: 30, alphabet: alphabet, using: &rng)
      let limit = Int.random(in: 0...4, using: &rng)
      let runs = DiffCleanup.semantic(MyersDiff.diff(old, new).runs, maxEqualLength: limit)
      assertValid(runs, old, new)
      assertNormalised(runs)
      XCTAssertEqual(DiffCleanup.semantic(runs, maxEqualLength: limit), runs, "not stable")
      assertNoAbsorbableEquality(runs, maxEqualLength: limit)
    }
  }

  // MARK: - Budget

  func testCoarseFallbackOnUnrelatedHugeInputs() {
    var rng = SplitMix64(seed: 99)
    let old = (0..<200_000).map { _ in Int.random(in: 0..<1_000_000_000, using: &rng) }
    let new = (0..<200_000).map { _ in Int.random(in: 0..<1_000_000_000, using: &rng) }
    let result = MyersDiff.diff(old, new, maxCost: 1_000)
    XCTAssertTrue(result.coarse)
    assertValid(result.runs, old, new)
    assertNormalised(result.runs)
  }

  func testCoarseKeepsExactEndsAroundUnresolvedMiddle() {
    var rng = SplitMix64(seed: 5)
    let head = (0..<300).map { $0 % 7 == 0 ? -$0 : $0 }
    let tail = (0..<300).map { 10_000 + ($0 % 5 == 0 ? -$0 : $0) }
    let old = head + (0..<2_000).map { _ in Int.random(in: 50_000..<60_000, using: &rng) } + tail
    let newMiddle = (0..<2_000).map { _ in Int.random(in: 70_000..<80_000, using: &rng) }
    let new = head.map { $0 % 11 == 0 ? $0 + 1 : $0 } + newMiddle + tail.map { $0 % 13 == 0 ? $0 + 1 : $0 }
    let result = MyersDiff.diff(old, new, maxCost: 200)
    XCTAssertTrue(result.coarse)
    assertValid(result.runs, old, new)
    assertNormalised(result.runs)
    XCTAssertGreaterThan(result.runs.filter { $0.operation == .equal }.count, 20)
  }

  // MARK: - Helpers

  private func assertMinimalAndValid(_ old: [Int], _ new: [Int], file: StaticString = #filePath, line: UInt = #line) {
    let result = MyersDiff.diff(old, new)
    XCTAssertFalse(result.coarse, file: file, line: line)
    assertValid(result.runs, old, new, file: file, line: line)
    assertNormalised(result.runs, file: file, line: line)
    let expected = old.count + new.count - 2 * lcsLength(old, new)
    XCTAssertEqual(editCount(result.runs), expected, "\(old) → \(new)", file: file, line: line)
  }

  /// Replays the script and checks that it covers both inputs exactly once, in order.
  private func assertValid<T: Equatable>(
    _ runs: [DiffRun], _ old: [T], _ new: [T], file: StaticString = #filePath, line: UInt = #line
  ) {
    var x = 0
    var y = 0
    var rebuilt: [T] = []
    for run in runs {
      guard run.old.lowerBound == x, run.new.lowerBound == y, run.old.upperBound <= old.count,
        run.new.upperBound <= new.count
      else {
        return XCTFail("run \(run) out of place at (\(x), \(y))", file: file, line: line)
      }
      switch run.operation {
      case .equal:
        XCTAssertEqual(run.old.count, run.new.count, file: file, line: line)
        XCTAssertEqual(Array(old[run.old]), Array(new[run.new]), file: file, line: line)
        rebuilt += old[run.old]
      case .delete:
        XCTAssertTrue(run.new.isEmpty, file: file, line: line)
      case .insert:
        XCTAssertTrue(run.old.isEmpty, file: file, line: line)
        rebuilt += new[run.new]
      }
      x = run.old.upperBound
      y = run.new.upperBound
    }
    XCTAssertEqual(x, old.count, file: file, line: line)
    XCTAssertEqual(y, new.count, file: file, line: line)
    XCTAssertTrue(rebuilt == new, "replay differs", file: file, line: line)
  }

  /// No empty runs, no two adjacent runs of one kind, and no insert directly followed by a delete.
  private func assertNormalised(_ runs: [DiffRun], file: StaticString = #filePath, line: UInt = #line) {
    for run in runs {
      XCTAssertFalse(run.old.isEmpty && run.new.isEmpty, "empty run", file: file, line: line)
    }
    for (first, second) in zip(runs, runs.dropFirst()) {
      XCTAssertNotEqual(first.operation, second.operation, "unmerged runs", file: file, line: line)
      let misordered = first.operation == .insert && second.operation == .delete
      XCTAssertFalse(misordered, "insert before delete", file: file, line: line)
    }
  }

  /// The fixed point of `semantic`: every equality between two changed regions is too long to absorb.
  private func assertNoAbsorbableEquality(_ runs: [DiffRun], maxEqualLength: Int) {
    var regions: [(isEqual: Bool, size: Int)] = []
    for run in runs {
      let size = run.operation == .equal ? run.old.count : run.old.count + run.new.count
      if let last = regions.last, last.isEqual == (run.operation == .equal) {
        regions[regions.count - 1].size += size
      } else {
        regions.append((run.operation == .equal, size))
      }
    }
    for index in regions.indices.dropFirst().dropLast() where regions[index].isEqual {
      let length = regions[index].size
      XCTAssertFalse(
        length <= maxEqualLength && length < regions[index - 1].size && length < regions[index + 1].size,
        "absorbable equality left in \(runs)")
    }
  }

  private func editCount(_ runs: [DiffRun]) -> Int {
    runs.reduce(0) { total, run in
      switch run.operation {
      case .equal: return total
      case .delete: return total + run.old.count
      case .insert: return total + run.new.count
      }
    }
  }

  /// The textbook quadratic LCS table, kept deliberately naive as an independent oracle.
  private func lcsLength(_ old: [Int], _ new: [Int]) -> Int {
    guard !old.isEmpty && !new.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: new.count + 1)
    var current = previous
    for i in 1...old.count {
      for j in 1...new.count {
        current[j] = old[i - 1] == new[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
      }
      swap(&previous, &current)
    }
    return previous[new.count]
  }

  private func randomArray(maxLength: Int, alphabet: Int, using rng: inout SplitMix64) -> [Int] {
    (0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in Int.random(in: 0..<alphabet, using: &rng) }
  }

  private func randomlyEdited(_ tokens: [Int], rate: Double, using rng: inout SplitMix64) -> [Int] {
    var result: [Int] = []
    for token in tokens {
      let roll = Double.random(in: 0..<1, using: &rng)
      if roll < rate / 3 {
        continue
      } else if roll < 2 * rate / 3 {
        result.append(Int.random(in: 0..<50, using: &rng))
      } else if roll < rate {
        result.append(token)
        result.append(Int.random(in: 0..<50, using: &rng))
      } else {
        result.append(token)
      }
    }
    return result
  }
}
