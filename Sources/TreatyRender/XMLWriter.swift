/// An element's attributes in the order they are written, so that output stays byte-for-byte stable.
typealias XMLAttributes = [(name: String, value: String)]

/// Mixed content of one line (`<p>…<docNumber>№ 878</docNumber>…</p>`): text runs and inline elements.
indirect enum XMLInline {
  case text(String)
  /// An inline element with its attributes and content.
  case element(String, XMLAttributes, [XMLInline])
  /// An empty marker element such as `<eol/>`.
  case marker(String)
}

/// Builds indented XML one element at a time. Every string that comes from the input goes through the escaping
/// here, so a text that contains `<script>` or `&` can never break the markup around it.
struct XMLWriter {
  private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  private var stack: [String] = []

  /// Opens an element whose children go on the following lines, one level deeper.
  mutating func start(_ name: String, _ attributes: XMLAttributes = []) {
    line("<" + name + Self.attributes(attributes) + ">")
    stack.append(name)
  }

  /// Closes the element opened last.
  mutating func end() {
    guard let name = stack.popLast() else { return }
    line("</" + name + ">")
  }

  /// `<FRBRthis value="…"/>`.
  mutating func empty(_ name: String, _ attributes: XMLAttributes = []) {
    line("<" + name + Self.attributes(attributes) + "/>")
  }

  /// `<num>Статья 7</num>`: an element holding one line of text.
  mutating func leaf(_ name: String, _ attributes: XMLAttributes = [], text: String) {
    leaf(name, attributes, content: [.text(text)])
  }

  /// An element with mixed content, written on one line so that no whitespace is added inside the text.
  mutating func leaf(_ name: String, _ attributes: XMLAttributes = [], content: [XMLInline]) {
    var body = ""
    for part in content { Self.write(part, into: &body) }
    line("<" + name + Self.attributes(attributes) + ">" + body + "</" + name + ">")
  }

  /// The finished document; elements left open are closed so that the output is always well-formed.
  mutating func finish() -> String {
    while !stack.isEmpty { end() }
    return output
  }

  private mutating func line(_ text: String) {
    output += String(repeating: "  ", count: stack.count) + text + "\n"
  }

  private static func write(_ inline: XMLInline, into out: inout String) {
    switch inline {
    case .text(let text): out += escapeText(text)
    case .marker(let name): out += "<" + name + "/>"
    case .element(let name, let attributes, let content):
      out += "<" + name + Self.attributes(attributes) + ">"
      for part in content { write(part, into: &out) }
      out += "</" + name + ">"
    }
  }

  private static func attributes(_ attributes: XMLAttributes) -> String {
    attributes.map { " " + $0.name + "=\"" + escapeAttribute($0.value) + "\"" }.joined()
  }

  /// Character data: markup characters become entities. A carriage return is written as a reference because a
  /// parser would otherwise turn it into a line feed.
  static func escapeText(_ text: String) -> String {
    MarkupEscaping.escape(text, reference: textReference, other: appendAllowed)
  }

  /// An attribute value in double quotes: besides what character data escapes, the quote itself and the whitespace
  /// characters that attribute-value normalisation would turn into spaces are written as references.
  static func escapeAttribute(_ text: String) -> String {
    MarkupEscaping.escape(text, reference: { scalar in
      switch scalar {
      case "\"": "&quot;"
      case "\t": "&#9;"
      case "\n": "&#10;"
      default: textReference(scalar)
      }
    }, other: appendAllowed)
  }

  private static func textReference(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\r": "&#13;"
    default: nil
    }
  }

  /// XML 1.0 cannot carry most C0 control characters, U+FFFE or U+FFFF — not even as character references — so
  /// they are replaced by U+FFFD, which keeps the text's length and shows that something was there.
  private static func appendAllowed(_ scalar: Unicode.Scalar, _ out: inout String) {
    if isAllowed(scalar) {
      out.unicodeScalars.append(scalar)
    } else {
      out += "\u{FFFD}"
    }
  }

  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }
}
