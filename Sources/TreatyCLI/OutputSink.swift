import Foundation

/// Where a command writes. The executable passes standard output and error; tests pass `StringSink`s and read
/// them back, so every command runs in-process.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
}

public final class FileHandleSink: OutputSink {
  private let handle: FileHandle

  public init(_ handle: FileHandle) { self.handle = handle }

  public func write(_ text: String) { handle.write(Data(text.utf8)) }
}

public final class StringSink: OutputSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }
}
