import Foundation

/// The pairs of acts of one comparison, aligned by whichever thread is free, each into drafts of its own.
///
/// Acts align independently of each other: what one act's pairs need of the others (where a unit left on one side
/// goes among the pairs before it) is settled afterwards, in order (`DraftAssembly`). A document of several acts
/// (an agreement with its protocols, a resolution with what it approves) thus aligns on two cores. The word diffs
/// the acts ask for go to `diffs`, which is closed once the last act is aligned.
final class ActQueue: @unchecked Sendable {
  /// The drafts of one act pair, serials counted from 0 for the act.
  struct Drafts {
    var drafts: [PairDraft]
    var count: Int
  }

  private let lock = NSLock()
  private let jobs: [(left: Int?, right: Int?)]
  private let align: @Sendable ((left: Int?, right: Int?)) -> Drafts
  private let diffs: WordDiffQueue
  private var results: [Drafts?]
  private var next = 0
  private var done = 0

  /// `align` turns a pair of acts (either side may be missing) into its drafts.
  init(_ jobs: [(left: Int?, right: Int?)], diffs: WordDiffQueue, align: @escaping @Sendable ((left: Int?, right: Int?)) -> Drafts) {
    self.jobs = jobs
    self.align = align
    self.diffs = diffs
    results = Array(repeating: nil, count: jobs.count)
    // No acts at all: no diffs will be asked for.
    if jobs.isEmpty { diffs.close() }
  }

  /// Aligns pairs of acts until none is left to take; the thread that finishes the last one closes `diffs`.
  func work() {
    while true {
      lock.lock()
      guard next < jobs.count else {
        lock.unlock()
        return
      }
      let index = next
      next += 1
      lock.unlock()
      let drafts = align(jobs[index])
      lock.lock()
      results[index] = drafts
      done += 1
      let last = done == jobs.count
      lock.unlock()
      if last { diffs.close() }
    }
  }

  /// Every act's drafts in act order; once `work` has returned on every thread that worked.
  func drafts() -> [Drafts] {
    lock.lock()
    defer { lock.unlock() }
    return results.compactMap { $0 }
  }
}
