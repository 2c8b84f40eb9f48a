/// Substring search on UTF-8 bytes. `String.contains` and `range(of:)` go through Foundation's locale-aware
/// search when Foundation is imported, which costs a hundred times more than comparing bytes; the model and the
/// comparator ask such questions of every unit, so they use this.
public enum FastSearch {
  /// Whether `needle` occurs in `haystack` (exact bytes; fold both first for a case-insensitive test).
  public static func contains(_ haystack: String, _ needle: String) -> Bool {
    offset(of: needle, in: haystack) != nil
  }

  /// The UTF-8 offset of the first occurrence of `needle` in `haystack`.
  public static func offset(of needle: String, in haystack: String) -> Int? {
    var haystack = haystack
    var needle = needle
    return haystack.withUTF8 { text in
      needle.withUTF8 { pattern -> Int? in
        guard let first = pattern.first else { return 0 }
        guard pattern.count <= text.count else { return nil }
        let last = text.count - pattern.count
        var index = 0
        while index <= last {
          if text[index] == first {
            var matched = true
            var offset = 1
            while offset < pattern.count {
              if text[index + offset] != pattern[offset] {
                matched = false
                break
              }
              offset += 1
            }
            if matched { return index }
          }
          index += 1
        }
        return nil
      }
    }
  }
}
