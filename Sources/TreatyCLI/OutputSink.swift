import Foundation

/// Where a command writes. The executable passes standard output and error; tests pass `StringSink`s and read
/// them back, so every command runs in-process.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
  /// Text already encoded: large outputs (the JSON tree of a big file) are written without becoming a `String`.
  func write(utf8 bytes: [UInt8])
}

extension OutputSink {
  public func write(utf8 bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

public final class FileHandleSink: OutputSink {
  private let handle: FileHandle

  public init(_ handle: FileHandle) { self.handle = handle }

  /// Writes the string's own UTF-8 storage: a parse of a large file prints hundreds of megabytes of JSON, and
  /// copying them into a `Data` first would hold them twice.
  public func write(_ text: String) {
    var text = text
    text.withUTF8(write)
  }

  public func write(utf8 bytes: [UInt8]) { bytes.withUnsafeBufferPointer(write) }

  private func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
  }
}

public final class StringSink: OutputSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }
}
