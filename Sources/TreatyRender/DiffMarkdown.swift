import TreatyCompare
import TreatyModel

/// A comparison for tickets and wikis: the summary and the substantive changes, each with both citations and the
/// changed words as `~~deleted~~` / `**inserted**`.
public enum DiffMarkdown {
  public static func render(_ comparison: Comparison) -> String {
    var out = "# Сравнение: \(escape(comparison.left.source.name)) → \(escape(comparison.right.source.name))\n\n"
    out += "| Вид | Количество |\n|---|---:|\n"
    for kind in AlignedPair.Kind.allCases { out += "| \(kind.rawValue) | \(comparison.count(kind)) |\n" }
    if !comparison.substitutions.isEmpty {
      out += "\n**Замена контрагента** (параметр шаблона):\n\n"
      for substitution in comparison.substitutions {
        out += "- \(escape(substitution.left)) → \(escape(substitution.right))\n"
      }
    }
    if !comparison.modelChanges.isEmpty {
      out += "\n## Изменения модели\n\n"
      for change in comparison.modelChanges {
        out += "- " + change.line(
          party: escape, left: { "~~\(escape($0))~~" }, right: { "**\(escape($0))**" }, counterpartyMark: " _(контрагент)_")
          + "\n"
      }
    }
    let substantive = comparison.pairs.filter { $0.substantive && $0.level != .act }
    out += "\n## Существенные изменения (\(substantive.count))\n"
    for pair in substantive {
      out += "\n### \(escape(HTMLRedline.headline(pair)))\n\n"
      switch pair.kind {
      case .inserted, .deleted:
        for segment in pair.inline {
          out += segment.side == .right ? "**\(escape(segment.text))**\n" : "~~\(escape(segment.text))~~\n"
        }
      default:
        for edit in pair.edits where edit.kind == .substantive {
          var line = "- "
          if !edit.before.isEmpty { line += "… \(escape(edit.before)) " }
          if !edit.deleted.isEmpty { line += "~~\(escape(edit.deleted))~~ " }
          if !edit.inserted.isEmpty { line += "**\(escape(edit.inserted))**" }
          out += line.trimmingCharacters(in: .whitespaces) + "\n"
        }
      }
    }
    return out
  }

  /// Markdown's special characters in document text become literal.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|~".contains(character) { out.append("\\") }
      out.append(character == "\n" ? " " : character)
    }
    return out
  }
}

import Foundation
