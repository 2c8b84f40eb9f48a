import Foundation
import TreatyCompare
import TreatyRender
import TreatyStructure
import TreatyText
import XCTest

/// Each report format checked the way its reader uses it.
final class ReportTests: XCTestCase {
  private func templateComparison() throws -> Comparison {
    DocumentComparator.compare(
      try CompareCorpus.document("kz-kg-migration-2019.txt"), try CompareCorpus.document("kz-am-migration-2019.md"))
  }

  func testRedlineIsSelfContainedAndLinksEveryMovedUnitBothWays() throws {
    let comparison = try templateComparison()
    let html = HTMLRedline.render(comparison)
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
    XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="), "nothing from the network")
    XCTAssertTrue(html.contains("@media print"))
    let pairs = comparison.pairs.enumerated().filter { $0.element.level != .act }
    let moved = pairs.filter { $0.element.kind == .moved }
    XCTAssertEqual(moved.count, 1)
    for (index, pair) in moved {
      XCTAssertTrue(html.contains("id=\"u-\(index)\""))
      XCTAssertTrue(html.contains("id=\"from-\(index)\""), "a marker where \(pair.leftCitation) stood")
      XCTAssertTrue(html.contains("href=\"#u-\(index)\""), "the marker leads to the new place")
      XCTAssertTrue(html.contains("href=\"#from-\(index)\""), "and back")
    }
    // Every internal link has its target.
    let links = html.components(separatedBy: "href=\"#").dropFirst().compactMap { $0.split(separator: "\"").first }
    XCTAssertGreaterThan(links.count, 30)
    for link in Set(links) { XCTAssertTrue(html.contains("id=\"\(link)\""), "#\(link) has no target") }
    XCTAssertTrue(html.contains("<del class=\"substantive\">персональных сведений, полученных</del>"))
    XCTAssertTrue(html.contains("<ins class=\"counterparty\">армянском</ins>"))
  }

  func testDocumentTextIsEscapedInTheRedline() {
    let hostile = "Статья 1\n\n      Текст <script>alert(1)</script> и \"><img src=x onerror=alert(2)> & далее.\n"
    let left = CompareCorpus.text(hostile, name: "<b>left</b>.txt")
    let right = CompareCorpus.text("Статья 1\n\n      Другой текст.\n", name: "right.txt")
    let html = HTMLRedline.render(DocumentComparator.compare(left, right))
    XCTAssertFalse(html.contains("<script>alert"))
    XCTAssertFalse(html.contains("<img"))
    XCTAssertFalse(html.contains("<b>left"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
    XCTAssertTrue(html.contains("&amp; далее"))
    // Only the page's own script element.
    XCTAssertEqual(html.components(separatedBy: "<script>").count, 2)
  }

  func testMarkdownListsSubstantiveChangesWithBothCitationsAndChangedWords() throws {
    let markdown = DiffMarkdown.render(try templateComparison())
    XCTAssertTrue(markdown.contains("### ст. 5 → ст. 11 п. 4 (moved, modified)"))
    XCTAssertTrue(markdown.contains("~~персональных сведений, полученных~~ **полученной**"))
    XCTAssertTrue(markdown.contains("| moved | 1 |"))
    XCTAssertFalse(markdown.contains("### ст. 1 → ст. 1"), "unchanged articles are not listed")
    XCTAssertEqual(DiffMarkdown.escape("a*b_c|d"), "a\\*b\\_c\\|d")
  }

  func testCSVQuotesTitlesWithCommasAndQuotes() throws {
    let text = "Статья 1. Расходы, сборы и \"пошлины\"\n\n      Текст.\n\nСтатья 2. Языки\n\n      Текст.\n"
    let document = DocumentParser.parse(SourceText(name: "x.txt", text: text), flavor: .plain)
    let csv = ArticleList.csv(ArticleList.entries(of: document))
    let lines = csv.components(separatedBy: "\r\n")
    XCTAssertEqual(lines[0], "\u{FEFF}id,act,citation,number,title,text,line")
    XCTAssertEqual(lines[1], "art_1,main,ст. 1,1,\"Расходы, сборы и \"\"пошлины\"\"\",Текст.,1")
    XCTAssertEqual(lines[2], "art_2,main,ст. 2,2,Языки,Текст.,5")
  }
}
