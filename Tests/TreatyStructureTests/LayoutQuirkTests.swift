import TreatyStructure
import TreatyText
import XCTest

/// One test per layout quirk, on small inputs written for the purpose.
final class LayoutQuirkTests: XCTestCase {
  private func parse(_ text: String, flavor: DocumentParser.Flavor = .plain) -> Document {
    let document = DocumentParser.parse(SourceText(text: text), flavor: flavor)
    XCTAssertEqual(Coverage.problems(in: document), [], "not lossless")
    return document
  }

  private func texts(_ document: Document, _ kind: NodeKind) -> [String] {
    document.acts.flatMap { $0.all(kind) }.map { document.text(of: $0) }
  }

  func testLetterSpacedWordsAreClosed() {
    let document = parse("Статья 1\n\n      п р о т и в  с о б с т в е н н о с т и ;\n      ( с у д а ) .\n")
    XCTAssertEqual(texts(document, .alinea), ["против собственности;", "(суда)."])
    XCTAssertEqual(document.diagnostics.filter { $0.code == "layout.letter-spacing" }.count, 2)
  }

  func testOrdinaryOneLetterWordsAreNotLetterSpacing() {
    let document = parse("Статья 1\n\n      Стороны в и с  ними связанные органы.\n")
    XCTAssertEqual(texts(document, .alinea), ["Стороны в и с ними связанные органы."])
  }

  func testLetterSpacingNeedsFourLettersInARun() {
    // Four one-letter tokens that are not one run, and a run of exactly four letters at the very end of a line.
    let document = parse("Статья 1\n\n      в доме и у сада а также с ней.\n\n      Это с л о в\n")
    XCTAssertEqual(texts(document, .alinea), ["в доме и у сада а также с ней.", "Это слов"])
    XCTAssertEqual(document.diagnostics.filter { $0.code == "layout.letter-spacing" }.count, 1)
  }

  func testDisplacedHyperlinkWordsAreRepaired() {
    let text = "Статья 7\n\n      Лица, указанных в  настоящего Соглашения, Стороны могут обмениваться статье 6\n"
      + "следующими данными.\n"
    let document = parse(text)
    XCTAssertEqual(texts(document, .alinea),
      ["Лица, указанных в статье 6 настоящего Соглашения, Стороны могут обмениваться следующими данными."])
    let repair = document.diagnostics.first { $0.code == "layout.displaced-text" }
    XCTAssertEqual(repair.map { document.source.location(of: $0.range.start).column }, 76)
  }

  func testLineWithTrailingSpaceIsNotTreatedAsDisplaced() {
    let document = parse("Статья 1\n\n      В случае  изменения статьи 6 \nсоглашения.\n")
    XCTAssertEqual(texts(document, .alinea), ["В случае изменения статьи 6 соглашения."])
    XCTAssertTrue(document.diagnostics.filter { $0.code == "layout.displaced-text" }.isEmpty)
  }

  func testWrappedLinesJoinAndHyphenWrapKeepsTheWord() {
    let document = parse("Статья 1\n\n      социально-\nэкономического развития Республики -\nМинистерство\n, далее.\n")
    XCTAssertEqual(texts(document, .alinea), ["социально-экономического развития Республики - Министерство, далее."])
  }

  func testPageBreakInsideASentenceContinuesTheParagraph() {
    let document = parse("Статья 1\n\n      изготовления и сбыта поддельных денежных знаков, ценных бумаг, а\n\n\n\nтакже карт.\n")
    XCTAssertEqual(texts(document, .alinea), ["изготовления и сбыта поддельных денежных знаков, ценных бумаг, а также карт."])
    XCTAssertTrue(document.trivia.contains { $0.kind == .pageBreak })
    // A short line ended where its author ended it, even without punctuation.
    let table = parse("Статья 1\n\n      от 17 декабря 2021 года\n№ 319\n\nпостановление Правительства\n")
    XCTAssertEqual(texts(table, .alinea), ["от 17 декабря 2021 года № 319", "постановление Правительства"])
  }

  func testCRLFAndCRLineEndsAreTrivia() {
    let document = parse("Статья 1\r\n\r\n      Первый абзац.\r      Второй абзац.\r\n")
    XCTAssertEqual(texts(document, .alinea), ["Первый абзац.", "Второй абзац."])
    XCTAssertEqual(document.acts[0].all(.alinea).dropFirst().first.map { document.source.location(of: $0.range.start).line }, 4)
  }

  func testInvisibleCharactersAreTriviaNotWordCharacters() {
    // NBSP between words, a soft hyphen and a zero-width space inside words.
    let document = parse("Статья 1\n\n      Стороны\u{00A0}обмениваются инфор\u{00AD}мацией и\u{200B}данными.\n")
    XCTAssertEqual(texts(document, .alinea), ["Стороны обмениваются информацией иданными."])
    XCTAssertEqual(document.trivia.filter { $0.kind == .invisible }.count, 3)
  }

