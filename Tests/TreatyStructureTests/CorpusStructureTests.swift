import TreatyRender
import TreatyStructure
import TreatyText
import XCTest

/// Real values from the corpus: what a lawyer reading each document would count.
final class CorpusStructureTests: XCTestCase {
  private func titles(_ nodes: [Node], _ document: Document) -> [String] {
    nodes.map { document.title(of: $0) ?? "" }
  }

  func testKazakhstanKyrgyzstanResolutionAndAgreement() throws {
    let document = try Corpus.parse("kz-kg-migration-2019.txt")
    XCTAssertEqual(document.acts.count, 2)
    let resolution = document.acts[0]
    XCTAssertEqual(resolution.children.filter { $0.kind == .paragraph }.map(\.number), ["1", "2", "3"])
    XCTAssertEqual(document.text(of: resolution.children.first { $0.kind == .preamble }!),
      "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:")
    // The displaced hyperlink word is back in its place.
    XCTAssertEqual(document.text(of: document.node(id: "para_1")!),
      "Одобрить прилагаемый проект Соглашения между Правительством Республики Казахстан и Правительством "
        + "Кыргызской Республики о сотрудничестве в области миграции.")
    XCTAssertEqual(document.text(of: resolution.children.last!), "Премьер-Министр Республики Казахстан А. Мамин")
    let agreement = document.acts[1]
    XCTAssertEqual(agreement.id, "att_1")
    let articles = agreement.all(.article)
    XCTAssertEqual(articles.map(\.number), (1...18).map(String.init))
    XCTAssertEqual(articles.map(\.id).first, "att_1__art_1")
    let titleText = document.text(of: agreement.children[0])
    XCTAssertTrue(titleText.hasPrefix("Одобрен постановлением Правительства\nРеспублики Казахстан от 26 ноября 2019 года № 878\nПроект\nСОГЛАШЕНИЕ между"), titleText)
    XCTAssertEqual(agreement.children.map(\.kind).suffix(3), [.finalFormula, .signature, .signature])
    XCTAssertEqual(agreement.children.suffix(2).map { document.text(of: $0) },
      ["За Правительство Республики Казахстан", "За Правительство Кыргызской Республики"])
  }

  func testKazakhstanKyrgyzstanArticle7HoldsTwelveDataItems() throws {
    let document = try Corpus.parse("kz-kg-migration-2019.txt")
    let article = try XCTUnwrap(document.node(id: "att_1__art_7"))
    let items = article.all(.item)
    XCTAssertEqual(items.count, 12)
    XCTAssertEqual(items.map { document.text(of: $0) }.prefix(5),
      ["фамилия, имя, отчество (в русском и латинском написании);", "пол;", "дата рождения;", "место рождения;",
       "гражданство;"])
    XCTAssertEqual(items.suffix(3).map { document.text(of: $0) }, [
      "о факте неразрешения въезда на территории государств Сторон либо ограничении на выезд с территории "
        + "государств Сторон с указанием их сроков;",
      "фотографические изображения;", "дактилоскопическая карта (при наличии).",
    ])
    XCTAssertEqual(items.first?.id, "att_1__art_7__list_1__item_1")
    XCTAssertEqual(items.first?.citation, "ст. 7 абз. 2")
    // «статье 6» was cut out by the PDF export and is put back.
    XCTAssertEqual(document.text(of: article.children[0]),
      "В целях выявления, установления личности и определения правового статуса лиц, указанных в статье 6 "
        + "настоящего Соглашения, Стороны могут обмениваться следующими персональными данными:")
    let repairs = document.diagnostics.filter { $0.code == "layout.displaced-text" }
    XCTAssertEqual(repairs.map { document.source.location(of: $0.range.start).line }, [7, 143, 204])
  }

  func testKazakhstanArmeniaHasFootnoteAndSeventeenArticles() throws {
    let document = try Corpus.parse("kz-am-migration-2019.md")
    let resolution = document.acts[0]
    XCTAssertEqual(resolution.children.filter { $0.kind == .paragraph }.map(\.number), ["1", "2", "3"])
    let note = try XCTUnwrap(resolution.children.first { $0.kind == .note })
    XCTAssertEqual(document.text(of: note), "Сноска. Пункт 2 - в редакции постановления Правительства РК от 13.04.2024 № 281")
    XCTAssertEqual(note.id, "note_1")
    let articles = document.acts[1].all(.article)
    XCTAssertEqual(articles.map(\.number), (1...17).map(String.init))
    let items = try XCTUnwrap(document.node(id: "att_1__art_6")).all(.item)
    XCTAssertEqual(items.count, 13)
    XCTAssertEqual(items.map { document.text(of: $0) }[6...7],
      ["о привлечении к административной ответственности;", "о привлечении к уголовной ответственности;"])
    // Markdown markup is trivia: no asterisks or escapes reach the text.
    let formula = try XCTUnwrap(document.acts[1].children.first { $0.kind == .finalFormula })
    XCTAssertTrue(document.text(of: formula).hasPrefix("Совершено в городе _____ \" ____ \" _____ 20__ года"))
    XCTAssertFalse(document.text(of: note).contains("*"))
  }

