import TreatyModel
import TreatyStructure
import TreatyText
import XCTest

/// Focused cases for each extractor, on small texts written for the purpose.
final class ModelQuirkTests: XCTestCase {
  private func model(_ text: String) -> (StructuralModel, Document) {
    let document = DocumentParser.parse(SourceText(text: text), flavor: .plain)
    return (ModelExtractor.extract(document), document)
  }

  func testUnresolvableReferenceIsADiagnosticNotAGuess() {
    let (model, _) = model("Статья 1\n\n      Как указано в статье 9 настоящего Соглашения, стороны сотрудничают.\n")
    XCTAssertEqual(model.references.map(\.target), [nil])
    XCTAssertEqual(model.diagnostics.map(\.code), ["model.unresolved-reference"])
  }

  func testReferencesToOtherActsAreNotCrossReferences() {
    let (model, _) = model("Статья 1\n\n      В соответствии с пунктом 15 Положения о Министерстве стороны сотрудничают.\n")
    XCTAssertTrue(model.references.isEmpty)
  }

  func testNumeralsInDigitsAndWordsAreReconciled() {
    let (model, _) = model("Статья 1\n\n      Срок не должен превышать 30 (тринадцать) дней. Ответ дается в течение десяти рабочих дней.\n")
    XCTAssertEqual(model.durations.map(\.value), [30, 10])
    XCTAssertEqual(model.durations.map(\.wordsAgree), [false, nil])
    XCTAssertEqual(model.durations.map(\.qualifier), [nil, "working"])
    XCTAssertEqual(model.diagnostics.map(\.code), ["model.numeral-mismatch"])
  }

  func testYearsOfDatesAreNotDurations() {
    let (model, _) = model("Статья 1\n\n      Совершено 26 ноября 2019 года; действует 5 лет.\n")
    XCTAssertEqual(model.durations.map(\.text), ["5 лет"])
  }

  func testBodiesSplitBetweenNamesButNotInsideOne() {
    let text = "Статья 2\n\n      Компетентными органами Сторон являются:\n"
      + "      от Республики Казахстан - Министерство труда и социальной защиты населения Республики Казахстан, "
      + "Комитет миграционной службы и Пограничная служба;\n"
      + "      от Кыргызской Республики - Министерство внутренних дел Кыргызской Республики.\n"
    let (model, _) = model(text)
    XCTAssertEqual(model.competentBodies.map(\.name), [
      "Министерство труда и социальной защиты населения Республики Казахстан", "Комитет миграционной службы",
      "Пограничная служба", "Министерство внутренних дел Кыргызской Республики",
    ])
    XCTAssertEqual(model.competentBodies.map(\.party), [
      "Республика Казахстан", "Республика Казахстан", "Республика Казахстан", "Кыргызская Республика",
    ])
  }

  func testPersonalDataKeysMatchAcrossWordings() {
    XCTAssertEqual(DataKeyProbe.key("фамилия, имя, отчество (в русском и латинском написании);"), "full-name")
    XCTAssertEqual(DataKeyProbe.key("фамилия, имя;"), "full-name")
    XCTAssertEqual(DataKeyProbe.key("Дата рождения."), "date-of-birth")
    XCTAssertEqual(DataKeyProbe.key("пол"), "sex")
    XCTAssertNotEqual(DataKeyProbe.key("сведения о полученных документах"), "sex")
  }

  func testDefinedTermsAndTheirUses() {
    let text = "Статья 1\n\n      Стороны назначают органы (далее – компетентные органы).\n\n"
      + "Статья 2\n\n      Компетентные органы обмениваются сведениями.\n\n"
      + "Статья 3\n\n      Расходы несут стороны.\n"
    let (model, _) = model(text)
    XCTAssertEqual(model.terms.map(\.term), ["компетентные органы"])
    XCTAssertEqual(model.terms.first?.uses, ["art_2__al_1"])
  }

  func testClauseRuleTableExplainsItself() {
    let (model, _) = model("Статья 5\nРасходы\n\n      Стороны самостоятельно несут расходы.\n")
    XCTAssertEqual(model.clauseTypes.first?.type, .costs)
    XCTAssertEqual(model.clauseTypes.first?.rule, "title: «расход»")
  }
}

/// The personal-data key through the public model: one list entry in a personal-data article.
enum DataKeyProbe {
  static func key(_ entry: String) -> String? {
    let text = "Статья 1\n\n      Стороны могут обмениваться следующими персональными данными:\n      \(entry)\n"
    let document = DocumentParser.parse(SourceText(text: text), flavor: .plain)
    return ModelExtractor.extract(document).dataCategories.first?.key
  }
}
