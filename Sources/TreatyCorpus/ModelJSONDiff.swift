/// Compares two structural models in `ModelJSON`'s format per top-level key: items removed and added, named by
/// what a reader knows them by (a party's name, a duration's text and what it governs), and items that stayed but
/// changed a field. The file name is not compared.
enum ModelJSONDiff {
  static func changes(expected: JSONNode, actual: JSONNode) -> [String] {
    let keys = Set((expected.members ?? [:]).keys).union((actual.members ?? [:]).keys).subtracting(["file"]).sorted()
    var lines: [String] = []
    for key in keys {
      let before = expected[key] ?? .null
      let after = actual[key] ?? .null
      guard before != after else { continue }
      if let old = before.array, let new = after.array {
        lines += items(key, old, new)
      } else {
        lines.append("\(key): \(excerpt(before)) → \(excerpt(after))")
      }
    }
    return lines
  }

  /// Items only on one side by value; a removed and an added item with the same name are one changed item.
  private static func items(_ key: String, _ old: [JSONNode], _ new: [JSONNode]) -> [String] {
    var removed: [JSONNode] = []
    var added = new
    for item in old {
      if let index = added.firstIndex(of: item) {
        added.remove(at: index)
      } else {
        removed.append(item)
      }
    }
    var lines: [String] = []
    var shifted = 0
    for item in removed {
      let name = label(key, item)
      guard let index = added.firstIndex(where: { label(key, $0) == name }) else {
        lines.append("\(key): removed «\(name)»")
        continue
      }
      let other = added.remove(at: index)
      let fields = differingFields(item, other)
      if fields == ["range"] {
        shifted += 1
        continue
      }
      let details = fields.filter { $0 != "range" }.map { field in
        "\(field) \(excerpt(item[field] ?? .null)) → \(excerpt(other[field] ?? .null))"
      }
      lines.append("\(key): changed «\(name)»: " + details.joined(separator: "; "))
    }
    lines += added.map { "\(key): added «\(label(key, $0))»" }
    if shifted > 0 { lines.append("\(key): range changed in \(shifted) items that are otherwise the same") }
    return lines
  }

  private static func differingFields(_ old: JSONNode, _ new: JSONNode) -> [String] {
    let before = old.members ?? [:]
    let after = new.members ?? [:]
    return Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
  }

  /// What a reader calls an item of each kind.
  static func label(_ key: String, _ item: JSONNode) -> String {
    func field(_ name: String) -> String { item[name]?.string ?? "" }
    switch key {
    case "acts": return "\(field("id")): \(field("kind"))"
    case "competentBodies": return "\(field("name")) (\(field("party")))"
    case "durations": return "\(field("text")) (\(field("governs")))"
    case "references": return "\(field("text")) (\(field("source")))"
    case "clauseTypes": return field("citation").isEmpty ? field("node") : field("citation")
    default:
      if let text = item.string { return text }
      for name in ["name", "term", "text", "node", "id"] where !field(name).isEmpty { return field(name) }
      return String(item.compact.prefix(80))
    }
  }

  private static func excerpt(_ value: JSONNode) -> String {
    let text = value.display
    return text.count > 80 ? String(text.prefix(80)) + "…" : text
  }
}
