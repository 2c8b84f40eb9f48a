import TreatyText

/// Remembers the last number of each kind in each scope and says when the next one does not follow.
struct NumberingTracker {
  struct Finding {
    var code: String
    var message: String
    var note: String?
  }

  /// Per kind and scope: the last number and every number seen, in one entry read and written in one look-up.
  private var states: [Key: State] = [:]

  private struct State {
    var last: Int?
    var seen: Set<Int> = []

    /// Records `value`; returns the number before it and whether `value` was seen already.
    mutating func record(_ value: Int) -> (previous: Int?, seen: Bool) {
      let before = (last, seen.contains(value))
      last = value
      seen.insert(value)
      return before
    }
  }

  private struct Key: Hashable {
    var kind: NodeKind
    var scope: Int
  }

  func last(_ kind: NodeKind, scope: Int) -> Int? { states[Key(kind: kind, scope: scope)]?.last }

  mutating func record(_ kind: NodeKind, marker: Marker, scope: Int) -> Finding? {
    // «5-1», «12¹»: an article inserted by an amendment between 5 and 6 — not a break in the numbering.
    if Self.isInserted(marker.number) { return nil }
    // Roman numerals are a numbering of their own.
    let roman = Int(marker.number) == nil
    let scope = roman ? -scope - 1 : scope
    guard let value = marker.value else {
      // Dotted section numbers («1.1») follow their own scheme; only plain numbers are sequence-checked.
      return marker.number.isEmpty || kind == .subsection ? nil : Finding(
        code: "structure.number-not-numeric",
        message: "\(Self.name(of: kind)) «\(marker.number)» is not a plain number; kept as written", note: nil)
    }
    let (previous, seen) = states[Key(kind: kind, scope: scope), default: State()].record(value)
    guard let previous else {
      return value == 1 ? nil : Finding(
        code: "structure.number-start", message: "\(Self.name(of: kind)) numbering starts at \(value), not 1", note: nil)
    }
    return Self.finding(kind, value, after: previous, seen: seen)
  }

  /// What is wrong with `value` coming after `previous`, if anything; `seen` says it came before.
  private static func finding(_ kind: NodeKind, _ value: Int, after previous: Int, seen: Bool) -> Finding? {
    if value == previous + 1 { return nil }
    let name = name(of: kind)
    if seen {
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

  /// Whether a number as written marks an inserted unit: a hyphen or a superscript digit among its characters.
  /// Read from the bytes when they are all ASCII (each byte then is a character of its own, or part of CR LF); by
  /// `Character`s otherwise, where a combining mark could make a hyphen something else.
  static func isInserted(_ number: String) -> Bool {
    let ascii = number.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      return bytes.contains(0x2D)
    } ?? nil
    if let ascii { return ascii }
    return number.contains(where: { $0 == "-" || $0 == "¹" || $0 == "²" || $0 == "³" })
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
