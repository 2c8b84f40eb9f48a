import Foundation
import TreatyStructure
import TreatyText

/// Variants of the corpus agreements built from their own text (no invented legal wording): articles dropped,
/// duplicated, swapped, borrowed from another agreement, reworded (a word left out here and there), and the
/// counterparty renamed — the edits that separate one agreement of a template from the next. The recall tests and
/// the matrix benchmark (`treaty-bench matrix`) use them.
public enum AgreementVariants {
  /// An agreement cut into the text before its first article, its articles (each up to the next) and the rest.
  public struct Pieces: Sendable {
    public var name: String
    public var head: String
    public var articles: [String]
    public var tail: String
    /// Names of the other party, with a replacement of the same grammatical form.
    public var counterparty: [(String, String)]
  }

  public static func pieces(_ document: Document, name: String, counterparty: [(String, String)]) -> Pieces? {
    guard let act = document.acts.last(where: { !$0.all(.article).isEmpty }) else { return nil }
    let articles = act.all(.article)
    guard let first = articles.first, let last = articles.last else { return nil }
    let source = document.source
    var texts: [String] = []
    for (index, article) in articles.enumerated() {
      let end = index + 1 < articles.count ? articles[index + 1].range.start : article.range.end
      texts.append(source.string(SourceRange(article.range.start, end)))
    }
    return Pieces(
      name: name, head: source.string(SourceRange(0, first.range.start)), articles: texts,
      tail: source.string(SourceRange(last.range.end, source.bytes.count)), counterparty: counterparty)
  }

  /// The text of an agreement with these articles, renumbered from 1 so it reads as a real one.
  public static func text(_ pieces: Pieces, articles: [String], rename: Bool) -> String {
    var body = ""
    for (index, article) in articles.enumerated() {
      body += renumbered(article, index + 1)
      if !body.hasSuffix("\n") { body += "\n" }
    }
    var text = pieces.head + body + pieces.tail
    if rename { for (old, new) in pieces.counterparty { text = text.replacingOccurrences(of: old, with: new) } }
    return text
  }

  private static func renumbered(_ article: String, _ number: Int) -> String {
    guard let range = article.range(of: #"Статья\s+\d+"#, options: .regularExpression) else { return article }
    return article.replacingCharacters(in: range, with: "Статья \(number)")
  }

  /// An article with one word of its body left out (not of its first line, which holds its number and title), so
  /// that siblings differ in wording as real ones do without a word that is not in the corpus.
  static func reworded(_ article: String, random: inout SplitMix64) -> String {
    guard let bodyStart = article.firstIndex(of: "\n") else { return article }
    let body = article[bodyStart...]
    let words: [Substring] = body.split(separator: " ").filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) }
    guard !words.isEmpty else { return article }
    let word = words[random.below(words.count)]
    var end = word.endIndex
    if end < article.endIndex && article[end] == " " { end = article.index(after: end) }
    var text = article
    text.removeSubrange(word.startIndex..<end)
    return text
  }

  /// Seeded variants of one agreement; `other` lends articles for hybrids. A third of the articles of the variants
  /// that keep most of the agreement are reworded.
  public static func variants(of base: Pieces, other: Pieces, seed: UInt64) -> [(name: String, text: String)] {
    var random = SplitMix64(seed: seed)
    var result: [(String, String)] = []
    let count = base.articles.count
    func drop(_ n: Int) -> [String] {
      var articles = base.articles
      for _ in 0..<min(n, articles.count - 1) { articles.remove(at: random.below(articles.count)) }
      return articles
    }
    func reword(_ articles: [String]) -> [String] {
      articles.map { random.below(3) == 0 ? reworded($0, random: &random) : $0 }
    }
    result.append(("\(base.name)~drop2-renamed", text(base, articles: reword(drop(2)), rename: true)))
    var swapped = base.articles
    let a = random.below(count)
    let b = random.below(count)
    swapped.swapAt(a, b)
    let duplicate = random.below(count)
    swapped.insert(swapped[duplicate], at: random.below(count))
    result.append(("\(base.name)~swap-dup-renamed", text(base, articles: reword(swapped), rename: true)))
    result.append(("\(base.name)~half", text(base, articles: drop(count / 2), rename: false)))
    let third = Array(base.articles.prefix(count / 3))
    result.append(("\(base.name)~third-renamed", text(base, articles: third, rename: true)))
    let borrowed = Array(other.articles.prefix(other.articles.count / 2))
    result.append(("\(base.name)~hybrid-\(other.name)",
      text(base, articles: Array(base.articles.prefix(count / 2)) + borrowed, rename: true)))
    let few = Array(base.articles.suffix(max(2, count / 4)))
    result.append(("\(base.name)~few-\(other.name)", text(base, articles: other.articles + few, rename: false)))
    return result
  }
}
