/// A short, readable account of where two texts first differ, for golden-file failures.
enum Snapshot {
  static func difference(_ expected: String, _ actual: String, context: Int = 3, limit: Int = 12) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var first = 0
    while first < old.count && first < new.count && old[first] == new[first] { first += 1 }
    var lines: [String] = ["first difference at line \(first + 1):"]
    for index in max(0, first - context)..<first { lines.append("  \(old[index])") }
    for index in first..<min(old.count, first + limit) { lines.append("- \(old[index])") }
    for index in first..<min(new.count, first + limit) { lines.append("+ \(new[index])") }
    return lines.joined(separator: "\n")
  }
}
