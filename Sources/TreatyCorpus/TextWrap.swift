/// Long lists (the shared articles of two agreements) wrapped to the README's 120 columns, so they read in a
/// terminal and paste cleanly.
enum TextWrap {
  static let width = 116

  /// Items joined by ", ", broken into lines that start with `indent`.
  static func list(_ items: [String], indent: String) -> [String] {
    var lines: [String] = []
    var line = indent
    for (index, item) in items.enumerated() {
      let piece = item + (index + 1 < items.count ? "," : "")
      if line.count > indent.count && line.count + 1 + piece.count > width {
        lines.append(line)
        line = indent
      }
      line += (line.count > indent.count ? " " : "") + piece
    }
    if line.count > indent.count { lines.append(line) }
    return lines
  }
}
