import Foundation
import TreatyRender

/// `treaty corpus similar` as text (the ranked list, then the best few matches article by article) and as JSON
/// (the ranked list as data).
public enum SimilarRenderer {
  /// Matches shown article by article.
  public static let detailed = 3

  public static func text(_ result: TemplateSearch.Result) -> String {
    let total = result.matches.count + result.ruledOut.count
    var lines = [
      "\(result.file): \(total) corpus documents, \(result.matches.count) aligned in full after the prefilter",
      "  (\(result.prefilter.summary))",
      "",
    ]
    let idWidth = max(2, (result.matches.map(\.id) + result.ruledOut.map(\.id)).map(\.count).max() ?? 0)
    lines.append("  SIMILARITY  " + pad("ID", idWidth) + "  FILE")
    for match in result.matches {
      lines.append("  " + pad(DecimalText.threePlaces(match.similarity), 10) + "  " + pad(match.id, idWidth) + "  "
        + match.file)
    }
    for other in result.ruledOut {
      lines.append("  " + pad("ruled out", 10) + "  " + pad(other.id, idWidth) + "  " + other.file
        + String(format: " (estimated containment %.3f)", other.estimate))
    }
    let reported = result.matches.filter { $0.similarity >= TemplateSearch.reportingThreshold }.prefix(detailed)
    if reported.isEmpty {
      lines += ["", String(format: "No corpus document shares %.0f%% of the substance.",
        TemplateSearch.reportingThreshold * 100)]
    }
    for match in reported { lines += [""] + details(match, file: result.file) }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func details(_ match: TemplateSearch.Match, file: String) -> [String] {
    let alignment = match.alignment
    var lines = [
      "\(match.id): shares " + DecimalText.threePlaces(alignment.leftCoverage) + " of \(file)'s substance, "
        + DecimalText.threePlaces(alignment.rightCoverage) + " of its own"
    ]
    let sections: [(String, [String])] = [
      ("shared articles", alignment.shared), ("only in \(file)", alignment.onlyLeft),
      ("only in \(match.file)", alignment.onlyRight),
    ]
    for (title, items) in sections {
      lines.append("  \(title) (\(items.count))" + (items.isEmpty ? "" : ":"))
      lines += TextWrap.list(items, indent: "    ")
    }
    lines.append("  substantive differences in shared articles (\(alignment.substantive.count))"
      + (alignment.substantive.isEmpty ? "" : ":"))
    lines += alignment.substantive.map { "    " + $0 }
    return lines
  }

  /// The ranked list: `file`, `id`, `similarity` (0–1, best first), and what backs it.
  public static func json(_ result: TemplateSearch.Result) -> String {
    JSONValue.array(result.matches.map { match in
      .object([
        "file": .string(match.file), "id": .string(match.id), "similarity": .decimal(match.similarity),
        "otherCoverage": .decimal(match.alignment.rightCoverage), "estimate": .decimal(match.estimate),
        "shared": .array(match.alignment.shared.map(JSONValue.string)),
        "onlyInFile": .array(match.alignment.onlyLeft.map(JSONValue.string)),
        "onlyInOther": .array(match.alignment.onlyRight.map(JSONValue.string)),
        "substantive": .array(match.alignment.substantive.map(JSONValue.string)),
      ])
    }).rendered()
  }

  static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
