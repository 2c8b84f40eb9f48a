import Foundation
import TreatyCompare
import TreatyStructure
import TreatyText

/// Agreements built from the articles of the corpus agreements (no invented legal text), rearranged with known
/// edits, so that the aligner can be checked against a known answer.
struct SyntheticAgreement {
  /// One article: its paragraphs' texts, the base articles it holds, and points moved into it.
  struct Article {
    var paragraphs: [String]
    /// The base articles it was made from (two after a merge, none for an article from elsewhere).
    var origins: [Int]
    /// Base articles placed at its end as numbered points.
    var points: [(text: String, origin: Int)] = []
  }

  var articles: [Article]

  /// The articles of a corpus agreement, each as the texts of its direct children.
  static func base(_ name: String, act: Int) throws -> (SyntheticAgreement, Document) {
    let document = try CompareCorpus.document(name)
    let articles = document.acts[act].all(.article).enumerated().map { index, article in
      Article(paragraphs: article.children.map { child in
        document.fullText(of: child).replacingOccurrences(of: "\n", with: " ")
      }.filter { !$0.isEmpty }, origins: [index])
    }
    return (SyntheticAgreement(articles: articles), document)
  }

  /// Plain text: «Статья N», a blank line, each paragraph on its own indented line; points as «K. …».
  func text(firstNumber: Int = 1) -> String {
    var out = ""
    for (index, article) in articles.enumerated() {
      out += "Статья \(index + firstNumber)\n\n"
      for paragraph in article.paragraphs { out += "      \(Self.unnumbered(paragraph))\n" }
      for (offset, point) in article.points.enumerated() { out += "      \(offset + 1). \(Self.unnumbered(point.text))\n" }
      out += "\n"
    }
    return out
  }

  /// Paragraph texts keep their words; a leading «1.» would make them points of their own, so it goes.
  static func unnumbered(_ text: String) -> String {
    var text = Substring(text)
    while let first = text.first, first.isNumber || first == "." || first == ")" || first == " " { text = text.dropFirst() }
    return String(text)
  }
}

/// One labelled case: a left and a right document and the pairs a correct aligner finds between their articles.
struct LabelledCase {
  enum Truth: Equatable { case kept, renumbered, moved, split, merged, deleted, inserted }

  var name: String
  var left: Document
  var right: Document
  /// Left article ids → right ids, with what happened.
  var answers: [(left: [String], right: [String], truth: Truth)]
}
