import Dispatch
import Foundation

/// Runs independent jobs on all cores and returns their results in input order, so that output built from them
/// is the same whatever order the jobs finished in.
public enum ParallelMap {
  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    let slots = Slots<Output>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      slots.set(index, transform(inputs[index]))
    }
    return slots.values()
  }

  /// The same with scratch state that outlives one job: the inputs are cut into `chunks` runs of consecutive
  /// inputs, each run gets one `State` from `makeState` and passes it to every job of the run in order. For caches
  /// and buffers that would cost too much to make per input and must not be shared between threads.
  public static func map<Input: Sendable, Output: Sendable, State>(
    _ inputs: [Input], chunks: Int = 64, state makeState: @Sendable () -> State,
    _ transform: @Sendable (Input, inout State) -> Output
  ) -> [Output] {
    let size = max(1, (inputs.count + chunks - 1) / max(1, chunks))
    let runs = stride(from: 0, to: inputs.count, by: size).map { $0..<min($0 + size, inputs.count) }
    return map(runs) { run -> [Output] in
      var state = makeState()
      return run.map { transform(inputs[$0], &state) }
    }.flatMap { $0 }
  }
}

/// Result slots written from several threads, each slot once; the lock makes the writes safe.
private final class Slots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  /// Every slot is filled once `concurrentPerform` returns, so nothing is dropped here.
  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage.compactMap { $0 }
  }
}
