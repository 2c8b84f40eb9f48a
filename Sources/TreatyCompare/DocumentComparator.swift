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
    /// are aligned on this one, and that core then taking acts to align (`ActQueue`) and the aligned pairs' word
    /// diffs (`WordDiffQueue`). For a single comparison (`treaty diff`); callers that run many comparisons in
    /// parallel leave it off.
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
    // The units' alignment and the models' differences depend on each other in nothing; the acts align apart, and
    // the word diffs wait only for the alignment to ask for them.
    let run = ComparisonRun(
      leftIndex: left.index.parameterized(parameters, left: true),
      rightIndex: right.index.parameterized(parameters, left: false), parameters: parameters, options: options,
      diffs: WordDiffQueue())
    let acts = ActQueue(pairActs(leftModel, rightModel), diffs: run.diffs) { run.align($0) }
    let align: @Sendable () -> Void = {
      acts.work()
      run.diffs.work()
    }
    let compareModels: @Sendable () -> [ModelChange] = {
      let changes = ModelDiff.changes(leftModel, rightModel, parameters: parameters)
      if options.usesAllCores { align() }
      return changes
    }
    let modelChanges = options.usesAllCores ? ParallelMap.pair(align, compareModels).1 : { align(); return compareModels() }()
    let pairs = DraftAssembly.pairs(acts.drafts(), diffs: run.diffs.collected())
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
      modelChanges: modelChanges, substitutions: substitutions, diagnostics: [])
  }

  /// Acts pair by kind (resolution with resolution, agreement with agreement), then by order.
  static func pairActs(_ left: StructuralModel, _ right: StructuralModel) -> [(left: Int?, right: Int?)] {
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
    var pairs: [(left: Int?, right: Int?)] = left.acts.indices.map { ($0, matches[$0]) }
    for index in right.acts.indices where !usedRight.contains(index) { pairs.append((nil, index)) }
    return pairs
  }
}