  func testMarkdownMarkupIsTrivia() {
    let text = "## **Статья 1**\n\nПравительство **ПОСТАНОВЛЯЕТ:** *курсив* и \\_\\_ подчёркивание  \nвторая строка\n\n"
      + "- 1) первый;\n  - вложенный пункт;\n- 2) второй.\n"
    let document = parse(text, flavor: .markdown)
    let article = document.acts[0].all(.article)[0]
    XCTAssertEqual(article.number, "1")
    XCTAssertEqual(texts(document, .alinea),
      ["Правительство ПОСТАНОВЛЯЕТ: курсив и __ подчёркивание вторая строка"])
    XCTAssertEqual(texts(document, .point), ["первый;", "второй."])
    XCTAssertEqual(texts(document, .indent), ["вложенный пункт;"])
    XCTAssertEqual(document.acts[0].all(.indent).first?.id, "art_1__list_1__point_1__list_1__indent_1")
    XCTAssertTrue(document.trivia.contains { $0.kind == .escape })
  }

  func testArticleTitleOnTheNextLineAndOnTheSameLine() {
    let document = parse("Статья 1\nОбязательство сотрудничать\n\n      Текст.\n\nСтатья 2. Расходы\n\n      Текст два.\n")
    let articles = document.acts[0].all(.article)
    XCTAssertEqual(articles.map { document.title(of: $0) }, ["Обязательство сотрудничать", "Расходы"])
  }

  func testACitationAtALineStartIsNotAnArticleHeading() {
    let document = parse("Абзац о праве, как гласит\nСтатья 10 Закона № 1296-XII о статусе.\n")
    XCTAssertTrue(document.acts[0].all(.article).isEmpty)
    let other = parse("Текст закончен.\n\nСтатья 10 Закона № 1296-XII гласит.\n")
    XCTAssertTrue(other.acts[0].all(.article).isEmpty)
  }

  func testSemicolonEnumerationSplitsItemsOnOneLineButNotInsideBrackets() {
    let document = parse("Статья 1\n\n      Запрос содержит:\n      имя (в том числе; прежнее); дату; место.\n")
    XCTAssertEqual(texts(document, .item), ["имя (в том числе; прежнее);", "дату;", "место."])
    XCTAssertEqual(document.acts[0].all(.item).map(\.citation), ["ст. 1 абз. 2", "ст. 1 абз. 3", "ст. 1 абз. 4"])
  }

  func testNumberingGapAndDuplicateAreDiagnosedNotRenumbered() {
    let document = parse("Статья 1\n\n      А.\n\nСтатья 3\n\n      Б.\n\nСтатья 3\n\n      В.\n")
    let articles = document.acts[0].all(.article)
    XCTAssertEqual(articles.map(\.number), ["1", "3", "3"])
    XCTAssertEqual(articles.map(\.id), ["art_1", "art_3", "art_3_dup2"])
    XCTAssertEqual(document.diagnostics.map(\.code), ["structure.number-gap", "structure.number-duplicate"])
    XCTAssertEqual(document.diagnostics.first?.message, "article 3 follows article 1: 2 is missing")
  }

  func testLatinLookalikeInArticleKeywordIsReadAndReported() {
    // «Cтатья» with a Latin C.
    let document = parse("C\u{0442}атья 1\n\n      Текст.\n")
    XCTAssertEqual(document.acts[0].all(.article).map(\.number), ["1"])
    XCTAssertEqual(document.diagnostics.map(\.code), ["structure.lookalike-letters"])
  }

  func testHeadingThatContinuesPointNumberingIsAPoint() {
    let text = "## **1. Общие положения**\n\n1. Первый.\n\n### **2. Второй:**\n\n1) подпункт.\n\n## **2. Глава**\n\n3. Третий.\n"
    let document = parse(text, flavor: .markdown)
    XCTAssertEqual(document.acts[0].all(.chapter).map(\.number), ["1", "2"])
    XCTAssertEqual(document.acts[0].all(.paragraph).map(\.id), ["chp_1__para_1", "chp_1__para_2", "chp_2__para_3"])
    XCTAssertTrue(document.diagnostics.contains { $0.code == "structure.heading-as-point" })
  }

  func testEmptyAndWhitespaceOnlyInputsParseToNothingLosslessly() {
    XCTAssertTrue(parse("").acts.isEmpty)
    let blank = parse("   \n\t\n\n")
    XCTAssertTrue(blank.acts.isEmpty)
  }

  func testAttachedActGetsPrefixedIds() {
    let text = "О подписании\n\n      1. Одобрить.\n\nОдобрен\nпостановлением Правительства\nот 1 января 2020 года № 1\n\n"
      + "СОГЛАШЕНИЕ\n\n      Стороны, именуемые Сторонами,\n      согласились о нижеследующем:\n\nСтатья 1\n\n      Текст.\n"
    let document = parse(text)
    XCTAssertEqual(document.acts.map(\.id), ["main", "att_1"])
    XCTAssertEqual(document.acts[1].all(.article).map(\.id), ["att_1__art_1"])
    XCTAssertEqual(document.heading(of: document.acts[1]), "СОГЛАШЕНИЕ")
    XCTAssertEqual(document.acts[1].children.map(\.kind), [.title, .preamble, .article])
  }
}
