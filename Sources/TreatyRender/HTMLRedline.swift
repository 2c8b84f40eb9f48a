import TreatyCompare
import TreatyModel
import TreatyStructure

/// A comparison as one self-contained HTML page: a summary panel (the documents, counts by kind, model changes,
/// the substantive changes linked to their place), a table of contents by provision, then every aligned unit with
/// the two texts side by side and the changed words marked. Moved units are linked both ways: a marker where the
/// unit stood on the left leads to where it now stands, and back.
public enum HTMLRedline {
  public static func render(_ comparison: Comparison) -> String {
    let escape = HTMLEscaping.escape
    let pairs = comparison.pairs.enumerated().filter { $0.element.level != .act }
    var out = "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>Treaty: \(escape(comparison.left.source.name)) ↔ \(escape(comparison.right.source.name))</title>\n"
    out += "<style>\n\(HTMLRedlineStyle.css)\n</style>\n</head>\n<body>\n"
    out += "<h1>Сравнение документов</h1>\n"
    out += summary(comparison, pairs: pairs)
    out += toc(pairs)
    out += "<div class=\"filter\" id=\"filter\" hidden><label><input type=\"checkbox\" id=\"only-substantive\"> "
      + "Только существенные изменения</label></div>\n"
    out += "<main id=\"units\">\n<h2>Сопоставленные положения</h2>\n"
    let placeholders = movedPlaceholders(comparison, pairs: pairs)
    if let before = placeholders[-1] { out += before.joined() }
    for (index, pair) in pairs {
      out += unit(pair, index: index)
      if let after = placeholders[index] { out += after.joined() }
    }
    out += "</main>\n<script>\n\(HTMLRedlineStyle.script)\n</script>\n</body>\n</html>\n"
    return out
  }

  // MARK: - Summary

  private static func summary(_ comparison: Comparison, pairs: [(offset: Int, element: AlignedPair)]) -> String {
    let escape = HTMLEscaping.escape
    var out = "<section class=\"summary\" id=\"summary\">\n<h2>Сводка</h2>\n<table class=\"docs\">\n"
    out += "<tr><th></th><th>Слева (было)</th><th>Справа (стало)</th></tr>\n"
    out += "<tr><th>Файл</th><td>\(escape(comparison.left.source.name))</td><td>\(escape(comparison.right.source.name))</td></tr>\n"
    let count = max(comparison.leftModel.acts.count, comparison.rightModel.acts.count)
    for index in 0..<count {
      let left = index < comparison.leftModel.acts.count ? describe(comparison.leftModel.acts[index]) : ""
      let right = index < comparison.rightModel.acts.count ? describe(comparison.rightModel.acts[index]) : ""
      out += "<tr><th>Акт \(index + 1)</th><td>\(escape(left))</td><td>\(escape(right))</td></tr>\n"
    }
    out += "<tr><th>Стороны</th><td>\(escape(comparison.leftModel.parties.map(\.name).joined(separator: "; ")))</td>"
      + "<td>\(escape(comparison.rightModel.parties.map(\.name).joined(separator: "; ")))</td></tr>\n</table>\n"
    out += "<h3>Количество по видам</h3>\n<table class=\"counts\">\n"
    for kind in AlignedPair.Kind.allCases {
      out += "<tr><td>\(kind.rawValue)</td><td class=\"n\">\(comparison.count(kind))</td></tr>\n"
    }
    out += "</table>\n"
    if !comparison.substitutions.isEmpty {
      out += "<h3>Замена контрагента (параметр шаблона, не считается существенным изменением)</h3>\n<ul>\n"
      for substitution in comparison.substitutions {
        out += "<li>\(escape(substitution.left)) → \(escape(substitution.right))</li>\n"
      }
      out += "</ul>\n"
    }
    if !comparison.modelChanges.isEmpty {
      out += "<h3>Изменения модели</h3>\n<table class=\"model\">\n"
      out += "<tr><th>Что</th><th>Изменение</th><th>Было</th><th>Стало</th></tr>\n"
      for change in comparison.modelChanges {
        let what = change.category + (change.party.map { " (\($0))" } ?? "") + (change.counterparty ? " — контрагент" : "")
        out += "<tr><td>\(escape(what))</td><td>\(change.change.rawValue)</td><td>\(escape(change.left ?? ""))</td>"
          + "<td>\(escape(change.right ?? ""))</td></tr>\n"
      }
      out += "</table>\n"
    }
    let substantive = pairs.filter { $0.element.substantive }
    out += "<h3>Существенные изменения (\(substantive.count))</h3>\n<ol>\n"
    for (index, pair) in substantive {
      out += "<li><a href=\"#u-\(index)\">\(escape(headline(pair)))</a></li>\n"
    }
    return out + "</ol>\n</section>\n"
  }

