/// The encodings Treaty reads.
///
/// Russian legal texts reach us as UTF-8 today, but older government sites and archives still publish
/// Windows-1251 and KOI8-R, and Word exports them as UTF-16; these five cover what we have met in practice.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
  case utf8 = "utf-8"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"
  case windows1251 = "windows-1251"
  case koi8R = "koi8-r"

  /// Accepts common aliases case-insensitively: utf8, utf-8, utf16le, utf-16le, utf16be, cp1251, windows-1251,
  /// win1251, 1251, koi8-r, koi8r, koi8.
  ///
  /// Users type encoding names from memory (`--encoding cp1251`), so we accept the spellings people actually use
  /// rather than only the canonical raw values.
  public init?(name: String) {
    switch name.lowercased() {
    case "utf8", "utf-8": self = .utf8
    case "utf16le", "utf-16le": self = .utf16LE
    case "utf16be", "utf-16be": self = .utf16BE
    case "cp1251", "windows-1251", "win1251", "1251": self = .windows1251
    case "koi8-r", "koi8r", "koi8": self = .koi8R
    default: return nil
    }
  }
}
