/// Puts the acts' drafts together into the comparison's pairs, as if one pass had aligned the acts in order.
///
/// The acts align apart (`ActQueue`), but a unit only on the left goes just after the right unit aligned with the
/// nearest left unit before it, and that unit may lie in an earlier act. So the placements of every pair with both
/// sides are replayed here in the order the pairs were made, act after act, and each such unit's key is read at
/// its turn: the same keys a single pass gives.
enum DraftAssembly {
  static func pairs(_ acts: [ActQueue.Drafts], diffs: [WordDiffQueue.Result]) -> [AlignedPair] {
    var placements = Placements()
    var all: [PairDraft] = []
    all.reserveCapacity(acts.reduce(0) { $0 + $1.drafts.count })
    for act in acts {
      var drafts = act.drafts
      // By serial, the order of making: each act's own pair is put before its units' but made after them.
      var positions = Array(repeating: 0, count: act.count)
      for (position, draft) in drafts.enumerated() { positions[draft.serial] = position }
      var settled = SettledDrafts(count: act.count)
      for position in positions {
        if let order = drafts[position].keyAfterLeftOrder { drafts[position].key = placements.key(afterLeftOrder: order) }
        if let placement = drafts[position].placement { placements.record(placement) }
        settled.settle(&drafts[position], diffs: diffs)
      }
      all += drafts
    }
    // Positions sorted, not the drafts: each pair is copied once, into the result.
    let order = all.indices.sorted { a, b in all[a].key != all[b].key ? all[a].key < all[b].key : a < b }
    return order.map { all[$0].pair }
  }
}

/// For the pairs with both sides placed so far: the order of the last left unit → the order of the last right unit,
/// ascending by left order, the first pair kept for each left order. Looked up by binary search instead of scanning
/// every pair for every unit left only on one side.
struct Placements {
  private var placements: [(left: Int, right: Int)] = []

  /// Where a unit only on the left goes in the output: just after the right unit aligned with the nearest left
  /// unit before it.
  func key(afterLeftOrder order: Int) -> Double {
    let position = firstPlacement(atOrAfter: order)
    return position > 0 ? Double(placements[position - 1].right) + 0.5 : 0.5
  }

  mutating func record(_ placement: (left: Int, right: Int)) {
    let position = firstPlacement(atOrAfter: placement.left)
    guard position == placements.count || placements[position].left != placement.left else { return }
    placements.insert(placement, at: position)
  }

  /// The index of the first placement whose left order is at least `order`.
  private func firstPlacement(atOrAfter order: Int) -> Int {
    var low = 0
    var high = placements.count
    while low < high {
      let middle = (low + high) / 2
      if placements[middle].left < order { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
