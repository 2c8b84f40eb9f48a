import Foundation
import TreatyRender

/// `treaty corpus matrix` as a text table with the families under it, as CSV and as JSON. Each is written out in
/// pieces as it is made: the table of ten thousand agreements is hundreds of megabytes.
public enum MatrixRenderer {
  public static func text(_ matrix: SimilarityMatrix, corpus: String) -> String {
    collected { text(matrix, corpus: corpus, to: $0) }
  }

  public static func text(_ matrix: SimilarityMatrix, corpus: String, to output: ([UInt8]) -> Void) {
    let count = matrix.documents.count
    output(Array((header(matrix, corpus: corpus).joined(separator: "\n") + "\n").utf8))
    let idWidth = max(2, matrix.documents.map(\.id.count).max() ?? 0)
    let numberWidth = String(count).count
    var row: [UInt8] = []
    func cell(_ text: String, width: Int) {
      row.append(contentsOf: "  ".utf8)
      row.append(contentsOf: text.utf8)
      row.append(contentsOf: repeatElement(UInt8(ascii: " "), count: max(0, width - text.count)))
    }
    func flush() {
      while row.last == UInt8(ascii: " ") { row.removeLast() }
      row.append(UInt8(ascii: "\n"))
      output(row)
      row.removeAll(keepingCapacity: true)
    }
    cell("#", width: numberWidth)
    cell("ID", width: idWidth)
    for column in 0..<count { cell(String(column + 1), width: 5) }
    flush()
    for line in 0..<count {
      cell(String(line + 1), width: numberWidth)
      cell(matrix.documents[line].id, width: idWidth)
      for column in 0..<count {
        row.append(contentsOf: "  ".utf8)
        if line == column {
          row.append(contentsOf: "—    ".utf8)
        } else if let similarity = matrix.similarity(line, column) {
          DecimalText.append(similarity, to: &row)
        } else {
          row.append(contentsOf: "·    ".utf8)
        }
      }
      flush()
    }
    var lines = ["", "Template families (similarity ≥ " + String(format: "%.2f", SimilarityMatrix.familyThreshold) + "):"]
    for family in matrix.families {
      lines.append("  " + family.map { matrix.documents[$0].id }.joined(separator: " + "))
    }
    output(Array((lines.joined(separator: "\n") + "\n").utf8))
  }

  private static func header(_ matrix: SimilarityMatrix, corpus: String) -> [String] {
    let count = matrix.documents.count
    switch matrix.method {
    case .aligned:
      return [
        "\(count) agreements in \(corpus); \(matrix.comparedPairs) of \(matrix.pairCount) pairs aligned in full after the "
          + "prefilter",
        "  (\(matrix.prefilter.summary))",
        "  similarity: the mean of both documents' aligned share of substance; · ruled out by the prefilter",
        "",
      ]
    case .estimated:
      return [
        "\(count) agreements in \(corpus); all \(matrix.pairCount) pairs ESTIMATED from families of near-identical "
          + "articles, none aligned in full",
        "  (articles matched at Dice ≥ 0.5, parts at ≥ 0.6, merged and split articles as groups, party names as one",
        "  placeholder; `treaty corpus similar FILE` or `--method aligned` for exact values)",
        "  similarity: the estimated mean of both documents' aligned share of substance",
        "",
      ]
    }
  }

  /// A header row of ids, then one row per document; empty cells on the diagonal and for ruled-out pairs.
  public static func csv(_ matrix: SimilarityMatrix) -> String { collected { csv(matrix, to: $0) } }

  public static func csv(_ matrix: SimilarityMatrix, to output: ([UInt8]) -> Void) {
    output(Array(((["id"] + matrix.documents.map(\.id)).map(field).joined(separator: ",") + "\r\n").utf8))
    var row: [UInt8] = []
    for line in matrix.documents.indices {
      row.append(contentsOf: field(matrix.documents[line].id).utf8)
      for column in matrix.documents.indices {
        row.append(UInt8(ascii: ","))
        if line != column, let value = matrix.similarity(line, column) { DecimalText.append(value, to: &row) }
      }
      row.append(contentsOf: "\r\n".utf8)
      output(row)
      row.removeAll(keepingCapacity: true)
    }
  }

  private static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  public static func json(_ matrix: SimilarityMatrix) -> String { collected { json(matrix, to: $0) } }

  /// Keys in sorted order, as every JSON of Treaty.
  public static func json(_ matrix: SimilarityMatrix, to output: @escaping ([UInt8]) -> Void) {
    let ids = matrix.documents.map(\.id)
    var writer = JSONWriter(drainingTo: output)
    writer.openObject()
    writer.key("comparedPairs")
    writer.int(matrix.comparedPairs)
    writer.key("documents")
    writer.array(matrix.documents) { writer, entry in
      JSONValue.object(["file": .string(entry.file), "id": .string(entry.id)]).write(to: &writer)
    }
    writer.key("families")
    writer.array(matrix.families) { writer, family in writer.array(family) { writer, member in writer.string(ids[member]) } }
    writer.key("familyThreshold")
    writer.decimal(SimilarityMatrix.familyThreshold)
    writer.key("method")
    writer.string(matrix.method.rawValue)
    writer.key("pairs")
    writer.openArray()
    matrix.forEachPair { pair in
      writer.element()
      writer.openObject()
      writer.key("compared")
      writer.bool(pair.alignment != nil)
      writer.key("estimate")
      writer.decimal(pair.estimate)
      writer.key("left")
      writer.string(ids[pair.left])
      writer.key("right")
      writer.string(ids[pair.right])
      writer.key("similarity")
      if let similarity = pair.similarity { writer.decimal(similarity) } else { writer.null() }
      writer.closeObject()
    }
    writer.closeArray()
    writer.key("totalPairs")
    writer.int(matrix.pairCount)
    writer.closeObject()
    output(writer.finishUTF8())
  }

  private static func collected(_ render: (@escaping ([UInt8]) -> Void) -> Void) -> String {
    let buffer = ByteBuffer()
    render { buffer.bytes.append(contentsOf: $0) }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  private final class ByteBuffer {
    var bytes: [UInt8] = []
  }
}
