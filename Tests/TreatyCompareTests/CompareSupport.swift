import Foundation
import TreatyCompare
import TreatyStructure
import TreatyText

enum CompareCorpus {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

  static func document(_ name: String) throws -> Document {
    let source = try TextLoader.load(path: directory.appendingPathComponent(name).path)
    return DocumentParser.parse(SourceText(name: "corpus/" + name, decoded: source.decoded))
  }

  static func text(_ text: String, name: String = "<text>") -> Document {
    DocumentParser.parse(SourceText(name: name, text: text), flavor: .plain)
  }
}

extension Comparison {
  /// Provision-level pairs as «left → right kind[+modified]» lines, the form the tests state expectations in.
  func provisionLines(act: String? = nil) -> [String] {
    pairs.filter { $0.level == .provision }.filter { pair in
      guard let act else { return true }
      return (pair.left + pair.right).allSatisfy { act == "main" ? !$0.hasPrefix("att_") : $0.hasPrefix(act + "__") }
    }.map { pair in
      let left = pair.leftCitation
      let right = pair.rightCitation
      return "\(left) → \(right) \(pair.kind.rawValue)\(pair.modified && pair.kind != .modified ? "+modified" : "")"
    }
  }
}
