import Foundation
import TreatyRender

/// `treaty corpus matrix` as a text table with the families under it, as CSV and as JSON.
public enum MatrixRenderer {
  public static func text(_ matrix: SimilarityMatrix, corpus: String) -> String {
    let count = matrix.documents.count
    let pairs = count * (count - 1) / 2
    var lines: [String]
    switch matrix.method {
    case .aligned:
      lines = [
        "\(count) agreements in \(corpus); \(matrix.comparedPairs) of \(pairs) pairs aligned in full after the prefilter",
        "  (\(matrix.prefilter.summary))",
        "  similarity: the mean of both documents' aligned share of substance; · ruled out by the prefilter",
        "",
      ]
    case .estimated:
      lines = [
        "\(count) agreements in \(corpus); all \(pairs) pairs ESTIMATED from families of near-identical articles, "
          + "none aligned in full",
        "  (articles matched at Dice ≥ 0.5, parts at ≥ 0.6, merged and split articles as groups, party names as one",
        "  placeholder; `treaty corpus similar FILE` or `--method aligned` for exact values)",
        "  similarity: the estimated mean of both documents' aligned share of substance",
        "",
      ]
    }
    let idWidth = max(2, matrix.documents.map(\.id.count).max() ?? 0)
    let numberWidth = String(count).count
    var header = "  " + SimilarRenderer.pad("#", numberWidth) + "  " + SimilarRenderer.pad("ID", idWidth)
    for column in 0..<count { header += "  " + SimilarRenderer.pad(String(column + 1), 5) }
    lines.append(trimmingTrailingSpaces(header))
    for row in 0..<count {
      var line = "  " + SimilarRenderer.pad(String(row + 1), numberWidth) + "  "
        + SimilarRenderer.pad(matrix.documents[row].id, idWidth)
      for column in 0..<count { line += "  " + SimilarRenderer.pad(cell(matrix, row, column), 5) }
      lines.append(trimmingTrailingSpaces(line))
    }
    lines += ["", "Template families (similarity ≥ " + String(format: "%.2f", SimilarityMatrix.familyThreshold) + "):"]
    for family in matrix.families {
      lines.append("  " + family.map { matrix.documents[$0].id }.joined(separator: " + "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A row without the padding after its last cell.
  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }

  private static func cell(_ matrix: SimilarityMatrix, _ row: Int, _ column: Int) -> String {
    guard row != column else { return "—" }
    guard let pair = matrix.pair(row, column) else { return "" }
    return pair.similarity.map { DecimalText.threePlaces($0) } ?? "·"
  }

  /// A header row of ids, then one row per document; empty cells on the diagonal and for ruled-out pairs.
  public static func csv(_ matrix: SimilarityMatrix) -> String {
    var rows = [(["id"] + matrix.documents.map(\.id)).map(field).joined(separator: ",")]
    for row in matrix.documents.indices {
      let cells = matrix.documents.indices.map { column -> String in
        guard row != column, let value = matrix.pair(row, column)?.similarity else { return "" }
        return DecimalText.threePlaces(value)
      }
      rows.append(([field(matrix.documents[row].id)] + cells).joined(separator: ","))
    }
    return rows.joined(separator: "\r\n") + "\r\n"
  }

  private static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  public static func json(_ matrix: SimilarityMatrix) -> String {
    let ids = matrix.documents.map(\.id)
    return JSONValue.object([
      "documents": .array(matrix.documents.map { .object(["file": .string($0.file), "id": .string($0.id)]) }),
      "pairs": .array(matrix.pairs.map { pair in
        .object([
          "left": .string(ids[pair.left]), "right": .string(ids[pair.right]),
          "similarity": pair.similarity.map(JSONValue.decimal) ?? .null, "estimate": .decimal(pair.estimate),
          "compared": .bool(pair.alignment != nil),
        ])
      }),
      "families": .array(matrix.families.map { .array($0.map { .string(ids[$0]) }) }),
      "method": .string(matrix.method.rawValue),
      "comparedPairs": .int(matrix.comparedPairs),
      "totalPairs": .int(matrix.pairs.count),
      "familyThreshold": .decimal(SimilarityMatrix.familyThreshold),
    ]).rendered()
  }
}