  func testKazakhstanRussia2008HasFifteenTitledArticles() throws {
    let document = try Corpus.parse("kz-ru-mvd-cooperation-2008.txt")
    XCTAssertEqual(document.acts.count, 1)
    let articles = document.acts[0].all(.article)
    XCTAssertEqual(articles.map(\.number), (1...15).map(String.init))
    XCTAssertEqual(titles(articles, document), [
      "Обязательство сотрудничать", "Направления сотрудничества", "Формы сотрудничества",
      "Развитие сотрудничества", "Запросы об оказании содействия", "Отказ в оказании содействия",
      "Исполнение запроса", "Ограничения использования полученной информации и документов", "Расходы", "Языки",
      "Координация сотрудничества", "Рабочие встречи и консультации", "Разрешение разногласий",
      "Отношение к другим международным договорам", "Заключительные положения",
    ])
    let note = try XCTUnwrap(document.acts[0].children.first { $0.kind == .note })
    XCTAssertEqual(document.text(of: note), "Примечание РЦПИ!\nСоглашение вступило в силу 23 октября 2008 года.")
    // Letter-spaced words are closed.
    let items = try XCTUnwrap(document.node(id: "art_2__para_1")).all(.item)
    XCTAssertEqual(items.count, 13)
    XCTAssertEqual(document.text(of: items[2]), "против собственности;")
    XCTAssertEqual(document.text(of: items[12]), "связанных с незаконной миграцией.")
    // Several items on one line, split at their semicolons.
    XCTAssertEqual(try XCTUnwrap(document.node(id: "art_5__para_3")).all(.item).map { document.text(of: $0) }, [
      "наименование органа, запрашивающего содействие, и запрашиваемого органа, если он известен;",
      "изложение существа дела;", "указание цели и обоснование запроса;",
      "описание содержания запрашиваемого содействия;",
      "любую другую информацию, которая может быть полезна для надлежащего исполнения запроса.",
    ])
    XCTAssertEqual(document.acts[0].children.last.map { document.text(of: $0) }, "(Подписи)")
  }

  func testOrder195HasFourPointsAndRulesWithEightChapters() throws {
    let document = try Corpus.parse("kz-mvd-order-195-2025.md")
    XCTAssertEqual(document.acts.count, 2)
    let order = document.acts[0]
    XCTAssertEqual(order.children.filter { $0.kind == .paragraph }.map(\.number), ["1", "2", "3", "4"])
    XCTAssertEqual(try XCTUnwrap(document.node(id: "para_2")).all(.point).map(\.number), ["1", "2"])
    let rules = document.acts[1]
    let chapters = rules.all(.chapter)
    XCTAssertEqual(chapters.map(\.number), ["1", "2", "3", "4", "5", "6", "7", "13"])
    XCTAssertEqual(document.title(of: chapters[7]), "Дежурные части")
    XCTAssertEqual(rules.all(.paragraph).map(\.number), (1...14).map(String.init))
    // «12. Административная полиция:» is marked up as a heading but is point 12 of chapter 6.
    let point12 = try XCTUnwrap(document.node(id: "att_1__chp_6__para_12"))
    XCTAssertEqual(point12.citation, "гл. 6 п. 12")
    XCTAssertEqual(point12.all(.point).map(\.number), ["1", "2", "3", "4"])
    XCTAssertEqual(point12.all(.item).count, 4)
    // Point 14 sits in the misnumbered chapter, which is reported.
    XCTAssertNotNil(document.node(id: "att_1__chp_13__para_14"))
    let gap = try XCTUnwrap(document.diagnostics.first { $0.code == "structure.number-gap" })
    XCTAssertEqual(document.source.location(of: gap.range.start).line, 170)
    XCTAssertEqual(gap.message, "chapter 13 follows chapter 7: 8–12 are missing")
    // Point 6 1): thirteen dash entries, nested and flat bullets alike.
    let subPoint = try XCTUnwrap(document.node(id: "att_1__chp_2__para_6__list_1__point_1"))
    XCTAssertEqual(subPoint.all(.indent).count, 12)
    XCTAssertEqual(subPoint.citation, "гл. 2 п. 6 пп. 1)")
  }

