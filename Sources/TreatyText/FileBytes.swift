#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes, read with the POSIX calls, every failure a `TreatyError` that names the file.
///
/// `FileManager.attributesOfItem`, asked for the size, also looks up the names of the file's owner and group,
/// reading /etc/passwd and /etc/group; and `Data(contentsOf:)` made into an `Array` copied the bytes twice. A diff
/// reads two files at once, and both threads did all that before either could parse.
enum FileBytes {
  static func contents(path: String, limit: Int) throws -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else { throw TreatyError.fileNotFound(path: path) }
    if info.st_mode & S_IFMT == S_IFDIR { throw TreatyError.isDirectory(path: path) }
    guard access(path, R_OK) == 0 else { throw TreatyError.unreadable(path: path, reason: "permission denied") }
    let size = Int(info.st_size)
    if size > limit { throw TreatyError.tooLarge(path: path, bytes: size, limit: limit) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure(path) }
    defer { close(descriptor) }
    // One byte more than the size, so that a regular file ends in one read; a pipe or a file that grew reads on.
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw failure(path)
      }
      if got == 0 { break }
      count += got
      if count > limit { throw TreatyError.tooLarge(path: path, bytes: count, limit: limit) }
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  private static func failure(_ path: String) -> TreatyError {
    TreatyError.unreadable(path: path, reason: String(cString: strerror(errno)))
  }
}
