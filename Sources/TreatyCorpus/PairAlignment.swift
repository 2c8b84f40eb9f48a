import TreatyCompare
import TreatyStructure

/// The full comparison of two documents' substance, read as template search needs it: how much of each side is
/// shared, and which articles are shared, only on one side, or changed in substance.
public struct PairAlignment: Sendable {
  /// Coverage of the left (query) document's substance: the similarity `similar` ranks by.
  public var leftCoverage: Double
  public var rightCoverage: Double
  /// «ст. 6 → ст. 5», in the right document's order.
  public var shared: [String]
  public var onlyLeft: [String]
  public var onlyRight: [String]
  /// Shared provisions changed in substance: «ст. 7 → ст. 6 (renumbered, modified) 0.91: …[-лиц-]{+…+}».
  public var substantive: [String]

  /// The mean of both coverages: the symmetric similarity of the matrix.
  public var similarity: Double { (leftCoverage + rightCoverage) / 2 }

  /// Aligns two documents' substance in full (the expensive step the prefilter spares).
  public init(_ left: CorpusDocument, _ right: CorpusDocument) {
    self.init(left.prepared(), right.prepared())
  }

  /// The same for documents already prepared: what the matrix and `similar` use, each document prepared once.
  public init(_ left: PreparedDocument, _ right: PreparedDocument) {
    let comparison = DocumentComparator.compare(left, right)
    let coverage = ArticleCoverage(comparison)
    leftCoverage = Self.rounded(coverage.left)
    rightCoverage = Self.rounded(coverage.right)
    var kinds: [String: NodeKind] = [:]
    for document in [comparison.left, comparison.right] {
      document.forEachNode { node, _ in kinds[node.id] = node.kind }
    }
    func isForm(_ ids: [String]) -> Bool {
      !ids.isEmpty && ids.allSatisfy { kinds[$0].map(Substance.formKinds.contains) ?? false }
    }
    shared = []
    onlyLeft = []
    onlyRight = []
    substantive = []
    let parts = comparison.pairs.filter { $0.level == .part && $0.substantive }
    for pair in comparison.pairs where pair.level == .provision && !isForm(pair.left) && !isForm(pair.right) {
      switch pair.kind {
      case .deleted: onlyLeft.append(pair.leftCitation)
      case .inserted: onlyRight.append(pair.rightCitation)
      default:
        shared.append("\(pair.leftCitation) → \(pair.rightCitation)")
        if pair.substantive { substantive.append(Self.describe(pair, parts: Self.parts(of: pair, among: parts))) }
      }
    }
  }

  /// The substantive part pairs inside a provision pair (ids below either side's node).
  private static func parts(of pair: AlignedPair, among parts: [AlignedPair]) -> [AlignedPair] {
    func inside(_ ids: [String], _ owners: [String]) -> Bool {
      ids.contains { id in owners.contains { id.hasPrefix($0 + "__") } }
    }
    return parts.filter { inside($0.left, pair.left) || inside($0.right, pair.right) }
  }

  /// Three decimals, as reported, so that ranking and thresholds see what the reader sees.
  static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// «ст. 7 → ст. 6 (renumbered, modified) 0.91: …привлечении [-лиц-]{+к административной…+} (+2 more)»: the first
  /// substantive change of the provision or of its parts, and how many more there are.
  private static func describe(_ pair: AlignedPair, parts: [AlignedPair]) -> String {
    var kinds = [pair.kind.rawValue]
    if pair.modified && pair.kind != .modified { kinds.append("modified") }
    let line = "\(pair.leftCitation) → \(pair.rightCitation) (\(kinds.joined(separator: ", "))) "
      + String(format: "%.2f", pair.similarity)
    var changes: [String] = pair.edits.filter { $0.kind == .substantive }.map(describe)
    for part in parts {
      switch part.kind {
      case .inserted: changes.append("+ \(part.rightCitation)")
      case .deleted: changes.append("- \(part.leftCitation)")
      default: changes += part.edits.filter { $0.kind == .substantive }.map(describe)
      }
    }
    guard let first = changes.first else { return line }
    return line + ": " + first + (changes.count > 1 ? " (+\(changes.count - 1) more)" : "")
  }

  private static func describe(_ edit: Edit) -> String {
    var change = ""
    if !edit.deleted.isEmpty { change += "[-\(excerpt(edit.deleted))-]" }
    if !edit.inserted.isEmpty { change += "{+\(excerpt(edit.inserted))+}" }
    return (edit.before.isEmpty ? "" : "…" + edit.before + " ") + change
  }

  private static func excerpt(_ text: String) -> String { text.count > 40 ? String(text.prefix(40)) + "…" : text }
}
