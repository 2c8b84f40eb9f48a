/// Text decoded to UTF-8, with a way back to the original file's byte offsets.
///
/// Everything downstream works on UTF-8 bytes, but users fix problems in the file they have; keeping the offset
/// mapping next to the text lets every diagnostic name a position in that file.
public struct DecodedBytes: Sendable {
  /// The text as UTF-8. A BOM is kept (as U+FEFF, EF BB BF) so that it can be recorded as trivia; line ends are
  /// NOT changed.
  public let utf8: [UInt8]
  /// The encoding the bytes were read as, whether detected or forced.
  public let encoding: TextEncoding
  /// True when the original started with a byte-order mark.
  public let hadBOM: Bool
  /// Notes on what the decoder had to repair (e.g. "3 invalid UTF-8 sequences replaced with U+FFFD (first at byte
  /// 1234)"); empty normally.
  public let repairs: [String]
  private let offsets: OffsetMap
  /// For RTF and HTML: the markup the text was extracted from, so positions can be given in the file as written.
  let markup: MarkupSource?

  var offsetMap: OffsetMap { offsets }

  /// What kind of file the text came from.
  public var format: SourceFormat { markup?.format ?? .text }

  init(
    utf8: [UInt8], encoding: TextEncoding, hadBOM: Bool, repairs: [String], offsets: OffsetMap,
    markup: MarkupSource? = nil
  ) {
    self.utf8 = utf8
    self.encoding = encoding
    self.hadBOM = hadBOM
    self.repairs = repairs
    self.offsets = offsets
    self.markup = markup
  }

  /// Line and column (1-based, columns in characters) in the markup file for an offset of extracted text; nil for
  /// plain text, whose own lines are the file's.
  public func markupLocation(forUTF8Offset offset: Int) -> (line: Int, column: Int)? {
    markup?.location(forExtractedOffset: offset)
  }

  /// The original file's byte offset for a UTF-8 offset in `utf8` (0...utf8.count). Identity for UTF-8 input.
  ///
  /// An offset inside a multi-byte character maps to the start of that character; `utf8.count` maps to the length
  /// of the original file. UTF-8 input stops being an identity only where a broken sequence became U+FFFD.
  public func originalOffset(forUTF8Offset offset: Int) -> Int {
    if let markup { return markup.originalOffset(forExtractedOffset: offset) }
    return offsets.originalOffset(forUTF8Offset: offset, in: utf8)
  }
}
