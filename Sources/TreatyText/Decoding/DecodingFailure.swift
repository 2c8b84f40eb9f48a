/// Why bytes could not be turned into text.
///
/// Callers show these to the person who gave us the file, so each case carries just enough to say what to do next:
/// pick another file, or pick another `--encoding`.
public enum DecodingFailure: Error, Sendable, Equatable {
  /// The file has zero bytes; there is nothing to parse.
  case empty
  /// The file is not text at all (an image, an archive, a PDF…); `reason` is a short human-readable guess.
  case binary(reason: String)
  /// The encoding the caller forced cannot decode these bytes; `offset` is the first offending byte.
  case invalid(encoding: TextEncoding, offset: Int)
}
