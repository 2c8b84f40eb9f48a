import Foundation
import TreatyText

/// A comparison's word diffs, run as the alignment asks for them by whichever thread is free.
///
/// In `treaty diff` a second thread compares the two models while this one aligns the units; the models are done
/// long before the alignment, and that thread then takes the diffs the alignment has asked for so far, while the
/// alignment goes on. Once the alignment is done (`close`), both threads share what is left. Each diff's result
/// goes to its own slot, so the results are the same whichever thread ran which diff.
final class WordDiffQueue: @unchecked Sendable {
  typealias Result = (edits: [Edit], inline: [InlineSegment])

  /// Guards everything below; waited on for new requests and for the last results.
  private let condition = NSCondition()
  private var requests: [WordDiffRequest] = []
  private var results: [Result?] = []
  /// The first request no thread has taken yet.
  private var next = 0
  private var done = 0
  /// No more requests will come.
  private var closed = false

  /// Adds a request; returns its number, the index of its result in `finish`.
  func submit(_ request: WordDiffRequest) -> Int {
    condition.lock()
    defer { condition.unlock() }
    requests.append(request)
    results.append(nil)
    condition.signal()
    return requests.count - 1
  }

  /// Runs requests as they come, until the queue is closed and none is left to take. Each thread that works
  /// keeps its own stem memo (`StemMemo` is a cache: what it remembers changes no result).
  func work() {
    var stems = StemMemo()
    condition.lock()
    while true {
      while next == requests.count && !closed { condition.wait() }
      guard next < requests.count else { break }
      let index = next
      next += 1
      let request = requests[index]
      condition.unlock()
      let result = request.run(stems: &stems)
      condition.lock()
      results[index] = result
      done += 1
      if done == requests.count { condition.broadcast() }
    }
    condition.unlock()
  }

  /// No more requests will come: the threads working return once none is left to take.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// Every result in request order, once the queue is closed: waits for the diffs other threads still run.
  func collected() -> [Result] {
    condition.lock()
    defer { condition.unlock() }
    while !closed || done < requests.count { condition.wait() }
    return results.map { $0 ?? ([], []) }
  }
}
