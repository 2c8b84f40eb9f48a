/// Compares two trees in `TreeJSON`'s format node by node, matched by `id`: which nodes were added or removed,
/// and for the nodes in both which fields changed. The file name is not compared, so a corpus can be checked from
/// any directory.
enum TreeJSONDiff {
  /// The node fields a reviewer cares about, in the order they are reported.
  static let fields = ["kind", "number", "title", "citation", "text", "range"]
  /// Range-only changes listed one by one up to this many; more are one summary line.
  static let shiftedShown = 3

  /// One line per change, in document order of the expected tree, then nodes only in the actual one.
  static func changes(expected: JSONNode, actual: JSONNode) -> [String] {
    var lines: [String] = []
    for key in ["schemaVersion", "encoding"] where expected[key] != actual[key] {
      lines.append("\(key) \(expected[key]?.display ?? "null") → \(actual[key]?.display ?? "null")")
    }
    let old = FlatTree(expected)
    let new = FlatTree(actual)
    // Nodes whose only change is their place: one edit shifts every range after it, so these are summed up.
    var shifted: [String] = []
    for id in old.order {
      guard let before = old.nodes[id] else { continue }
      guard let after = new.nodes[id] else {
        lines.append("\(id): removed")
        continue
      }
      if before.parent != after.parent {
        lines.append("\(id): moved from \(before.parent ?? "the top") to \(after.parent ?? "the top")")
      }
      let changed = fields.filter { before.fields[$0] != after.fields[$0] }
      if changed == ["range"] && before.parent == after.parent {
        shifted.append("\(id): \(describe("range", before.fields["range"], after.fields["range"]))")
        continue
      }
      for field in changed { lines.append("\(id): \(describe(field, before.fields[field], after.fields[field]))") }
    }
    for id in new.order where old.nodes[id] == nil { lines.append("\(id): added") }
    if shifted.count > shiftedShown, let first = shifted.first {
      lines.append("range changed in \(shifted.count) nodes that are otherwise the same, first \(first)")
    } else {
      lines += shifted
    }
    return lines
  }

  private static func describe(_ field: String, _ before: JSONNode?, _ after: JSONNode?) -> String {
    switch (field, before, after) {
    case ("text", .string(let old)?, .string(let new)?), ("title", .string(let old)?, .string(let new)?):
      return "\(field) \(ShortChange.describe(old, new))"
    case ("range", let old, let new):
      return "range \(range(old)) → \(range(new))"
    default:
      return "\(field) \(short(before)) → \(short(after))"
    }
  }

  private static func short(_ value: JSONNode?) -> String {
    guard let value else { return "null" }
    if case .string(let text) = value, text.count > 60 { return "«\(text.prefix(60))…»" }
    return value.display
  }

  /// `@line:column-line:column`, as `treaty parse` prints it.
  private static func range(_ value: JSONNode?) -> String {
    func point(_ node: JSONNode?) -> String { "\(node?["line"]?.int ?? 0):\(node?["column"]?.int ?? 0)" }
    return "@\(point(value?["start"]))-\(point(value?["end"]))"
  }
}

/// A tree flattened to its nodes by id, with each node's parent, in document order.
struct FlatTree {
  struct Entry {
    var fields: [String: JSONNode]
    var parent: String?
  }

  var nodes: [String: Entry] = [:]
  var order: [String] = []

  init(_ tree: JSONNode) {
    for act in tree["acts"]?.array ?? [] { visit(act, parent: nil) }
  }

  private mutating func visit(_ node: JSONNode, parent: String?) {
    guard let members = node.members else { return }
    let id = members["id"]?.string ?? "?"
    // A repeated id (which the parser never writes) keeps its first place; the check still sees the rest.
    if nodes[id] == nil {
      nodes[id] = Entry(fields: members.filter { $0.key != "children" }, parent: parent)
      order.append(id)
    }
    for child in members["children"]?.array ?? [] { visit(child, parent: id) }
  }
}