  private static func toc(_ pairs: [(offset: Int, element: AlignedPair)]) -> String {
    var out = "<nav class=\"toc\" id=\"toc\">\n<h2>Содержание</h2>\n<ol>\n"
    for (index, pair) in pairs where pair.level == .provision {
      out += "<li><a href=\"#u-\(index)\">\(HTMLEscaping.escape(headline(pair)))</a></li>\n"
    }
    return out + "</ol>\n</nav>\n"
  }

  // MARK: - Units

  private static func unit(_ pair: AlignedPair, index: Int) -> String {
    let escape = HTMLEscaping.escape
    var classes = ["pair", pair.level.rawValue, "kind-\(pair.kind.rawValue)"]
    if pair.substantive { classes.append("substantive") }
    var out = "<section class=\"\(classes.joined(separator: " "))\" id=\"u-\(index)\">\n"
    for id in pair.left { out += "<a id=\"L-\(HTMLEscaping.anchor(id))\"></a>" }
    for id in pair.right { out += "<a id=\"R-\(HTMLEscaping.anchor(id))\"></a>" }
    var flags = [pair.kind.rawValue]
    if pair.modified && pair.kind != .modified { flags.append("modified") }
    out += "<div class=\"pair-head\"><span class=\"kind\">\(flags.joined(separator: ", "))</span>"
    out += "<span class=\"cite\">\(escape(pair.leftCitation.isEmpty ? "—" : pair.leftCitation))</span> → "
    out += "<span class=\"cite\">\(escape(pair.rightCitation.isEmpty ? "—" : pair.rightCitation))</span>"
    out += " · сходство \(DecimalText.places(pair.similarity, 2))"
    if pair.kind == .moved {
      out += " · <a class=\"moved-note\" href=\"#from-\(index)\">← перемещено из \(escape(pair.leftCitation))</a>"
    }
    out += "</div>\n"
    // An article without a title of its own has no text here; its parts follow as their own units.
    guard pair.inline.contains(where: { !$0.text.isEmpty }) else { return out + "</section>\n" }
    out += "<div class=\"sides\">\n"
    out += "<div class=\"side left\">\(render(pair.inline, side: .left))</div>\n"
    out += "<div class=\"side right\">\(render(pair.inline, side: .right))</div>\n"
    return out + "</div>\n</section>\n"
  }

  /// One side of a pair: shared words plain, this side's changed words marked by the kind of their change.
  private static func render(_ segments: [InlineSegment], side: InlineSegment.Side) -> String {
    var out = ""
    for segment in segments where segment.side == .both || segment.side == side {
      if !out.isEmpty && segment.spaceBefore { out += " " }
      let text = HTMLEscaping.escape(segment.text)
      switch segment.side {
      case .both: out += text
      case .left: out += "<del class=\"\(segment.kind?.rawValue ?? "substantive")\">\(text)</del>"
      case .right: out += "<ins class=\"\(segment.kind?.rawValue ?? "substantive")\">\(text)</ins>"
      }
    }
    return out
  }

  /// Markers for moved units where they stood on the left, keyed by the index of the row they follow (-1: first).
  private static func movedPlaceholders(_ comparison: Comparison, pairs: [(offset: Int, element: AlignedPair)])
    -> [Int: [String]]
  {
    var leftOrder: [String: Int] = [:]
    var position = 0
    comparison.left.forEachNode { node, _ in
      leftOrder[node.id] = position
      position += 1
    }
    var result: [Int: [String]] = [:]
    for (index, pair) in pairs where pair.kind == .moved {
      guard let movedOrder = pair.left.first.flatMap({ leftOrder[$0] }) else { continue }
      // After the row holding the nearest left unit before the moved one (among rows that are not moves).
      var anchorRow = -1
      var best = -1
      for (row, other) in pairs where other.kind != .moved {
        guard let order = other.left.last.flatMap({ leftOrder[$0] }), order < movedOrder, order > best else { continue }
        best = order
        anchorRow = row
      }
      let marker = "<div class=\"moved-placeholder\" id=\"from-\(index)\"><span class=\"moved-note\">"
        + "\(HTMLEscaping.escape(pair.leftCitation)) перемещено → <a href=\"#u-\(index)\">"
        + "\(HTMLEscaping.escape(pair.rightCitation))</a></span></div>\n"
      result[anchorRow, default: []].append(marker)
    }
    return result
  }

  static func headline(_ pair: AlignedPair) -> String {
    var flags = [pair.kind.rawValue]
    if pair.modified && pair.kind != .modified { flags.append("modified") }
    let left = pair.leftCitation.isEmpty ? "—" : pair.leftCitation
    let right = pair.rightCitation.isEmpty ? "—" : pair.rightCitation
    return "\(left) → \(right) (\(flags.joined(separator: ", ")))"
  }

  private static func describe(_ act: ActFacts) -> String {
    var parts = [act.kind.rawValue]
    if let number = act.number { parts.append("№ \(number)") }
    if let date = act.date { parts.append(date) }
    if let title = act.title { parts.append(title) }
    return parts.joined(separator: " · ")
  }
}

import Foundation