  func testReportFootnotesStandApart() throws {
    let document = try Corpus.parse("iom-mgi-kyrgyzstan-2022.txt")
    XCTAssertEqual(document.acts.count, 1)
    XCTAssertTrue(document.acts[0].all(.article).isEmpty)
    let footnotes = document.acts[0].all(.footnote)
    // Two series: 1–27 in the body (24–27 after the annex), 1–10 in the annex.
    let body: [String] = (1...23).map { String($0) }
    let annex: [String] = (1...10).map { String($0) }
    let tail: [String] = (24...27).map { String($0) }
    let expected = body + annex + tail
    XCTAssertEqual(footnotes.map { $0.number ?? "" }, expected)
    XCTAssertEqual(document.text(of: footnotes[33]).prefix(40), "Совет МОМ, Система управления миграцией,")
    XCTAssertEqual(document.text(of: footnotes[2]), "Там же.")
    // No alinea at the left margin starts with a footnote number and a tab (indented «2021<tab>» is a table cell).
    document.forEachNode { node, _ in
      if node.kind == .alinea && document.source.location(of: node.range.start).column == 1 {
        let raw = document.source.string(node.range)
        XCTAssertNil(raw.range(of: #"^\d+\t"#, options: .regularExpression), raw)
      }
    }
    let sections = document.acts[0].all(.subsection).map(\.number)
    XCTAssertEqual(sections, ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"])
  }

  func testReportTableOfLegalActsHasFortyRows() throws {
    let document = try Corpus.parse("iom-mgi-kyrgyzstan-2022.txt")
    let tables = document.acts[0].all(.table)
    XCTAssertEqual(tables.count, 1)
    let rows = tables[0].all(.row)
    // The source lists row 32 before row 31; the order is kept and reported.
    XCTAssertEqual(rows.map { $0.number ?? "" }, (1...30).map { String($0) } + ["32", "31"] + (33...40).map { String($0) })
    XCTAssertEqual(document.title(of: rows[0]), "Конституция Кыргызской Республики")
    XCTAssertEqual(document.text(of: rows[0]), "Принята референдумом (всенародным голосованием) 11 апреля 2021 года")
    XCTAssertEqual(document.title(of: rows[2]), "Закон Кыргызской Республики «О внешней миграции»")
    XCTAssertEqual(document.text(of: rows[2]), "от 17 июля 2000 года № 61 (газета «Эркин-Тоо» от 28.07.2000г. № 61)")
    // Row 16's name was glued to row 15's cell by the export.
    XCTAssertEqual(document.text(of: rows[14]), "От 15 апреля 2003 года № 80")
    XCTAssertTrue(document.title(of: rows[15])?.hasPrefix("Закон КР «О ратификации Соглашения между Правительством") == true)
    XCTAssertEqual(document.text(of: rows[39]), "Ежегодно определяется распоряжением Правительства КР")
    let headings = tables[0].children.filter { $0.kind == .heading }.map { document.text(of: $0) }
    XCTAssertEqual(headings.last, "III. Нормативные правовые акты Правительства Кыргызской Республики")
  }

  func testEveryCorpusFileIsLossless() throws {
    for name in Corpus.files {
      let document = try Corpus.parse(name)
      XCTAssertEqual(Coverage.problems(in: document), [], name)
    }
  }

  func testIdsAreUniqueAndParsingIsDeterministic() throws {
    for name in Corpus.files {
      let first = try Corpus.parse(name)
      var ids = Set<String>()
      first.forEachNode { node, _ in XCTAssertTrue(ids.insert(node.id).inserted, "\(name): duplicate id \(node.id)") }
      XCTAssertEqual(TreeJSON.render(first), TreeJSON.render(try Corpus.parse(name)), name)
    }
  }

  /// `corpus/expected/<file>.json` holds the reviewed tree; `RECORD_SNAPSHOTS=1 swift test` rewrites it.
  func testGoldenTreesMatch() throws {
    for name in Corpus.files {
      let rendered = TreeJSON.render(try Corpus.parse(name))
      let golden = Corpus.directory.appendingPathComponent("expected/\(name).json")
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try rendered.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
        XCTFail("missing golden \(golden.path); run RECORD_SNAPSHOTS=1 swift test and review it")
        continue
      }
      if rendered != expected {
        XCTFail("\(name): the tree differs from corpus/expected/\(name).json:\n" + Snapshot.difference(expected, rendered))
      }
    }
  }
}
