import Foundation
import TreatyCLI
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `treaty parse --format akn`: well-formed Akoma Ntoso 3.0 with the corpus's real values in it, read back with
/// Foundation's XMLParser as another tool would read it.
final class AknTests: XCTestCase {
  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  private static let namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
  private static let corpus = [
    "corpus/kz-kg-migration-2019.txt", "corpus/kz-am-migration-2019.md", "corpus/kz-ru-mvd-cooperation-2008.txt",
    "corpus/kz-mvd-order-195-2025.md", "corpus/iom-mgi-kyrgyzstan-2022.txt",
  ]

  private func akn(_ path: String) throws -> (xml: String, root: ParsedElement) {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(Self.root.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    let out = StringSink()
    let err = StringSink()
    let code = CLI.run(arguments: ["parse", path, "--format", "akn", "--diagnostics", "none"], stdout: out, stderr: err)
    XCTAssertEqual(code, 0, err.text)
    return (out.text, try ParsedElement.parse(out.text))
  }

  func testEveryCorpusDocumentIsWellFormedAknWithUniqueEIds() throws {
    for path in Self.corpus {
      let (xml, root) = try akn(path)
      XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), path)
      XCTAssertEqual(root.name, "akomaNtoso", path)
      XCTAssertEqual(root.namespace, Self.namespace, path)
      XCTAssertTrue(["act", "doc"].contains(root.children.first?.name), path)
      let eIds = root.all { $0.attributes["eId"] != nil }.compactMap { $0.attributes["eId"] }
      XCTAssertGreaterThan(eIds.count, 50, path)
      XCTAssertEqual(Set(eIds).count, eIds.count, "\(path): duplicate eIds")
      XCTAssertFalse(eIds.contains { $0.contains(" ") }, path)
      let identification = try XCTUnwrap(root.first { $0.name == "identification" }, path)
      XCTAssertEqual(identification.attributes["source"], "#treaty", path)
      XCTAssertEqual(identification.children.map(\.name), ["FRBRWork", "FRBRExpression", "FRBRManifestation"], path)
      XCTAssertNotNil(root.first { $0.name == "TLCOrganization" && $0.attributes["eId"] == "treaty" }, path)
    }
  }

  func testKZKGArticleSevenListsTwelvePersonalDataPoints() throws {
    let root = try akn("corpus/kz-kg-migration-2019.txt").root
    let article = try XCTUnwrap(root.first { $0.attributes["eId"] == "att_1__art_7" })
    XCTAssertEqual(article.name, "article")
    XCTAssertEqual(article.child("num")?.text, "Статья 7")
    let list = try XCTUnwrap(article.child("list"))
    XCTAssertEqual(list.children.filter { $0.name == "point" }.count, 12)
    XCTAssertEqual(list.children[1].attributes["eId"], "att_1__art_7__list_1__item_2")
    XCTAssertEqual(list.children[1].first { $0.name == "p" }?.text, "пол;")
    XCTAssertEqual(article.child("alinea")?.child("content")?.child("p")?.text.hasPrefix("В целях выявления"), true)
  }

  func testKZKGResolutionIdentificationAndAttachment() throws {
    let root = try akn("corpus/kz-kg-migration-2019.txt").root
    let act = try XCTUnwrap(root.child("act"))
    XCTAssertEqual(act.attributes["name"], "resolution")
    let work = try XCTUnwrap(act.child("meta")?.child("identification")?.child("FRBRWork"))
    XCTAssertEqual(work.child("FRBRdate")?.attributes["date"], "2019-11-26")
    XCTAssertEqual(work.child("FRBRnumber")?.attributes["value"], "878")
    XCTAssertEqual(work.child("FRBRcountry")?.attributes["value"], "kz")
    XCTAssertEqual(work.child("FRBRuri")?.attributes["value"], "/akn/kz/act/resolution/2019-11-26/878")
    let expression = try XCTUnwrap(act.child("meta")?.child("identification")?.child("FRBRExpression"))
    XCTAssertEqual(expression.child("FRBRlanguage")?.attributes["language"], "rus")
    XCTAssertEqual(act.first { $0.name == "docNumber" }?.text, "№ 878")
    XCTAssertEqual(act.first { $0.name == "docDate" }?.attributes["date"], "2019-11-26")
    XCTAssertEqual(act.child("body")?.children.map(\.name), ["paragraph", "paragraph", "paragraph"])
    XCTAssertEqual(act.child("conclusions")?.first { $0.name == "signature" }?.text,
      "Премьер-Министр Республики Казахстан А. Мамин")
    let attachment = try XCTUnwrap(act.child("attachments")?.child("attachment"))
    XCTAssertEqual(attachment.attributes["eId"], "att_1")
    let agreement = try XCTUnwrap(attachment.child("act"))
    XCTAssertEqual(agreement.attributes["name"], "agreement")
    XCTAssertEqual(agreement.first { $0.name == "docStatus" }?.text, "Проект")
    XCTAssertEqual(agreement.child("body")?.children.filter { $0.name == "article" }.count, 18)
    XCTAssertEqual(agreement.child("conclusions")?.children.map { $0.attributes["name"] },
      ["finalFormula", "signature", "signature"])
    let date = agreement.child("meta")?.child("identification")?.child("FRBRWork")?.child("FRBRdate")
    XCTAssertEqual(date?.attributes["date"], "0001-01-01")
    XCTAssertEqual(date?.attributes["name"], "unknown")
  }

  func testAgreementOf2008HasArticleHeadings() throws {
    let root = try akn("corpus/kz-ru-mvd-cooperation-2008.txt").root
    let article = try XCTUnwrap(root.first { $0.attributes["eId"] == "art_1" })
    XCTAssertEqual(article.child("num")?.text, "Статья 1")
    XCTAssertEqual(article.child("heading")?.text, "Обязательство сотрудничать")
    XCTAssertEqual(root.child("act")?.attributes["name"], "agreement")
    XCTAssertEqual(root.first { $0.name == "FRBRdate" }?.attributes["date"], "2008-10-23")
    XCTAssertNil(root.first { $0.name == "FRBRnumber" })
  }

  func testOrderAttachesRulesWithChapters() throws {
    let root = try akn("corpus/kz-mvd-order-195-2025.md").root
    XCTAssertEqual(root.child("act")?.attributes["name"], "order")
    let rules = try XCTUnwrap(root.child("act")?.child("attachments")?.child("attachment")?.child("act"))
    XCTAssertEqual(rules.attributes["name"], "rules")
    XCTAssertEqual(rules.child("body")?.children.filter { $0.name == "chapter" }.count, 8)
    XCTAssertFalse(rules.all { $0.name == "indent" }.isEmpty)
  }

  func testReportIsADocWithAMainBody() throws {
    let root = try akn("corpus/iom-mgi-kyrgyzstan-2022.txt").root
    let doc = try XCTUnwrap(root.child("doc"))
    XCTAssertEqual(doc.attributes["name"], "report")
    XCTAssertNotNil(doc.child("mainBody"))
    XCTAssertNil(doc.child("body"))
    XCTAssertEqual(doc.first { $0.name == "FRBRdate" }?.attributes["name"], "unknown")
    let footnote = try XCTUnwrap(doc.first { $0.attributes["eId"] == "fn_1" })
    XCTAssertEqual(footnote.first { $0.name == "authorialNote" }?.attributes["marker"], "1")
    XCTAssertFalse(doc.all { $0.name == "tr" }.isEmpty)
  }

  func testMarkupInTheTextIsEscaped() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".txt")
    try Data("Статья 1\n\n      Текст <script>alert(1)</script> & \"кавычки\".\n".utf8).write(to: url)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    let (xml, root) = try akn(url.path)
    XCTAssertFalse(xml.contains("<script>"))
    XCTAssertTrue(xml.contains("Текст &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"кавычки\"."), xml)
    let article = try XCTUnwrap(root.first { $0.name == "article" })
    XCTAssertEqual(article.first { $0.name == "p" }?.text, "Текст <script>alert(1)</script> & \"кавычки\".")
  }

  func testOutputIsDeterministicAndDocumented() throws {
    XCTAssertEqual(try akn("corpus/kz-am-migration-2019.md").xml, try akn("corpus/kz-am-migration-2019.md").xml)
    let help = StringSink()
    XCTAssertEqual(CLI.run(arguments: ["help", "parse"], stdout: help, stderr: StringSink()), 0)
    XCTAssertTrue(help.text.contains("akn"))
  }
}

