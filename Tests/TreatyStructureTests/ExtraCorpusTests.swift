import TreatyStructure
import TreatyText
import XCTest

/// The quirks of the documents brought in from ../shared/corpus-extra, each checked on the real file.
final class ExtraCorpusTests: XCTestCase {
  func testRatificationLawAndTreatyAreTwoActsAndGluedWordsAreReadApart() throws {
    let document = try Corpus.parse("kz-uz-labour-migrants-2019.md")
    XCTAssertEqual(document.acts.map(\.id), ["main", "att_1"])
    XCTAssertEqual(document.heading(of: document.acts[0])?.hasPrefix("О ратификации Соглашения"), true)
    XCTAssertEqual(document.heading(of: document.acts[1])?.hasPrefix("СОГЛАШЕНИЕ между Правительством"), true)
    XCTAssertEqual(document.acts[0].children.map(\.kind), [.title, .alinea, .signature, .note])
    XCTAssertEqual(document.text(of: document.acts[0].children[2]), "Президент Республики Казахстан\nК. ТОКАЕВ")
    XCTAssertEqual(document.diagnostics.filter { $0.code == "layout.glued-words" }.count, 2)
  }

  func testReadmissionAgreementWithProtocolAndAnnexes() throws {
    let document = try Corpus.parse("kz-kg-readmission-2016.md")
    XCTAssertEqual(document.acts.count, 7, "law, agreement, executive protocol, four annexes")
    let agreement = document.acts[1].all(.article)
    XCTAssertEqual(agreement.count, 13)
    // Titles stood in a heading of their own below «## Статья N».
    XCTAssertEqual(document.title(of: agreement[2]), "Реадмиссия граждан третьих государств и лиц без гражданства")
    XCTAssertEqual(agreement[2].all(.paragraph).first?.id, "att_1__art_3__para_1")
    XCTAssertEqual(document.acts[2].all(.article).count, 13)
    XCTAssertEqual(document.title(of: document.acts[2].all(.article)[9]), "Язык")
  }

  func testAmendingProtocolQuotesTheNewArticleAsAQuotedStructure() throws {
    let document = try Corpus.parse("kz-kg-stay-protocol-2016.md")
    let protocolArticles = document.acts[1].children.filter { $0.kind == .article }
    XCTAssertEqual(protocolArticles.map(\.number), ["1", "2", "3"])
    let quoted = try XCTUnwrap(protocolArticles[0].children.first { $0.kind == .quotedStructure })
    XCTAssertEqual(quoted.id, "att_1__art_1__qstr_1")
    let article = try XCTUnwrap(quoted.children.first)
    XCTAssertEqual(article.id, "att_1__art_1__qstr_1__art_1")
    XCTAssertEqual(article.all(.paragraph).map(\.number), ["1", "2", "3", "4"])
  }

  /// Quotations and tables are looked up by the block they start at, and a quotation's builder reads its markers
  /// through an overlay: the second copy of a file must come out shaped exactly like the first, wherever it starts.
  func testQuotationsAndTablesParseAlikeAnywhereInTheFile() throws {
    let cases: [(String, NodeKind)] = [("kz-kg-stay-protocol-2016.md", .quotedStructure), ("iom-mgi-kyrgyzstan-2022.txt", .table)]
    for (name, kind) in cases {
      let bytes = try TextLoader.load(path: Corpus.path(name)).bytes
      let single = DocumentParser.parse(try TextLoader.decode(bytes, name: name))
      let doubled = DocumentParser.parse(try TextLoader.decode(bytes + Array("\n\n".utf8) + bytes, name: name))
      func shapes(_ document: Document, _ kind: NodeKind) -> [[String]] {
        var found: [[String]] = []
        document.forEachNode { node, _ in
          guard node.kind == kind else { return }
          var shape: [String] = []
          node.forEach { inner, depth in shape.append("\(depth) \(inner.kind.rawValue) \(inner.number ?? "-")") }
          found.append(shape)
        }
        return found
      }
      let once = shapes(single, kind)
      XCTAssertFalse(once.isEmpty, "\(name) has no \(kind.rawValue)")
      XCTAssertEqual(shapes(doubled, kind), once + once, "\(name): \(kind.rawValue)")
    }
  }

  func testConsolidatedAgreementKeepsItsAmendmentNote() throws {
    let document = try Corpus.parse("kz-kg-stay-2012-consolidated.md")
    let article = try XCTUnwrap(document.node(id: "att_1__art_1"))
    let note = try XCTUnwrap(article.children.last)
    XCTAssertEqual(note.kind, .note)
    XCTAssertEqual(document.text(of: note), "Сноска. Статья 1 в редакции Закона РК от 23.06.2017 № 79-VI.")
  }

  func testRTFLawHasItsArticlesTitlesAndEditorialNotes() throws {
    let document = try Corpus.parse("kg-law-gosreg-yurlic-2009.rtf")
    XCTAssertEqual(document.source.decoded.format, .rtf)
    XCTAssertEqual(document.source.encoding, .windows1251)
    let articles = document.acts[0].all(.article)
    XCTAssertEqual(articles.count, 24)
    XCTAssertEqual(document.title(of: articles[0]), "Отношения, регулируемые настоящим Законом")
    XCTAssertEqual(document.title(of: articles[23]), "Введение настоящего Закона в действие")
    let notes = document.acts[0].all(.note).map { document.text(of: $0) }
    XCTAssertGreaterThan(notes.count, 10)
    XCTAssertTrue(notes.allSatisfy { $0.hasPrefix("(В редакции") || $0.hasPrefix("(в редакции") || $0.hasPrefix("Примечание") })
    XCTAssertEqual(document.heading(of: document.acts[0]),
      "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ О государственной регистрации юридических лиц, филиалов (представительств)")
  }

  func testOrderWithVisasInBlockquotes() throws {
    let document = try Corpus.parse("kz-mvd-order531-solvency-rules-2023.md")
    // The order, the rules it approves, and the form annexed to the rules (in a code block).
    XCTAssertEqual(document.acts.count, 3)
    XCTAssertFalse(document.text(of: document.acts[2]).contains("```"))
    let signatures = document.acts[0].children.filter { $0.kind == .signature }.map { document.text(of: $0) }
    XCTAssertEqual(signatures.filter { $0.hasPrefix("«СОГЛАСОВАНО»") }.count, 4)
    XCTAssertFalse(document.text(of: document.acts[0]).contains(">"))
  }
}
