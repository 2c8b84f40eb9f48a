import TreatyText

/// The lossless invariant: node pieces plus trivia cover the input bytes exactly once, and every node's pieces
/// and children lie inside its range. Tests run it on every corpus file; it is cheap enough to run anywhere.
public enum Coverage {
  public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var range: SourceRange
    public var message: String
    public var description: String { "\(range.start)..<\(range.end): \(message)" }
  }

  public static func problems(in document: Document, limit: Int = 20) -> [Problem] {
    var spans: [(range: SourceRange, owner: String)] = []
    var problems: [Problem] = []
    document.forEachNode { node, _ in
      for piece in node.ownedPieces {
        spans.append((piece.range, node.id))
        if !node.range.contains(piece.range) {
          problems.append(Problem(range: piece.range, message: "piece outside its node \(node.id)"))
        }
      }
      for child in node.children where !node.range.contains(child.range) {
        problems.append(Problem(range: child.range, message: "child \(child.id) outside its parent \(node.id)"))
      }
    }
    for trivia in document.trivia { spans.append((trivia.range, "trivia:\(trivia.kind.rawValue)")) }
    spans.sort { $0.range < $1.range }
    var cursor = 0
    for span in spans {
      if span.range.isEmpty {
        problems.append(Problem(range: span.range, message: "empty span owned by \(span.owner)"))
        continue
      }
      if span.range.start > cursor {
        problems.append(Problem(range: SourceRange(cursor, span.range.start), message: "bytes owned by nothing"))
      } else if span.range.start < cursor {
        problems.append(Problem(range: span.range, message: "bytes owned twice (\(span.owner))"))
      }
      cursor = max(cursor, span.range.end)
      if problems.count >= limit { return problems }
    }
    let total = document.source.bytes.count
    if cursor < total { problems.append(Problem(range: SourceRange(cursor, total), message: "bytes owned by nothing")) }
    return Array(problems.prefix(limit))
  }
}
