/// A changed text shown the way a reviewer wants it: only the words around the change, before and after, so a
/// one-letter edit in a long article reads as «дата рождения;» → «дата рожденья;» rather than two paragraphs.
enum ShortChange {
  /// Characters of unchanged text kept on each side of the change.
  static let context = 24
  /// Longest changed stretch shown before it is cut.
  static let limit = 80

  static func describe(_ old: String, _ new: String) -> String {
    let before = Array(old)
    let after = Array(new)
    var prefix = 0
    while prefix < before.count && prefix < after.count && before[prefix] == after[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < before.count - prefix && suffix < after.count - prefix
      && before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
    {
      suffix += 1
    }
    let start = wordStart(before, max(0, prefix - context))
    return "«\(excerpt(before, from: start, changedEnd: before.count - suffix))» → "
      + "«\(excerpt(after, from: start, changedEnd: after.count - suffix))»"
  }

  /// The text from `start` to a little past the changed part, with «…» where it was cut.
  private static func excerpt(_ characters: [Character], from start: Int, changedEnd: Int) -> String {
    let end = min(characters.count, max(changedEnd, start) + context, start + limit + 2 * context)
    var text = String(characters[start..<max(start, end)])
    if start > 0 { text = "…" + text }
    if end < characters.count { text += "…" }
    return text
  }

  /// Moves a cut forward to the next word start, so that an excerpt does not begin mid-word.
  private static func wordStart(_ characters: [Character], _ index: Int) -> Int {
    guard index > 0 else { return 0 }
    var position = index
    while position < characters.count && position - index < 12 && !characters[position - 1].isWhitespace {
      position += 1
    }
    return position < characters.count && characters[position - 1].isWhitespace ? position : index
  }
}
