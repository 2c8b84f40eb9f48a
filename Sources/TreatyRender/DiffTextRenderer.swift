import TreatyCompare
import TreatyModel
import TreatyStructure
import TreatyText

/// A comparison for a terminal: the summary first (what the documents are, how many units of each kind, the
/// counterparty substitution, model changes, the substantive changes one a line), then the aligned units with
/// their changed words inline — `[-deleted-]{+inserted+}`, in colour on a terminal.
public struct DiffTextRenderer {
  public enum Level: String, Sendable, CaseIterable { case article, point, word }

  public var level: Level = .word
  public var onlySubstantive = false
  public var context = 4
  public var color = false

  public init() {}

  public func render(_ comparison: Comparison) -> String {
    var out = ""
    out += "left:  \(comparison.left.source.name)\n" + describe(comparison.leftModel)
    out += "right: \(comparison.right.source.name)\n" + describe(comparison.rightModel)
    let counts = AlignedPair.Kind.allCases.map { "\(comparison.count($0)) \($0.rawValue)" }
    out += "Units: " + counts.joined(separator: ", ") + "\n"
    if !comparison.substitutions.isEmpty {
      out += "\nCounterparty substitution (the template's parameter, not counted as substance):\n"
      for substitution in comparison.substitutions {
        out += "  \(substitution.left) → \(substitution.right)\n"
      }
    }
    if !comparison.modelChanges.isEmpty {
      out += "\nModel changes:\n"
      for change in comparison.modelChanges {
        out += "  " + change.line(party: { $0 }, left: { "«\($0)»" }, right: { "«\($0)»" }, counterpartyMark: " [counterparty]")
          + "\n"
      }
    }
    let substantive = comparison.pairs.filter { $0.substantive && $0.level != .act && (level != .article || $0.level == .provision) }
    out += "\nSubstantive changes (\(substantive.count)):\n"
    for pair in substantive { out += "  " + headline(pair) + "\n" }
    out += "\nAligned units:\n"
    for pair in comparison.pairs where pair.level != .act {
      if level == .article && pair.level == .part { continue }
      if onlySubstantive && !pair.substantive { continue }
      out += marker(pair) + " " + headline(pair) + "  " + DecimalText.places(pair.similarity, 2) + "\n"
      if level == .word {
        for edit in pair.edits where !onlySubstantive || edit.kind == .substantive {
          out += "    " + inline(edit) + "\n"
        }
      }
    }
    return out
  }

  /// «ст. 5 → ст. 11 п. 4 (moved, modified)».
  func headline(_ pair: AlignedPair) -> String {
    var flags = [pair.kind.rawValue]
    if pair.modified && pair.kind != .modified { flags.append("modified") }
    let left = pair.leftCitation.isEmpty ? pair.left.joined(separator: ", ") : pair.leftCitation
    let right = pair.rightCitation.isEmpty ? pair.right.joined(separator: ", ") : pair.rightCitation
    let arrow: String
    switch pair.kind {
    case .inserted: arrow = "+ \(right)"
    case .deleted: arrow = "− \(left)"
    default: arrow = "\(left) → \(right)"
    }
    return "\(arrow) (\(flags.joined(separator: ", ")))"
  }

  private func marker(_ pair: AlignedPair) -> String {
    switch pair.kind {
    case .unchanged: return " "
    case .inserted: return paint("+", 32)
    case .deleted: return paint("-", 31)
    default: return pair.substantive ? paint("~", 33) : "·"
    }
  }

  private func inline(_ edit: Edit) -> String {
    let before = PlainScalars.split(edit.before, separator: " ").suffix(context).joined(separator: " ")
    var text = before.isEmpty ? "" : "… \(before) "
    if !edit.deleted.isEmpty { text += paint("[-\(edit.deleted)-]", edit.kind == .substantive ? 31 : 2) }
    if !edit.inserted.isEmpty { text += paint("{+\(edit.inserted)+}", edit.kind == .substantive ? 32 : 2) }
    return text + (edit.kind == .substantive ? "" : "  (\(edit.kind.rawValue))")
  }

  private func paint(_ text: String, _ code: Int) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// One line per act: kind, number, date, status, and the title cut to a line.
  private func describe(_ model: StructuralModel) -> String {
    model.acts.map { act in
      var head = act.kind.rawValue
      if let number = act.number { head += " № \(number)" }
      if let date = act.date { head += " of \(date)" }
      if act.statusNotes.contains(where: { $0.kind == .draft }) { head += " (draft)" }
      guard let title = act.title else { return "  \(head)\n" }
      let short = title.count > 90 ? String(title.prefix(90)) + "…" : title
      return "  \(head): \(short)\n"
    }.joined()
  }
}

import Foundation
