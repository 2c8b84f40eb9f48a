import TreatyText

/// Remembers the last number of each kind in each scope and says when the next one does not follow.
struct NumberingTracker {
  struct Finding {
    var code: String
    var message: String
    var note: String?
  }

  private var last: [Key: Int] = [:]
  private var seen: [Key: Set<Int>] = [:]

  private struct Key: Hashable {
    var kind: NodeKind
    var scope: Int
  }

  func last(_ kind: NodeKind, scope: Int) -> Int? { last[Key(kind: kind, scope: scope)] }

  mutating func record(_ kind: NodeKind, marker: Marker, scope: Int) -> Finding? {
    let name = Self.name(of: kind)
    // «5-1», «12¹»: an article inserted by an amendment between 5 and 6 — not a break in the numbering.
    if marker.number.contains(where: { $0 == "-" || $0 == "¹" || $0 == "²" || $0 == "³" }) {
      return nil
    }
    // Roman numerals are a numbering of their own.
    let roman = Int(marker.number) == nil
    let scope = roman ? -scope - 1 : scope
    guard let value = marker.value else {
      // Dotted section numbers («1.1») follow their own scheme; only plain numbers are sequence-checked.
      return marker.number.isEmpty || kind == .subsection ? nil : Finding(
        code: "structure.number-not-numeric",
        message: "\(name) «\(marker.number)» is not a plain number; kept as written", note: nil)
    }
    let key = Key(kind: kind, scope: scope)
    defer {
      last[key] = value
      seen[key, default: []].insert(value)
    }
    guard let previous = last[key] else {
      return value == 1 ? nil : Finding(
        code: "structure.number-start", message: "\(name) numbering starts at \(value), not 1", note: nil)
    }
    if value == previous + 1 { return nil }
    if seen[key]?.contains(value) == true {
      return Finding(
        code: "structure.number-duplicate", message: "\(name) \(value) appears again (after \(name) \(previous))",
        note: "ids of the repeated unit get a suffix to stay unique")
    }
    if value > previous + 1 {
      let missing = value == previous + 2 ? "\(previous + 1) is" : "\(previous + 1)–\(value - 1) are"
      return Finding(
        code: "structure.number-gap",
        message: "\(name) \(value) follows \(name) \(previous): \(missing) missing",
        note: "\(previous + 1) was expected; the heading may be misnumbered")
    }
    return Finding(
      code: "structure.number-out-of-sequence",
      message: "\(name) \(value) comes after \(name) \(previous)", note: "\(previous + 1) was expected")
  }

  /// A switch, not a dictionary: hashing a kind hashes its raw-value string, and every marker is checked.
  private static func name(of kind: NodeKind) -> String {
    switch kind {
    case .article: return "article"
    case .chapter: return "chapter"
    case .section, .subsection: return "section"
    case .paragraph: return "point"
    case .point: return "sub-point"
    case .row: return "row"
    default: return kind.rawValue
    }
  }
}
