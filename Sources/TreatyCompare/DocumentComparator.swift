import TreatyModel
import TreatyStructure
import TreatyText

/// The comparator: two parsed documents in, their aligned units, word changes and model differences out.
///
/// Acts are paired by kind; inside each pair of acts the top-level provisions (articles, or the points of an act
/// without articles) are aligned by content (`SequenceAligner`); a provision left over on one side is then searched
/// for among the parts of the other side's provisions (an article that became a point of another article); inside
/// each aligned pair of provisions their parts are aligned the same way; parts left over everywhere are matched
/// across provisions (a point moved to another article); what remains is inserted or deleted.
public enum DocumentComparator {
  public struct Options: Sendable {
    public var threshold = 0.5
    public var moveThreshold = 0.6
    /// Whether the two models are compared on a second core while the units are aligned on this one: for a
    /// single comparison (`treaty diff`). Callers that run many comparisons in parallel leave it off.
    public var comparesModelsAside = false
    public init() {}
  }

  public static func compare(_ left: Document, _ right: Document, options: Options = Options()) -> Comparison {
    // The two sides are independent until they are aligned: each is modelled and indexed on its own core.
    let prepared = ParallelMap.map([left, right]) { PreparedDocument($0) }
    return compare(prepared[0], prepared[1], options: options)
  }

  /// The comparison of two prepared documents: template search compares each document with many others and
  /// prepares it once.
  public static func compare(_ left: PreparedDocument, _ right: PreparedDocument, options: Options = Options()) -> Comparison {
    let (leftModel, rightModel) = (left.model, right.model)
    let parameters = TemplateParameters(left: leftModel, right: rightModel)
    // The units' alignment and the models' differences depend on each other in nothing.
    let align: @Sendable () -> (pairs: [AlignedPair], diagnostics: [Diagnostic]) = {
      alignUnits(left, right, parameters: parameters, options: options)
    }
    let compareModels: @Sendable () -> [ModelChange] = {
      ModelDiff.changes(leftModel, rightModel, parameters: parameters)
    }
    let (aligned, modelChanges) = options.comparesModelsAside
      ? ParallelMap.pair(align, compareModels) : (align(), compareModels())
    let pairs = aligned.pairs
    var substitutions: [Substitution] = []
    if let l = parameters.leftCounterparty, let r = parameters.rightCounterparty {
      substitutions.append(Substitution(left: l, right: r))
    }
    for pair in pairs {
      // One-sided pieces («Кыргызской →», «→ Армения») are parts of the names already listed.
      for edit in pair.edits where edit.kind == .counterparty && !edit.deleted.isEmpty && !edit.inserted.isEmpty {
        let substitution = Substitution(left: edit.deleted, right: edit.inserted)
        if !substitutions.contains(substitution) { substitutions.append(substitution) }
      }
    }
    return Comparison(
      left: left.document, right: right.document, leftModel: leftModel, rightModel: rightModel, pairs: pairs,
      modelChanges: modelChanges, substitutions: substitutions, diagnostics: aligned.diagnostics)
  }

  /// The aligned pairs of units, act by act.
  private static func alignUnits(
    _ left: PreparedDocument, _ right: PreparedDocument, parameters: TemplateParameters, options: Options
  ) -> (pairs: [AlignedPair], diagnostics: [Diagnostic]) {
    var run = ComparisonRun(
      leftIndex: left.index.parameterized(parameters, left: true),
      rightIndex: right.index.parameterized(parameters, left: false), parameters: parameters, options: options)
    for (leftAct, rightAct) in pairActs(left.model, right.model) {
      switch (leftAct, rightAct) {
      case let (l?, r?): run.compareActs(l, r)
      case let (l?, nil): run.actOnlyOnOneSide(l, left: true)
      case let (nil, r?): run.actOnlyOnOneSide(r, left: false)
      default: break
      }
    }
    let pairs = run.finish()
    return (pairs, run.diagnostics)
  }

