/// Escapes document text for HTML: every piece of text a document contributes goes through here, so a document
/// that contains `<script>` or `"><img onerror=…>` renders as text.
enum HTMLEscaping {
  static func escape(_ text: String) -> String {
    MarkupEscaping.escape(text) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&#39;"
      default: nil
      }
    } other: { scalar, out in
      if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { out += " " } else { out.unicodeScalars.append(scalar) }
    }
  }

  /// An id usable in `id` and `href="#…"`: node ids are already letters, digits, `_`, `-` and `.`.
  static func anchor(_ text: String) -> String {
    String(text.unicodeScalars.map { scalar -> Character in
      let value = scalar.value
      let safe = (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        || scalar == "_" || scalar == "-" || scalar == "."
      return safe ? Character(scalar) : "-"
    })
  }
}
