import Dispatch
import Foundation

/// Runs independent jobs on all cores and returns their results in input order, so that output built from them
/// is the same whatever order the jobs finished in.
public enum ParallelMap {
  public static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    let slots = Slots<Output>(count: inputs.count)
    if inputs.count > 1 && inputs.count <= ProcessInfo.processInfo.activeProcessorCount {
      // A job per core (the two sides of a diff): a thread of its own for each but the first, which runs here.
      // In a fresh process `concurrentPerform` waits for Dispatch to start its worker threads, and a short
      // command's second job started late enough that both ran on one core.
      withoutActuallyEscaping(transform) { transform in
        let done = DispatchSemaphore(value: 0)
        for index in inputs.indices.dropFirst() {
          let job = Job { slots.set(index, transform(inputs[index])) }
          let thread = Thread { job.run(); done.signal() }
          thread.stackSize = 8 << 20  // as much as Dispatch's workers: the parser and the diff recurse
          thread.start()
        }
        slots.set(0, transform(inputs[0]))
        for _ in inputs.indices.dropFirst() { done.wait() }
      }
      return slots.values()
    }
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
      slots.set(index, transform(inputs[index]))
    }
    return slots.values()
  }

  /// Two independent jobs of different kinds at once: the first on this thread, the second on another core.
  public static func pair<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let results = map([true, false]) { isFirst -> (First?, Second?) in isFirst ? (first(), nil) : (nil, second()) }
    // Each slot holds its job's result; the fallbacks only satisfy the types.
    return (results[0].0 ?? first(), results[1].1 ?? second())
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

/// A job handed to a thread that the caller waits for. It lets go of its closure once run, before the caller is
/// told: the closure may not outlive the call that made it (`withoutActuallyEscaping` checks), though the thread
/// that ran it may.
private final class Job: @unchecked Sendable {
  private var body: (() -> Void)?

  init(_ body: @escaping () -> Void) { self.body = body }

  func run() {
    body?()
    body = nil
  }
}
