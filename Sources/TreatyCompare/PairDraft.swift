/// An aligned pair as a comparison records it while it aligns: complete but for what its word diff decides.
///
/// The diffs run while the alignment goes on and after it (`WordDiffQueue`); `DraftAssembly` then settles each
/// draft in the order it was made, so that a provision reads its parts' outcomes and an act its units' after
/// they are settled.
struct PairDraft {
  /// Order of making: the drafts of one act's units come before the act's own, a provision's parts before it.
  let serial: Int
  /// Where the pair goes in the output.
  var key: Double
  /// For a unit only on the left: its order, by which `DraftAssembly` finds its key among the pairs placed
  /// before it (`Placements`). Nil when `key` is known.
  let keyAfterLeftOrder: Int?
  /// For a pair with both sides: the orders of its last left and last right unit, for `Placements`.
  let placement: (left: Int, right: Int)?
  var pair: AlignedPair
  var pending: Pending?
  /// The pair consists only of publisher's notes, which are reported but never substance.
  let notesOnly: Bool

  /// What is still open about a draft.
  enum Pending {
    /// One unit paired with one: modified when its diff (none for byte-identical texts) has a substantive edit
    /// or its parts changed; its evidence is `evidenceIfPartsSame` unless its parts changed.
    case oneToOne(
      diff: Int?, parts: PartsChange, crossing: Bool, renumbered: Bool, evidenceIfPartsSame: AlignedPair.Evidence)
    /// Split or merged units: modified when their diff has a substantive edit.
    case splitMerge(diff: Int)
    /// An aligned pair of acts: modified when any of its units' pairs (drafts `units`) changed in substance.
    case act(units: Range<Int>)
  }
}

/// Whether the parts of a provision changed it in substance: known at once for parts left over on one side, and
/// only after the diffs for the parts' own pairs (the drafts `drafts`; a pair moved from elsewhere counts).
struct PartsChange {
  var known: Bool
  var drafts: Range<Int>

  static let none = PartsChange(known: false, drafts: 0..<0)
}

/// What `DraftAssembly` learns of each settled draft of one act, by serial.
struct SettledDrafts {
  /// The pair changed in substance.
  var substantive: [Bool]
  /// The pair changed its provision: modified or moved (what a provision's parts tell it).
  var changes: [Bool]

  init(count: Int) {
    substantive = Array(repeating: false, count: count)
    changes = Array(repeating: false, count: count)
  }

  /// Fills in `draft`'s open fields from the diffs' results and from the drafts settled before it.
  mutating func settle(_ draft: inout PairDraft, diffs: [(edits: [Edit], inline: [InlineSegment])]) {
    defer { substantive[draft.serial] = draft.pair.substantive }
    guard let pending = draft.pending else { return }
    switch pending {
    case let .oneToOne(diff, parts, crossing, renumbered, evidenceIfPartsSame):
      if let diff { (draft.pair.edits, draft.pair.inline) = diffs[diff] }
      let partsChanged = parts.known || parts.drafts.contains { changes[$0] }
      let modified = draft.pair.edits.contains { $0.kind == .substantive } || partsChanged
      if !partsChanged { draft.pair.evidence = evidenceIfPartsSame }
      draft.pair.kind = crossing ? .moved : renumbered ? .renumbered : modified ? .modified : .unchanged
      draft.pair.modified = modified
      draft.pair.substantive = modified && !draft.notesOnly
      changes[draft.serial] = modified || crossing
    case let .splitMerge(diff):
      (draft.pair.edits, draft.pair.inline) = diffs[diff]
      let substantive = draft.pair.edits.contains { $0.kind == .substantive }
      draft.pair.modified = substantive
      draft.pair.substantive = substantive && !draft.notesOnly
      changes[draft.serial] = true
    case let .act(units):
      let changed = units.contains { substantive[$0] }
      draft.pair.kind = changed ? .modified : .unchanged
      draft.pair.modified = changed
    }
    draft.pending = nil
  }
}
