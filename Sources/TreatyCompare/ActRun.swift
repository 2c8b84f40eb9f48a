import TreatyModel
import TreatyStructure
import TreatyText

/// What one comparison aligns with, shared by the threads that align its acts.
struct ComparisonRun: Sendable {
  let leftIndex: UnitIndex
  let rightIndex: UnitIndex
  let parameters: TemplateParameters
  let options: DocumentComparator.Options
  /// The word diffs the drafts wait for, run as they are asked for.
  let diffs: WordDiffQueue

  /// The drafts of one pair of acts, or of an act on one side only.
  func align(_ acts: (left: Int?, right: Int?)) -> ActQueue.Drafts {
    var run = ActRun(comparison: self)
    switch acts {
    case let (l?, r?): run.compareActs(l, r)
    case let (l?, nil): run.actOnlyOnOneSide(l, left: true)
    case let (nil, r?): run.actOnlyOnOneSide(r, left: false)
    default: break
    }
    return ActQueue.Drafts(drafts: run.drafts, count: run.serials)
  }
}

/// The state of one pair of acts' alignment while it runs.
struct ActRun {
  let comparison: ComparisonRun
  var leftIndex: UnitIndex { comparison.leftIndex }
  var rightIndex: UnitIndex { comparison.rightIndex }
  var parameters: TemplateParameters { comparison.parameters }
  var options: DocumentComparator.Options { comparison.options }

  /// Pairs collected, their word diffs still to run. The act's own pair is put before its units'.
  private(set) var drafts: [PairDraft] = []
  /// How many drafts were made: the next one's serial.
  private(set) var serials = 0
  /// Left-over parts of all provision pairs, searched across provisions at the end.
  private var strayLeft: [CompareUnit] = []
  private var strayRight: [CompareUnit] = []

  init(comparison: ComparisonRun) { self.comparison = comparison }

  private var aligner: SequenceAligner {
    SequenceAligner(threshold: options.threshold, moveThreshold: options.moveThreshold)
  }

