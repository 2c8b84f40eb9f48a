import TreatyText

/// A word diff that a comparison asks for while it aligns units, run by whichever thread is free.
///
/// Which units pair with which never depends on what their words' diffs find, so the alignment need not wait for
/// them: it drafts each pair (`PairDraft`) and goes on, and the diffs can run on another core meanwhile
/// (`WordDiffQueue`). They were two thirds of aligning two long documents.
struct WordDiffRequest: Sendable {
  let classifier: EditClassifier
  let left: [CompareUnit]
  let right: [CompareUnit]
  /// The units with their descendants (`fullTokens`) rather than their own texts: a unit compared with one of
  /// another level, and split or merged units.
  let whole: Bool

  func run(stems: inout StemMemo) -> (edits: [Edit], inline: [InlineSegment]) {
    WordDiff(classifier: classifier).diff(tokens(left), tokens(right), stems: &stems)
  }

  private func tokens(_ units: [CompareUnit]) -> [WordToken] {
    guard whole else { return units.first?.tokens ?? [] }
    return units.count == 1 ? units[0].fullTokens : units.flatMap(\.fullTokens)
  }
}
