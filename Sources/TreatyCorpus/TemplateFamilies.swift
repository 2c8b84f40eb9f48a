/// Groups documents into template families: the connected components of the graph whose edges are pairs at or
/// above the family threshold (single-linkage clustering). Two agreements of one template stay together even
/// when a third, edited one links them only through itself.
enum TemplateFamilies {
  /// Each family as document indices in ascending order; families ordered by their first member.
  static func group(count: Int, links: [(Int, Int)]) -> [[Int]] {
    var parent = Array(0..<count)
    func root(_ index: Int) -> Int {
      var node = index
      while parent[node] != node {
        parent[node] = parent[parent[node]]
        node = parent[node]
      }
      return node
    }
    for (left, right) in links where left < count && right < count {
      let a = root(left)
      let b = root(right)
      if a != b { parent[max(a, b)] = min(a, b) }
    }
    var families: [Int: [Int]] = [:]
    for index in 0..<count { families[root(index), default: []].append(index) }
    return families.values.map { $0.sorted() }.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
  }
}