  mutating func actOnlyOnOneSide(_ act: Int, left: Bool) {
    let index = left ? leftIndex : rightIndex
    let node = index.acts[act]
    let firstOrder = index.tops[act].first.map { Double($0.order) } ?? 0
    // The act itself is no unit: no text of its own to show (its units follow, each with its own), no placement.
    let citation = Self.displayName(node)
    drafts.append(PairDraft(serial: serials, key: firstOrder - 0.75, keyAfterLeftOrder: nil, placement: nil, pair: AlignedPair(
      kind: left ? .deleted : .inserted, level: .act, modified: false, left: left ? [node.id] : [],
      right: left ? [] : [node.id], leftCitation: left ? citation : "", rightCitation: left ? "" : citation,
      similarity: 0, substantive: node.kind != .note, evidence: .none, edits: [],
      inline: [InlineSegment(side: left ? .left : .right, text: "", kind: .substantive, spaceBefore: true)]),
      pending: nil, notesOnly: node.kind == .note))
    serials += 1
    for top in index.tops[act] {
      add(key: .at(Double(top.order)), kind: left ? .deleted : .inserted, level: .provision,
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
    let articleNumbers = Self.numbers(of: .article, in: aligned.matches, lefts, rights)
    for match in aligned.matches {
      guard let (l, r) = addSplitMergeOrPair(match, lefts, rights, level: .provision, articleNumbers: articleNumbers)
      else { continue }
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
      add(key: .afterLeftOrder(lefts[i].order), kind: .deleted, level: .provision, left: [lefts[i]], right: [],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    for j in unmatchedRight {
      add(key: .at(Double(rights[j].order)), kind: .inserted, level: .provision, left: [], right: [rights[j]],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    resolveStrays(leftAct: leftAct, rightAct: rightAct, articleNumbers: articleNumbers)
    let actNode = (leftIndex.acts[leftAct], rightIndex.acts[rightAct])
    let firstOrder = rightIndex.tops[rightAct].first.map { Double($0.order) } ?? 0
    // Modified or not once its units' pairs are settled: whether any of them changed in substance.
    drafts.insert(PairDraft(serial: serials, key: firstOrder - 0.75, keyAfterLeftOrder: nil, placement: nil, pair: AlignedPair(
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
    let paragraphNumbers = Self.numbers(of: .paragraph, in: aligned.matches, lefts, rights)
    for match in aligned.matches {
      guard let (l, r) = addSplitMergeOrPair(match, lefts, rights, level: .part, articleNumbers: articleNumbers)
      else { continue }
      addOneToOne(l, r, similarity: match.similarity, level: .part, crossing: match.crossing,
        articleNumbers: articleNumbers, paragraphNumbers: paragraphNumbers, partsChange: .none)
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
        add(key: .afterLeftOrder(left.order), kind: .deleted, level: .part, left: [left], right: [], similarity: 0, evidence: .none,
          edits: [], substantive: true)
      }
    }
    for (index, right) in strayRight.enumerated() where !usedRight.contains(index) {
      add(key: .at(Double(right.order)), kind: .inserted, level: .part, left: [], right: [right],
        similarity: 0, evidence: .none, edits: [], substantive: true)
    }
    strayLeft = []
    strayRight = []
  }

  /// Left number → right number of the units of `kind` matched one to one, for telling renumbering from change.
  private static func numbers(
    of kind: NodeKind, in matches: [SequenceAligner.Match], _ lefts: [CompareUnit], _ rights: [CompareUnit]
  ) -> [String: String] {
    Dictionary(matches.compactMap { match -> (String, String)? in
      guard match.left.count == 1, match.right.count == 1, lefts[match.left[0]].node.kind == kind,
        let l = lefts[match.left[0]].node.number, let r = rights[match.right[0]].node.number
      else { return nil }
      return (l, r)
    }, uniquingKeysWith: { first, _ in first })
  }

  /// A split or merge is added as it stands; a one-to-one match is handed back, for the caller to compare its units.
  private mutating func addSplitMergeOrPair(
    _ match: SequenceAligner.Match, _ lefts: [CompareUnit], _ rights: [CompareUnit], level: AlignedPair.Level,
    articleNumbers: [String: String]
  ) -> (CompareUnit, CompareUnit)? {
    let leftUnits = match.left.map { lefts[$0] }
    let rightUnits = match.right.map { rights[$0] }
    if match.splitMerge {
      addSplitMerge(leftUnits, rightUnits, similarity: match.similarity, level: level, articleNumbers: articleNumbers)
      return nil
    }
    guard let l = leftUnits.first, let r = rightUnits.first else { return nil }
    return (l, r)
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
    add(key: .at(Double(r.order)), kind: .unchanged, level: level, left: [l], right: [r], similarity: similarity,
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
    add(key: .at(Double(rights.first?.order ?? 0)), kind: lefts.count == 1 ? .split : .merged, level: level,
      left: lefts, right: rights, similarity: similarity, evidence: .splitMergeSearch,
      edits: [], substantive: false, inline: [], pending: .splitMerge(diff: diff))
  }

  /// Asks for a word diff; returns its number.
  private func request(_ classifier: EditClassifier, _ lefts: [CompareUnit], _ rights: [CompareUnit], whole: Bool) -> Int {
    comparison.diffs.submit(WordDiffRequest(classifier: classifier, left: lefts, right: rights, whole: whole))
  }

  /// The units' texts, one after another, as they stand on one side.
  private func wholeText(_ units: [CompareUnit], left: Bool) -> String {
    let index = left ? leftIndex : rightIndex
    return units.map { index.wholeText(order: $0.order) ?? "" }.joined(separator: " ")
  }

  /// Where a pair goes in the output: known, or just after the right unit aligned with the nearest left unit
  /// before the given left order, which `DraftAssembly` finds once every act is aligned.
  enum Key {
    case at(Double)
    case afterLeftOrder(Int)
  }

  private mutating func add(
    key: Key, kind: AlignedPair.Kind, level: AlignedPair.Level, left: [CompareUnit], right: [CompareUnit], similarity: Double,
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
    let placement = left.last.flatMap { l in right.last.map { r in (left: l.order, right: r.order) } }
    var known = 0.0
    var afterLeftOrder: Int?
    switch key {
    case let .at(value): known = value
    case let .afterLeftOrder(order): afterLeftOrder = order
    }
    drafts.append(PairDraft(serial: serials, key: known, keyAfterLeftOrder: afterLeftOrder, placement: placement, pair: AlignedPair(
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
}