/// A parsed element, enough of a DOM to query the export in tests.
private struct ParsedElement {
  var name: String
  var namespace: String?
  var attributes: [String: String]
  var children: [ParsedElement] = []
  /// The text of the element and its descendants, in document order.
  var text = ""

  func child(_ name: String) -> ParsedElement? { children.first { $0.name == name } }

  /// Self and descendants, depth-first, that match.
  func all(_ predicate: (ParsedElement) -> Bool) -> [ParsedElement] {
    (predicate(self) ? [self] : []) + children.flatMap { $0.all(predicate) }
  }

  func first(_ predicate: (ParsedElement) -> Bool) -> ParsedElement? {
    if predicate(self) { return self }
    for child in children { if let hit = child.first(predicate) { return hit } }
    return nil
  }

  static func parse(_ xml: String) throws -> ParsedElement {
    let parser = XMLParser(data: Data(xml.utf8))
    parser.shouldProcessNamespaces = true
    let builder = ParsedTreeBuilder()
    parser.delegate = builder
    let parsed = parser.parse()
    if let error = parser.parserError ?? builder.error { throw error }
    XCTAssertTrue(parsed)
    return try XCTUnwrap(builder.root)
  }
}

private final class ParsedTreeBuilder: NSObject, XMLParserDelegate {
  var stack: [ParsedElement] = []
  var root: ParsedElement?
  var error: Error?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    stack.append(ParsedElement(name: elementName, namespace: namespaceURI, attributes: attributes))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    for index in stack.indices { stack[index].text += string }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    guard let element = stack.popLast() else { return }
    if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
}