  /// Acts pair by kind (resolution with resolution, agreement with agreement), then by order.
  static func pairActs(_ left: StructuralModel, _ right: StructuralModel) -> [(Int?, Int?)] {
    // First every act with one of its own kind, then what is left in order — so that a resolution on one side
    // never takes the agreement that the other side's agreement should have had.
    var matches: [Int: Int] = [:]
    var usedRight = Set<Int>()
    for (index, act) in left.acts.enumerated() {
      if let match = right.acts.indices.first(where: { !usedRight.contains($0) && right.acts[$0].kind == act.kind }) {
        matches[index] = match
        usedRight.insert(match)
      }
    }
    let leftoverRight = right.acts.indices.filter { !usedRight.contains($0) }
    let leftoverLeft = left.acts.indices.filter { matches[$0] == nil }
    let bothUnknown = { (l: Int, r: Int) in left.acts[l].kind == .unknown || right.acts[r].kind == .unknown }
    for (l, r) in zip(leftoverLeft, leftoverRight) where bothUnknown(l, r) {
      matches[l] = r
      usedRight.insert(r)
    }
    var pairs: [(Int?, Int?)] = left.acts.indices.map { ($0, matches[$0]) }
    for index in right.acts.indices where !usedRight.contains(index) { pairs.append((nil, index)) }
    return pairs
  }
}

/// The state of one comparison while it runs.
struct ComparisonRun {
  let leftIndex: UnitIndex
  let rightIndex: UnitIndex
  let parameters: TemplateParameters
  let options: DocumentComparator.Options
  var diagnostics: [Diagnostic] = []

  /// Pairs collected, with their order keys.
  private var pairs: [(key: Double, pair: AlignedPair)] = []
  /// For the pairs with both sides placed so far: the order of the last left unit → the order of the last right
  /// unit, ascending by left order, the first pair kept for each left order. `orderKey` looks up here instead of
  /// scanning every pair for every unit left only on one side.
  private var placements: [(left: Int, right: Int)] = []
  /// Left-over parts of all provision pairs, searched across provisions at the end.
  private var strayLeft: [CompareUnit] = []
  private var strayRight: [CompareUnit] = []
  /// The stems of the changed words classified so far (`EditClassifier.classify`).
  private var stems = StemMemo()
  private let leftOrders: [String: Int]
  private let rightOrders: [String: Int]

  init(leftIndex: UnitIndex, rightIndex: UnitIndex, parameters: TemplateParameters, options: DocumentComparator.Options) {
    self.leftIndex = leftIndex
    self.rightIndex = rightIndex
    self.parameters = parameters
    self.options = options
    leftOrders = leftIndex.orders
    rightOrders = rightIndex.orders
  }

  private var aligner: SequenceAligner {
    SequenceAligner(threshold: options.threshold, moveThreshold: options.moveThreshold)
  }

  mutating func actOnlyOnOneSide(_ act: Int, left: Bool) {
    let index = left ? leftIndex : rightIndex
    let node = index.acts[act]
    let firstOrder = index.tops[act].first.map { Double($0.order) } ?? 0
    add(key: firstOrder - 0.75, kind: left ? .deleted : .inserted, level: .act,
      left: left ? [node] : [], right: left ? [] : [node], similarity: 0, evidence: .none, edits: [], substantive: true)
    for top in index.tops[act] {
      add(key: Double(top.order), kind: left ? .deleted : .inserted, level: .provision,
        left: left ? [top.node] : [], right: left ? [] : [top.node], similarity: 0, evidence: .none, edits: [],
        substantive: true)
    }
  }

