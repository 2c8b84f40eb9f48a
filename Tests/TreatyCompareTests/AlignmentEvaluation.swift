import Foundation
import TreatyCompare
import TreatyStructure
import TreatyText
import XCTest

/// A labelled alignment set — the KZ–KG / KZ–AM pair plus seeded synthetic variants of the corpus agreements with
/// known renumberings, moves, splits, merges, insertions and deletions — and the aligner's precision, recall and
/// F1 on it, with move, renumber and split/merge recall and false moves. The report is printed by the test.
final class AlignmentEvaluation: XCTestCase {

  struct Metrics {
    var truePairs = 0, predictedPairs = 0, correctPairs = 0
    var moves = 0, movesFound = 0, renumbers = 0, renumbersFound = 0, splitsMerges = 0, splitsMergesFound = 0
    var falseMoves = 0

    var precision: Double { predictedPairs == 0 ? 1 : Double(correctPairs) / Double(predictedPairs) }
    var recall: Double { truePairs == 0 ? 1 : Double(correctPairs) / Double(truePairs) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    func ratio(_ found: Int, _ total: Int) -> String { total == 0 ? "n/a" : String(format: "%.3f (%d/%d)", Double(found) / Double(total), found, total) }

    var report: String {
      """
      alignment precision \(String(format: "%.3f", precision)), recall \(String(format: "%.3f", recall)), \
      F1 \(String(format: "%.3f", f1)) over \(truePairs) true pairs
      move recall \(ratio(movesFound, moves)); renumber recall \(ratio(renumbersFound, renumbers)); \
      split/merge recall \(ratio(splitsMergesFound, splitsMerges)); false moves \(falseMoves)
      """
    }
  }

  /// The KZ–KG / KZ–AM answer key, article by article.
  static func templatePair() throws -> LabelledCase {
    var answers: [(left: [String], right: [String], truth: LabelledCase.Truth)] = []
    for number in 1...4 { answers.append((["att_1__art_\(number)"], ["att_1__art_\(number)"], .kept)) }
    answers.append((["att_1__art_5"], ["att_1__art_11__para_4"], .moved))
    for number in 6...18 { answers.append((["att_1__art_\(number)"], ["att_1__art_\(number - 1)"], .renumbered)) }
    answers.append((["att_1__art_7__list_1__item_7"], ["att_1__art_6__list_1__item_7", "att_1__art_6__list_1__item_8"], .split))
    answers.append((["att_1__art_12__para_4"], ["att_1__art_11__para_5"], .renumbered))
    return LabelledCase(
      name: "KZ–KG / KZ–AM", left: try CompareCorpus.document("kz-kg-migration-2019.txt"),
      right: try CompareCorpus.document("kz-am-migration-2019.md"), answers: answers)
  }

  /// A variant of a corpus agreement with a few known edits, and its answer key.
  static func variant(_ base: SyntheticAgreement, _ generator: inout SplitMix64, name: String) -> LabelledCase {
    var right = base
    var operations: [String] = []
    var swapped = Set<Int>()
    for _ in 0..<Int.random(in: 1...3, using: &generator) {
      let index = Int.random(in: 0..<right.articles.count, using: &generator)
      let article = right.articles[index]
      let whole = article.origins.count == 1 && article.points.isEmpty
        && right.articles.filter { $0.origins == article.origins }.count == 1
      switch Int.random(in: 0..<5, using: &generator) {
      case 0 where right.articles.count > 4:
        let other = Int.random(in: 0..<right.articles.count, using: &generator)
        guard abs(other - index) > 1, whole, right.articles[other].origins.count == 1 else { continue }
        swapped.formUnion(article.origins + right.articles[other].origins)
        right.articles.swapAt(index, other)
        operations.append("swap")
      case 1 where right.articles.count > 4 && whole && !swapped.contains(article.origins[0]):
        right.articles.remove(at: index)
        operations.append("delete")
      case 2 where whole && article.paragraphs.count >= 3 && !swapped.contains(article.origins[0]):
        let cut = article.paragraphs.count / 2
        right.articles[index].paragraphs = Array(article.paragraphs.prefix(cut))
        right.articles.insert(.init(paragraphs: Array(article.paragraphs.dropFirst(cut)), origins: article.origins),
          at: index + 1)
        operations.append("split")
      case 3 where whole && index + 1 < right.articles.count && right.articles[index + 1].origins.count == 1
        && right.articles[index + 1].points.isEmpty && !swapped.contains(article.origins[0])
        && !swapped.contains(right.articles[index + 1].origins[0])
        && right.articles.filter({ $0.origins == right.articles[index + 1].origins }).count == 1:
        let next = right.articles.remove(at: index + 1)
        right.articles[index].paragraphs += next.paragraphs
        right.articles[index].origins += next.origins
        operations.append("merge")
      case 4 where whole && right.articles.count > 4 && !swapped.contains(article.origins[0]):
        let moved = right.articles.remove(at: index)
        let host = Int.random(in: 0..<right.articles.count, using: &generator)
        guard right.articles[host].points.isEmpty else {
          right.articles.insert(moved, at: index)
          continue
        }
        right.articles[host].points = [(moved.paragraphs.joined(separator: " "), moved.origins[0])]
        operations.append("into-point")
      default:
        continue
      }
    }
    let first = Int.random(in: 0..<3, using: &generator) == 0 ? 3 : 1
    if first != 1 { operations.append("renumber") }
    var answers: [(left: [String], right: [String], truth: LabelledCase.Truth)] = []
    var done = Set<Int>()
    for origin in base.articles.indices where !done.contains(origin) {
      let left = ["art_\(origin + 1)"]
      let holders = right.articles.indices.filter { right.articles[$0].origins.contains(origin) }
      if let host = right.articles.indices.first(where: { right.articles[$0].points.contains { $0.origin == origin } }) {
        answers.append((left, ["art_\(host + first)__para_1"], .moved))
      } else if holders.count == 2 {
        answers.append((left, holders.map { "art_\($0 + first)" }, .split))
      } else if let holder = holders.first, right.articles[holder].origins.count > 1 {
        let origins = right.articles[holder].origins
        done.formUnion(origins)
        answers.append((origins.map { "art_\($0 + 1)" }, ["art_\(holder + first)"], .merged))
      } else if let holder = holders.first {
        let truth: LabelledCase.Truth = swapped.contains(origin) ? .moved : holder + first == origin + 1 ? .kept : .renumbered
        answers.append((left, ["art_\(holder + first)"], truth))
      } else {
        answers.append((left, [], .deleted))
      }
    }
    return LabelledCase(
      name: "\(name) [\(operations.joined(separator: ", "))]", left: CompareCorpus.text(base.text(), name: "left"),
      right: CompareCorpus.text(right.text(firstNumber: first), name: "right"), answers: answers)
  }

