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
    /// Whether one comparison spreads over two cores: the two models compared on a second core while the units
    /// are aligned on this one, and that core then taking the aligned pairs' word diffs (`WordDiffQueue`). For a
    /// single comparison (`treaty diff`); callers that run many comparisons in parallel leave it off.
    public var usesAllCores = false
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
    // The units' alignment and the models' differences depend on each other in nothing; the word diffs wait
    // only for the alignment to ask for them.
    let diffs = WordDiffQueue()
    let align: @Sendable () -> (pairs: [AlignedPair], diagnostics: [Diagnostic]) = {
      alignUnits(left, right, parameters: parameters, options: options, diffs: diffs)
    }
    let compareModels: @Sendable () -> [ModelChange] = {
      let changes = ModelDiff.changes(leftModel, rightModel, parameters: parameters)
      if options.usesAllCores { diffs.work() }
      return changes
    }
    let (aligned, modelChanges) = options.usesAllCores
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
    _ left: PreparedDocument, _ right: PreparedDocument, parameters: TemplateParameters, options: Options,
    diffs: WordDiffQueue
  ) -> (pairs: [AlignedPair], diagnostics: [Diagnostic]) {
    var run = ComparisonRun(
      leftIndex: left.index.parameterized(parameters, left: true),
      rightIndex: right.index.parameterized(parameters, left: false), parameters: parameters, options: options,
      diffs: diffs)
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

  /// Pairs collected, their word diffs still to run (`requests`). Each act's own pair is put before its units'.
  private var drafts: [PairDraft] = []
  /// How many drafts were made: the next one's serial.
  private var serials = 0
  /// The word diffs the drafts wait for, run as they are asked for and collected in `finish`.
  private let diffs: WordDiffQueue
  /// For the pairs with both sides placed so far: the order of the last left unit → the order of the last right
  /// unit, ascending by left order, the first pair kept for each left order. `orderKey` looks up here instead of
  /// scanning every pair for every unit left only on one side.
  private var placements: [(left: Int, right: Int)] = []
  /// Left-over parts of all provision pairs, searched across provisions at the end.
  private var strayLeft: [CompareUnit] = []
  private var strayRight: [CompareUnit] = []

  init(
    leftIndex: UnitIndex, rightIndex: UnitIndex, parameters: TemplateParameters, options: DocumentComparator.Options,
    diffs: WordDiffQueue
  ) {
    self.diffs = diffs
    self.leftIndex = leftIndex
    self.rightIndex = rightIndex
    self.parameters = parameters
    self.options = options
  }

  private var aligner: SequenceAligner {
    SequenceAligner(threshold: options.threshold, moveThreshold: options.moveThreshold)
  }

  mutating func actOnlyOnOneSide(_ act: Int, left: Bool) {
    let index = left ? leftIndex : rightIndex
    let node = index.acts[act]
    let firstOrder = index.tops[act].first.map { Double($0.order) } ?? 0
    // The act itself is no unit: no text of its own to show (its units follow, each with its own), no placement.
    let citation = Self.displayName(node)
    drafts.append(PairDraft(serial: serials, key: firstOrder - 0.75, pair: AlignedPair(
      kind: left ? .deleted : .inserted, level: .act, modified: false, left: left ? [node.id] : [],
      right: left ? [] : [node.id], leftCitation: left ? citation : "", rightCitation: left ? "" : citation,
      similarity: 0, substantive: node.kind != .note, evidence: .none, edits: [],
      inline: [InlineSegment(side: left ? .left : .right, text: "", kind: .substantive, spaceBefore: true)]),
      pending: nil, notesOnly: node.kind == .note))
    serials += 1
    for top in index.tops[act] {
      add(key: Double(top.order), kind: left ? .deleted : .inserted, level: .provision,
        left: left ? [top] : [], right: left ? [] : [top], similarity: 0, evidence: .none, edits: [],
        substantive: true)
    }
  }

  mutating func compareActs(_ leftAct: Int, _ rightAct: Int) {
    let lefts = leftIndex.tops[leftAct]
    let rights = rightIndex.tops[rightAct]
    let actPosition = drafts.count
    let firstSerial = serials
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
      let partsChange = compareParts(
        leftIndex.parts[leftAct][l.top].filter { !consumedLeftParts.contains($0.node.id) },
        rightIndex.parts[rightAct][r.top].filter { !consumedRightParts.contains($0.node.id) },
        articleNumbers: articleNumbers)
      addOneToOne(l, r, similarity: match.similarity, level: .provision, crossing: match.crossing,
        articleNumbers: articleNumbers, paragraphNumbers: [:], partsChange: partsChange)
    }
    for (l, r, similarity) in crossLevel {
      addOneToOne(l, r, similarity: similarity, level: .provision, crossing: true, articleNumbers: articleNumbers,
        paragraphNumbers: [:], partsChange: .none, wholeUnits: true)
    }
    for i in unmatchedLeft {
      add(key: orderKey(left: lefts[i]), kind: .deleted, level: .provision, left: [lefts[i]], right: [],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    for j in unmatchedRight {
      add(key: Double(rights[j].order), kind: .inserted, level: .provision, left: [], right: [rights[j]],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    resolveStrays(leftAct: leftAct, rightAct: rightAct, articleNumbers: articleNumbers)
    let actNode = (leftIndex.acts[leftAct], rightIndex.acts[rightAct])
    let firstOrder = rightIndex.tops[rightAct].first.map { Double($0.order) } ?? 0
    // Modified or not once its units' pairs are settled: whether any of them changed in substance.
    drafts.insert(PairDraft(serial: serials, key: firstOrder - 0.75, pair: AlignedPair(
      kind: .unchanged, level: .act, modified: false, left: [actNode.0.id], right: [actNode.1.id],
      leftCitation: actNode.0.id, rightCitation: actNode.1.id, similarity: 1, substantive: false, evidence: .actKind,
      edits: []), pending: .act(units: firstSerial..<serials), notesOnly: false), at: actPosition)
    serials += 1
  }

  /// Aligns the parts of one pair of provisions; returns what tells whether any part changed in substance.
  private mutating func compareParts(
    _ lefts: [CompareUnit], _ rights: [CompareUnit], articleNumbers: [String: String]
  ) -> PartsChange {
    let firstSerial = serials
    let aligned = aligner.align(
      lefts.map(\.bag), rights.map(\.bag), leftNumbers: lefts.map(\.relativeCitation), rightNumbers: rights.map(\.relativeCitation))
    let paragraphNumbers = Dictionary(aligned.matches.compactMap { match -> (String, String)? in
      guard match.left.count == 1, match.right.count == 1, lefts[match.left[0]].node.kind == .paragraph,
        let l = lefts[match.left[0]].node.number, let r = rights[match.right[0]].node.number
      else { return nil }
      return (l, r)
    }, uniquingKeysWith: { first, _ in first })
    for match in aligned.matches {
      let leftUnits = match.left.map { lefts[$0] }
      let rightUnits = match.right.map { rights[$0] }
      if match.splitMerge {
        addSplitMerge(leftUnits, rightUnits, similarity: match.similarity, level: .part, articleNumbers: articleNumbers)
      } else if let l = leftUnits.first, let r = rightUnits.first {
        addOneToOne(l, r, similarity: match.similarity, level: .part, crossing: match.crossing,
          articleNumbers: articleNumbers, paragraphNumbers: paragraphNumbers, partsChange: .none)
      }
    }
    strayLeft += aligned.unmatchedLeft.map { lefts[$0] }
    strayRight += aligned.unmatchedRight.map { rights[$0] }
    // Left-over parts change the provision in substance, unless they are only publisher's notes.
    let strays = aligned.unmatchedLeft.map { lefts[$0] } + aligned.unmatchedRight.map { rights[$0] }
    return PartsChange(known: strays.contains { $0.node.kind != .note }, drafts: firstSerial..<serials)
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
          articleNumbers: articleNumbers, paragraphNumbers: [:], partsChange: .none)
      } else {
        add(key: orderKey(left: left), kind: .deleted, level: .part, left: [left], right: [], similarity: 0, evidence: .none,
          edits: [], substantive: true)
      }
    }
    for (index, right) in strayRight.enumerated() where !usedRight.contains(index) {
      add(key: Double(right.order), kind: .inserted, level: .part, left: [], right: [right],
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

  private mutating func addOneToOne(
    _ l: CompareUnit, _ r: CompareUnit, similarity: Double, level: AlignedPair.Level, crossing: Bool,
    articleNumbers: [String: String], paragraphNumbers: [String: String], partsChange: PartsChange,
    wholeUnits: Bool = false
  ) {
    // Byte-identical own texts have identical tokens: nothing to diff.
    let sameText = FastSearch.bytesEqual(l.text, r.text)
    var diff: Int?
    var unchanged: (edits: [Edit], inline: [InlineSegment]) = ([], [])
    if sameText && !wholeUnits {
      unchanged = WordDiff.unchanged(r.tokens)
    } else {
      diff = request(EditClassifier(parameters: parameters, articleNumbers: articleNumbers, paragraphNumbers: paragraphNumbers),
        [l], [r], whole: wholeUnits)
    }
    let identical = sameText || WordDiff.sameWords(l.tokens, r.tokens)
    let renumbered = level == .provision && !wholeUnits ? l.node.number != r.node.number
      : l.relativeCitation != r.relativeCitation
    let evidence: AlignedPair.Evidence = crossing ? .moveSearch : identical && level == .part
      ? .identicalText : l.node.number != nil && l.node.number == r.node.number ? .sameNumberAndSimilarText : .contentSimilarity
    // A provision with identical words whose parts did not change reads as identical text: settled with its parts.
    let evidenceIfPartsSame: AlignedPair.Evidence = !crossing && identical ? .identicalText : evidence
    add(key: Double(r.order), kind: .unchanged, level: level, left: [l], right: [r], similarity: similarity,
      evidence: evidence, edits: unchanged.edits, substantive: false, inline: unchanged.inline,
      pending: .oneToOne(diff: diff, parts: partsChange, crossing: crossing, renumbered: renumbered,
        evidenceIfPartsSame: evidenceIfPartsSame))
  }

  private mutating func addSplitMerge(
    _ lefts: [CompareUnit], _ rights: [CompareUnit], similarity: Double, level: AlignedPair.Level,
    articleNumbers: [String: String]
  ) {
    let classifier = EditClassifier(parameters: parameters, articleNumbers: articleNumbers, paragraphNumbers: [:])
    let diff = request(classifier, lefts, rights, whole: true)
    add(key: Double(rights.first?.order ?? 0), kind: lefts.count == 1 ? .split : .merged, level: level,
      left: lefts, right: rights, similarity: similarity, evidence: .splitMergeSearch,
      edits: [], substantive: false, inline: [], pending: .splitMerge(diff: diff))
  }

  /// Asks for a word diff; returns its number.
  private func request(_ classifier: EditClassifier, _ lefts: [CompareUnit], _ rights: [CompareUnit], whole: Bool) -> Int {
    diffs.submit(WordDiffRequest(classifier: classifier, left: lefts, right: rights, whole: whole))
  }

  /// The units' texts, one after another, as they stand on one side.
  private func wholeText(_ units: [CompareUnit], left: Bool) -> String {
    let index = left ? leftIndex : rightIndex
    return units.map { index.wholeText(order: $0.order) ?? "" }.joined(separator: " ")
  }

  private mutating func add(
    key: Double, kind: AlignedPair.Kind, level: AlignedPair.Level, left: [CompareUnit], right: [CompareUnit], similarity: Double,
    evidence: AlignedPair.Evidence, edits: [Edit], substantive: Bool, inline: [InlineSegment]? = nil,
    pending: PairDraft.Pending? = nil
  ) {
    // A publisher's note («Сноска. Пункт 2 - в редакции …») is not part of the agreed text: reported, not substance.
    let notesOnly = (left + right).allSatisfy { $0.node.kind == .note }
    // Units only on one side show their whole text as deleted or inserted.
    var segments = inline ?? []
    if inline == nil && (kind == .inserted || kind == .deleted) {
      let text = left.isEmpty ? wholeText(right, left: false) : wholeText(left, left: true)
      let side: InlineSegment.Side = kind == .inserted ? .right : .left
      segments = [InlineSegment(side: side, text: text, kind: .substantive, spaceBefore: true)]
    }
    if let leftOrder = left.last?.order, let rightOrder = right.last?.order { recordPlacement(left: leftOrder, right: rightOrder) }
    drafts.append(PairDraft(serial: serials, key: key, pair: AlignedPair(
      kind: kind, level: level, modified: kind == .modified, left: left.map(\.node.id), right: right.map(\.node.id),
      leftCitation: left.map { Self.displayName($0.node) }.joined(separator: ", "),
      rightCitation: right.map { Self.displayName($0.node) }.joined(separator: ", "),
      similarity: (similarity * 1000).rounded() / 1000, substantive: substantive && !notesOnly, evidence: evidence,
      edits: edits, inline: segments), pending: pending, notesOnly: notesOnly))
    serials += 1
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

  private mutating func recordPlacement(left leftOrder: Int, right rightOrder: Int) {
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

  /// Collects the word diffs, settles every draft in the order it was made, and puts the pairs in output order.
  mutating func finish() -> [AlignedPair] {
    let diffs = diffs.finish()
    var positions = Array(repeating: 0, count: serials)
    for (position, draft) in drafts.enumerated() { positions[draft.serial] = position }
    var settled = SettledDrafts(count: serials)
    for position in positions { settled.settle(&drafts[position], diffs: diffs) }
    return drafts.enumerated().sorted { a, b in a.element.key != b.element.key ? a.element.key < b.element.key : a.offset < b.offset }
      .map(\.element.pair)
  }
}