  mutating func compareActs(_ leftAct: Int, _ rightAct: Int) {
    let lefts = leftIndex.tops[leftAct]
    let rights = rightIndex.tops[rightAct]
    let actPosition = pairs.count
    let aligned = aligner.align(
      lefts.map(\.bag), rights.map(\.bag), leftNumbers: lefts.map { $0.node.number }, rightNumbers: rights.map { $0.node.number })
    var consumedLeftParts = Set<String>()
    var consumedRightParts = Set<String>()
    var crossLevel: [(left: CompareUnit, right: CompareUnit, similarity: Double)] = []
    // A provision left over on one side may live on as a part of a provision on the other.
    var unmatchedLeft = aligned.unmatchedLeft
    var unmatchedRight = aligned.unmatchedRight
    for i in unmatchedLeft {
      let candidates = rightIndex.parts[rightAct].flatMap { $0 }.filter { !consumedRightParts.contains($0.node.id) }
      if let best = bestMatch(lefts[i].bag, among: candidates) {
        crossLevel.append((lefts[i], best.unit, best.similarity))
        consumedRightParts.insert(best.unit.node.id)
        unmatchedLeft.removeAll { $0 == i }
      }
    }
    for j in unmatchedRight {
      let candidates = leftIndex.parts[leftAct].flatMap { $0 }.filter { !consumedLeftParts.contains($0.node.id) }
      if let best = bestMatch(rights[j].bag, among: candidates) {
        crossLevel.append((best.unit, rights[j], best.similarity))
        consumedLeftParts.insert(best.unit.node.id)
        unmatchedRight.removeAll { $0 == j }
      }
    }
    let articleNumbers = Dictionary(
      aligned.matches.filter { $0.left.count == 1 && $0.right.count == 1 }.compactMap { match -> (String, String)? in
        guard let l = lefts[match.left[0]].node.number, let r = rights[match.right[0]].node.number,
          lefts[match.left[0]].node.kind == .article
        else { return nil }
        return (l, r)
      }, uniquingKeysWith: { first, _ in first })

    for match in aligned.matches {
      let leftUnits = match.left.map { lefts[$0] }
      let rightUnits = match.right.map { rights[$0] }
      if match.splitMerge {
        addSplitMerge(leftUnits, rightUnits, similarity: match.similarity, level: .provision, articleNumbers: articleNumbers)
        continue
      }
      guard let l = leftUnits.first, let r = rightUnits.first else { continue }
      let partsChanged = compareParts(
        leftIndex.parts[leftAct][l.top].filter { !consumedLeftParts.contains($0.node.id) },
        rightIndex.parts[rightAct][r.top].filter { !consumedRightParts.contains($0.node.id) },
        articleNumbers: articleNumbers)
      addOneToOne(l, r, similarity: match.similarity, level: .provision, crossing: match.crossing,
        articleNumbers: articleNumbers, paragraphNumbers: [:], extraSubstance: partsChanged)
    }
    for (l, r, similarity) in crossLevel {
      addOneToOne(l, r, similarity: similarity, level: .provision, crossing: true, articleNumbers: articleNumbers,
        paragraphNumbers: [:], extraSubstance: false, wholeUnits: true)
    }
    for i in unmatchedLeft {
      add(key: orderKey(left: lefts[i]), kind: .deleted, level: .provision, left: [lefts[i].node], right: [],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    for j in unmatchedRight {
      add(key: Double(rights[j].order), kind: .inserted, level: .provision, left: [], right: [rights[j].node],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    resolveStrays(leftAct: leftAct, rightAct: rightAct, articleNumbers: articleNumbers)
    let actNode = (leftIndex.acts[leftAct], rightIndex.acts[rightAct])
    let changed = pairs[actPosition...].contains { $0.pair.substantive }
    let firstOrder = rightIndex.tops[rightAct].first.map { Double($0.order) } ?? 0
    pairs.insert((key: firstOrder - 0.75, pair: AlignedPair(
      kind: changed ? .modified : .unchanged, level: .act, modified: changed, left: [actNode.0.id], right: [actNode.1.id],
      leftCitation: actNode.0.id, rightCitation: actNode.1.id, similarity: 1, substantive: false, evidence: .actKind,
      edits: [])), at: actPosition)
  }

  /// Aligns the parts of one pair of provisions; returns whether any part changed in substance.
  private mutating func compareParts(_ lefts: [CompareUnit], _ rights: [CompareUnit], articleNumbers: [String: String]) -> Bool {
    let aligned = aligner.align(
      lefts.map(\.bag), rights.map(\.bag), leftNumbers: lefts.map(\.relativeCitation), rightNumbers: rights.map(\.relativeCitation))
    let paragraphNumbers = Dictionary(aligned.matches.compactMap { match -> (String, String)? in
      guard match.left.count == 1, match.right.count == 1, lefts[match.left[0]].node.kind == .paragraph,
        let l = lefts[match.left[0]].node.number, let r = rights[match.right[0]].node.number
      else { return nil }
      return (l, r)
    }, uniquingKeysWith: { first, _ in first })
    var changed = false
    for match in aligned.matches {
      let leftUnits = match.left.map { lefts[$0] }
      let rightUnits = match.right.map { rights[$0] }
      if match.splitMerge {
        changed = addSplitMerge(leftUnits, rightUnits, similarity: match.similarity, level: .part, articleNumbers: articleNumbers)
          || changed
      } else if let l = leftUnits.first, let r = rightUnits.first {
        changed = addOneToOne(l, r, similarity: match.similarity, level: .part, crossing: match.crossing,
          articleNumbers: articleNumbers, paragraphNumbers: paragraphNumbers, extraSubstance: false) || changed
      }
    }
    strayLeft += aligned.unmatchedLeft.map { lefts[$0] }
    strayRight += aligned.unmatchedRight.map { rights[$0] }
    // Left-over parts change the provision in substance, unless they are only publisher's notes.
    let strays = aligned.unmatchedLeft.map { lefts[$0] } + aligned.unmatchedRight.map { rights[$0] }
    return changed || strays.contains { $0.node.kind != .note }
  }

  /// Parts left over in every provision pair: a part that moved to another provision, or one only on one side.
  private mutating func resolveStrays(leftAct: Int, rightAct: Int, articleNumbers: [String: String]) {
    var usedRight = Set<Int>()
    for left in strayLeft {
      var best: (Int, Double)?
      for (index, right) in strayRight.enumerated() where !usedRight.contains(index) {
        let value = left.bag.dice(right.bag)
        if value >= options.moveThreshold && value > (best?.1 ?? 0) { best = (index, value) }
      }
      if let (index, value) = best {
        usedRight.insert(index)
        addOneToOne(left, strayRight[index], similarity: value, level: .part, crossing: true,
          articleNumbers: articleNumbers, paragraphNumbers: [:], extraSubstance: false)
      } else {
        add(key: orderKey(left: left), kind: .deleted, level: .part, left: [left.node], right: [], similarity: 0, evidence: .none,
          edits: [], substantive: true)
      }
    }
    for (index, right) in strayRight.enumerated() where !usedRight.contains(index) {
      add(key: Double(right.order), kind: .inserted, level: .part, left: [], right: [right.node],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    strayLeft = []
    strayRight = []
  }

  private func bestMatch(_ bag: StemBag, among units: [CompareUnit]) -> (unit: CompareUnit, similarity: Double)? {
    var best: (unit: CompareUnit, similarity: Double)?
    for unit in units {
      let value = bag.dice(unit.bag)
      if value >= options.moveThreshold && value > (best?.similarity ?? 0) { best = (unit, value) }
    }
    return best
  }

  // MARK: - Pairs

  @discardableResult
  private mutating func addOneToOne(
    _ l: CompareUnit, _ r: CompareUnit, similarity: Double, level: AlignedPair.Level, crossing: Bool,
    articleNumbers: [String: String], paragraphNumbers: [String: String], extraSubstance: Bool, wholeUnits: Bool = false
  ) -> Bool {
    let classifier = EditClassifier(parameters: parameters, articleNumbers: articleNumbers, paragraphNumbers: paragraphNumbers)
    // Byte-identical own texts have identical tokens: nothing to diff.
    let sameText = FastSearch.bytesEqual(l.text, r.text)
    let (edits, inline) = wholeUnits
      ? WordDiff(classifier: classifier).diff(l.fullTokens, r.fullTokens, stems: &stems)
      : sameText ? WordDiff.unchanged(r.tokens) : WordDiff(classifier: classifier).diff(l.tokens, r.tokens, stems: &stems)
    let substantiveEdits = edits.contains { $0.kind == .substantive }
    let identical = sameText || WordDiff.sameWords(l.tokens, r.tokens)
    let renumbered = level == .provision && !wholeUnits ? l.node.number != r.node.number
      : l.relativeCitation != r.relativeCitation
    let modified = substantiveEdits || extraSubstance
    let kind: AlignedPair.Kind = crossing ? .moved : renumbered ? .renumbered : modified ? .modified : .unchanged
    let evidence: AlignedPair.Evidence = crossing ? .moveSearch : identical && (level == .part || !extraSubstance)
      ? .identicalText : l.node.number != nil && l.node.number == r.node.number ? .sameNumberAndSimilarText : .contentSimilarity
    add(key: Double(r.order), kind: kind, level: level, left: [l.node], right: [r.node], similarity: similarity,
      evidence: evidence, edits: edits, substantive: modified, modified: modified, inline: inline)
    return modified || crossing
  }

  @discardableResult
  private mutating func addSplitMerge(
    _ lefts: [CompareUnit], _ rights: [CompareUnit], similarity: Double, level: AlignedPair.Level,
    articleNumbers: [String: String]
  ) -> Bool {
    let classifier = EditClassifier(parameters: parameters, articleNumbers: articleNumbers, paragraphNumbers: [:])
    let (edits, inline) = WordDiff(classifier: classifier).diff(
      lefts.flatMap(\.fullTokens), rights.flatMap(\.fullTokens), stems: &stems)
    let substantive = edits.contains { $0.kind == .substantive }
    add(key: Double(rights.first?.order ?? 0), kind: lefts.count == 1 ? .split : .merged, level: level,
      left: lefts.map(\.node), right: rights.map(\.node), similarity: similarity, evidence: .splitMergeSearch,
      edits: edits, substantive: substantive, modified: substantive, inline: inline)
    return true
  }

  /// The units' texts, one after another, as they stand on one side.
  private func wholeText(_ nodes: [Node], left: Bool) -> String {
    let (index, orders) = left ? (leftIndex, leftOrders) : (rightIndex, rightOrders)
    return nodes.map { node in orders[node.id].flatMap(index.wholeText(order:)) ?? "" }.joined(separator: " ")
  }

  private mutating func add(
    key: Double, kind: AlignedPair.Kind, level: AlignedPair.Level, left: [Node], right: [Node], similarity: Double,
    evidence: AlignedPair.Evidence, edits: [Edit], substantive: Bool, modified: Bool? = nil, inline: [InlineSegment]? = nil
  ) {
    // A publisher's note («Сноска. Пункт 2 - в редакции …») is not part of the agreed text: reported, not substance.
    let substantive = substantive && !(left + right).allSatisfy { $0.kind == .note }
    // Units only on one side show their whole text as deleted or inserted.
    var segments = inline ?? []
    if inline == nil && (kind == .inserted || kind == .deleted) {
      let text = left.isEmpty ? wholeText(right, left: false) : wholeText(left, left: true)
      let side: InlineSegment.Side = kind == .inserted ? .right : .left
      segments = [InlineSegment(side: side, text: text, kind: .substantive, spaceBefore: true)]
    }
    recordPlacement(left: left, right: right)
    pairs.append((key, AlignedPair(
      kind: kind, level: level, modified: modified ?? (kind == .modified), left: left.map(\.id), right: right.map(\.id),
      leftCitation: left.map(Self.displayName).joined(separator: ", "),
      rightCitation: right.map(Self.displayName).joined(separator: ", "),
      similarity: (similarity * 1000).rounded() / 1000, substantive: substantive, evidence: evidence, edits: edits,
      inline: segments)))
  }

  private static let kindNames: [NodeKind: String] = [
    .act: "акт", .title: "заголовок", .preamble: "преамбула", .finalFormula: "заключительная формула",
    .signature: "подписи", .note: "примечание", .heading: "заголовок раздела", .table: "таблица", .row: "строка",
    .unrecognized: "текст",
  ]

  /// The citation, or for units lawyers do not cite by number a name of what they are («преамбула»), with the
  /// attached act they belong to.
  static func displayName(_ node: Node) -> String {
    if !node.citation.isEmpty { return node.citation }
    let name = kindNames[node.kind] ?? node.kind.rawValue
    guard node.id.hasPrefix("att_") else { return name }
    // The id up to its first «__» (`components(separatedBy: "__").first`), found in its bytes.
    let attachment = FastSearch.offset(of: "__", in: node.id).map { String(decoding: node.id.utf8.prefix($0), as: UTF8.self) }
      ?? node.id
    return "\(attachment): \(name)"
  }

  /// Where a unit only on the left goes in the output: just after the right unit aligned with the nearest left
  /// unit before it.
  private func orderKey(left unit: CompareUnit) -> Double {
    let position = firstPlacement(atOrAfter: unit.order)
    return position > 0 ? Double(placements[position - 1].right) + 0.5 : 0.5
  }

  private mutating func recordPlacement(left: [Node], right: [Node]) {
    guard let leftId = left.last?.id, let rightId = right.last?.id, let leftOrder = leftOrders[leftId],
      let rightOrder = rightOrders[rightId]
    else { return }
    let position = firstPlacement(atOrAfter: leftOrder)
    guard position == placements.count || placements[position].left != leftOrder else { return }
    placements.insert((leftOrder, rightOrder), at: position)
  }

  /// The index of the first placement whose left order is at least `order` (binary search).
  private func firstPlacement(atOrAfter order: Int) -> Int {
    var low = 0
    var high = placements.count
    while low < high {
      let middle = (low + high) / 2
      if placements[middle].left < order { low = middle + 1 } else { high = middle }
    }
    return low
  }

  func finish() -> [AlignedPair] {
    pairs.enumerated().sorted { a, b in a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset }
      .map(\.element.pair)
  }
}