  static func labelledSet() throws -> [LabelledCase] {
    var cases = [try templatePair()]
    var generator = SplitMix64(seed: 2026_11_22)
    for (name, act) in [("kz-kg-migration-2019.txt", 1), ("kz-am-migration-2019.md", 1), ("kz-ru-mvd-cooperation-2008.txt", 0)] {
      let base = try SyntheticAgreement.base(name, act: act).0
      for round in 0..<12 { cases.append(variant(base, &generator, name: "\(name) #\(round)")) }
    }
    return cases
  }

  static func evaluate(_ cases: [LabelledCase]) -> (Metrics, [String]) {
    var metrics = Metrics()
    var misses: [String] = []
    for labelled in cases {
      let comparison = DocumentComparator.compare(labelled.left, labelled.right)
      let predicted = comparison.pairs.filter { !$0.left.isEmpty && !$0.right.isEmpty && $0.level != .act }
      let keys = Set(labelled.answers.flatMap(\.left))
      let relevant = predicted.filter { pair in pair.left.contains { keys.contains($0) } }
      metrics.predictedPairs += relevant.count
      for answer in labelled.answers {
        let found = predicted.first { $0.left == answer.left && $0.right == answer.right }
        if !answer.right.isEmpty {
          metrics.truePairs += 1
          if found != nil { metrics.correctPairs += 1 } else { misses.append("\(labelled.name): \(answer.left) → \(answer.right)") }
        }
        switch answer.truth {
        case .moved:
          metrics.moves += 1
          if found?.kind == .moved { metrics.movesFound += 1 }
        case .renumbered:
          metrics.renumbers += 1
          if found?.kind == .renumbered { metrics.renumbersFound += 1 }
        case .split, .merged:
          metrics.splitsMerges += 1
          if found?.kind == .split || found?.kind == .merged { metrics.splitsMergesFound += 1 }
        default: break
        }
      }
      let trueMoves = Set(labelled.answers.filter { $0.truth == .moved }.map(\.left))
      metrics.falseMoves += relevant.filter { $0.kind == .moved && !trueMoves.contains($0.left) }.count
    }
    return (metrics, misses)
  }

  func testAlignmentQualityOnTheLabelledSet() throws {
    let cases = try Self.labelledSet()
    let (metrics, misses) = Self.evaluate(cases)
    print("Alignment evaluation on \(cases.count) labelled cases:\n" + metrics.report)
    for miss in misses.prefix(10) { print("  missed: \(miss)") }
    XCTAssertGreaterThanOrEqual(metrics.f1, 0.95)
    XCTAssertGreaterThanOrEqual(Double(metrics.movesFound) / Double(max(1, metrics.moves)), 0.8)
    XCTAssertGreaterThanOrEqual(Double(metrics.renumbersFound) / Double(max(1, metrics.renumbers)), 0.9)
    XCTAssertGreaterThanOrEqual(Double(metrics.splitsMergesFound) / Double(max(1, metrics.splitsMerges)), 0.8)
  }
}
