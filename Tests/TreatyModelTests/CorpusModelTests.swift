import Foundation
import TreatyModel
import TreatyRender
import TreatyStructure
import TreatyText
import XCTest

/// Exact values from the corpus for every part of the structural model.
final class CorpusModelTests: XCTestCase {
  private func model(_ name: String) throws -> (StructuralModel, Document) {
    let document = try ModelCorpus.document(name)
    return (ModelExtractor.extract(document), document)
  }

  private func clauseTypes(_ model: StructuralModel) -> [String] {
    model.clauseTypes.filter { $0.citation.hasPrefix("ст. ") && !$0.citation.contains(" п. ") }.map(\.type.rawValue)
  }

  /// Template search reads only the acts' facts; they must be the whole model's.
  func testActsAloneAreTheModelsActs() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ModelCorpus.directory.path)
      .filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".rtf")) && $0 != "README.md" }
    XCTAssertEqual(names.count, 16)
    for name in names {
      let document = try ModelCorpus.document(name)
      XCTAssertEqual(ModelExtractor.acts(document), ModelExtractor.extract(document).acts, name)
    }
  }

  func testKazakhstanKyrgyzstanModel() throws {
    let (model, _) = try model("kz-kg-migration-2019.txt")
    XCTAssertEqual(model.acts.map(\.kind), [.resolution, .agreement])
    let resolution = model.acts[0]
    XCTAssertEqual(resolution.number, "878")
    XCTAssertEqual(resolution.date, "2019-11-26")
    XCTAssertEqual(resolution.issuer, "Правительство Республики Казахстан")
    XCTAssertEqual(resolution.signatories.map(\.text), [
      "Министр внутренних дел Республики Казахстан Тургумбаев Ерлан Заманбекович",
      "Премьер-Министр Республики Казахстан А. Мамин",
    ])
    XCTAssertEqual(resolution.signatories.map(\.role), [.authorized, .signed])
    let agreement = model.acts[1]
    XCTAssertEqual(agreement.approvedBy?.act, "main")
    XCTAssertEqual(agreement.approvedBy?.number, "878")
    XCTAssertEqual(agreement.statusNotes.map(\.kind), [.draft])
    XCTAssertEqual(agreement.title,
      "СОГЛАШЕНИЕ между Правительством Республики Казахстан и Правительством Кыргызской Республики о сотрудничестве в области миграции")
    XCTAssertEqual(agreement.signatories.compactMap(\.onBehalfOf),
      ["Правительство Республики Казахстан", "Правительство Кыргызской Республики"])

    XCTAssertEqual(model.parties.map(\.name), ["Правительство Республики Казахстан", "Правительство Кыргызской Республики"])
    XCTAssertEqual(model.parties.map(\.collectiveName), ["Стороны", "Стороны"])
    XCTAssertEqual(model.competentBodies.filter { $0.party == "Правительство Республики Казахстан" }.map(\.name), [
      "Министерство внутренних дел Республики Казахстан",
      "Министерство труда и социальной защиты населения Республики Казахстан",
    ])
    XCTAssertEqual(model.competentBodies.filter { $0.party == "Правительство Кыргызской Республики" }.map(\.name), [
      "Государственная служба миграции при Правительстве Кыргызской Республики",
      "Государственная регистрационная служба при Правительстве Кыргызской Республики",
      "Министерство внутренних дел Кыргызской Республики",
    ])
    XCTAssertTrue(model.competentBodies.allSatisfy { $0.role == .competent && $0.source.hasPrefix("att_1__art_2__list_1__item_") })

    let personal = model.dataCategories.filter { $0.kind == .personalData }
    XCTAssertEqual(personal.map(\.key), [
      "full-name", "sex", "date-of-birth", "place-of-birth", "citizenship",
      "сер номер дат выдач орга выда документ выезд границ ил документ удостоверя личност проживан территор государств сторон",
      "liability", "registration", "residence-permit", "entry-exit-restriction", "photograph", "fingerprints",
    ])
    XCTAssertEqual(personal.map(\.source).first, "att_1__art_7__list_1__item_1")
    let information = model.dataCategories.filter { $0.kind == .information }
    XCTAssertEqual(information.map(\.source), (1...6).map { "att_1__art_4__list_1__item_\($0)" }
      + (1...4).map { "att_1__art_6__para_1__list_1__point_\($0)" })
    XCTAssertEqual(information[6].text, "сведения об учете (регистрации) по месту пребывания (жительства) граждан государств Сторон;")

    XCTAssertEqual(model.terms.map(\.term), ["Стороны", "компетентные органы", "запрос"])
    XCTAssertEqual(model.terms.map(\.source), ["att_1__preamble", "att_1__art_2__al_1", "att_1__art_9__al_1"])
    XCTAssertEqual(model.terms[1].definition, "(далее именуемые - компетентные органы)")
    XCTAssertEqual(model.terms[1].uses, ["att_1__art_2__al_2", "att_1__art_8__list_1__point_1", "att_1__art_10__para_3"])

    // The reference the PDF export broke (article 7 → article 6) resolves after the parser's repair.
    XCTAssertEqual(model.references.map { [$0.text, $0.source, $0.target ?? "-"] }, [
      ["статье 6 настоящего Соглашения", "att_1__art_7__al_1", "att_1__art_6"],
      ["пункте 3 настоящей статьи", "att_1__art_10__para_4", "att_1__art_10__para_3"],
    ])
    XCTAssertEqual(model.durations.map { "\($0.value) \($0.unit.rawValue) \($0.source) \($0.governs)" }, [
      "30 day att_1__art_11__para_3 execution of a request",
      "6 month att_1__art_18__al_2 termination after notice",
    ])
    XCTAssertEqual(model.durations.first?.qualifier, "calendar")
    XCTAssertEqual(model.durations.first?.wordsAgree, true)
    XCTAssertEqual(clauseTypes(model), [
      "scope", "competentAuthorities", "directionsOfCooperation", "informationExchange", "dataProtection",
      "informationExchange", "personalData", "formsOfCooperation", "requests", "requests", "requests", "confidentiality",
      "disputeSettlement", "costs", "relationToOtherTreaties", "language", "amendments", "entryIntoForceAndTermination",
    ])
    XCTAssertEqual(model.clauseTypes.first { $0.node == "att_1__art_11__para_4" }?.type, .refusal)
    XCTAssertEqual(model.languages, ["казахский", "кыргызский", "русский"])
    XCTAssertEqual(model.entryIntoForce?.source, "att_1__art_18__al_1")
  }

  func testKazakhstanArmeniaModel() throws {
    let (model, _) = try model("kz-am-migration-2019.md")
    XCTAssertEqual(model.acts[0].number, "954")
    XCTAssertEqual(model.acts[0].date, "2019-12-20")
    XCTAssertEqual(model.acts[0].statusNotes.map(\.kind), [.amended])
    XCTAssertEqual(model.acts[0].signatories.first?.text,
      "Заместитель Премьер-Министра – Министр иностранных дел Республики Казахстан Нуртлеу Мурат Абугалиевич")
    XCTAssertEqual(model.parties.map(\.name), ["Правительство Республики Казахстан", "Правительство Республики Армения"])
    XCTAssertEqual(model.competentBodies.map { "\($0.party): \($0.name)" }, [
      "Правительство Республики Казахстан: Министерство внутренних дел Республики Казахстан",
      "Правительство Республики Казахстан: Министерство труда и социальной защиты населения Республики Казахстан",
      "Правительство Республики Армения: Полиция Республики Армения",
      "Правительство Республики Армения: Миграционная служба Министерства территориального управления и развития Республики Армения",
    ])
    let personal = model.dataCategories.filter { $0.kind == .personalData }
    XCTAssertEqual(personal.count, 13)
    XCTAssertEqual(personal.map(\.key)[6...7], ["administrative-liability", "criminal-liability"])
    XCTAssertEqual(model.dataCategories.filter { $0.kind == .information }.count, 10)
    XCTAssertEqual(model.references.map { "\($0.text) → \($0.target ?? "-")" }, [
      "статье 5 настоящего Соглашения → att_1__art_5", "пункте 3 настоящей статьи → att_1__art_9__para_3",
      "статьей 17 настоящего Соглашения → att_1__art_17",
    ])
    XCTAssertEqual(model.durations.map { "\($0.text) = \($0.value) \($0.unit.rawValue): \($0.governs)" }, [
      "45 (сорок пять) дней = 45 day: exchange of lists of persons authorised to sign requests",
      "30 (тридцать) календарных дней = 30 day: execution of a request",
      "6 (шести) месяцев = 6 month: termination after notice",
    ])
    XCTAssertEqual(model.citedActs.last.map { "\($0.kind.rawValue) \($0.number ?? "") \($0.date ?? "")" }, "resolution 281 2024-04-13")
    XCTAssertEqual(clauseTypes(model), [
      "scope", "competentAuthorities", "directionsOfCooperation", "informationExchange", "informationExchange",
      "personalData", "formsOfCooperation", "requests", "requests", "requests", "confidentiality", "disputeSettlement",
      "costs", "relationToOtherTreaties", "language", "amendments", "entryIntoForceAndTermination",
    ])
    // The data-protection clause that KZ–KG keeps as article 5 is point 4 of article 11 here.
    XCTAssertEqual(model.clauseTypes.first { $0.node == "att_1__art_11__para_4" }?.type, .dataProtection)
  }

  func testKazakhstanRussia2008Model() throws {
    let (model, _) = try model("kz-ru-mvd-cooperation-2008.txt")
    let act = try XCTUnwrap(model.acts.first)
    XCTAssertEqual(act.kind, .agreement)
    XCTAssertEqual(act.date, "2008-10-23")
    XCTAssertEqual(act.place, "Сочи")
    XCTAssertEqual(act.statusNotes.map(\.kind), [.inForce])
    XCTAssertEqual(act.statusNotes.first?.date, "2008-10-23")
    XCTAssertEqual(model.parties.map(\.name), [
      "Министерство внутренних дел Республики Казахстан", "Министерство внутренних Дел Российской Федерации",
    ])
    XCTAssertEqual(model.parties.map(\.sideNames), [["Казахстанская Сторона"], ["Российская Сторона"]])
    XCTAssertEqual(model.competentBodies.map { "\($0.role.rawValue): \($0.name)" }, [
      "coordinating: Штаб Министерства внутренних дел Республики Казахстан",
      "coordinating: Административный департамент Министерства внутренних дел Российской Федерации",
    ])
    XCTAssertEqual(model.competentBodies.map(\.party), model.parties.map(\.name))
    XCTAssertEqual(model.languages, ["казахский", "русский"])
    XCTAssertEqual(model.references.map { "\($0.text) → \($0.target ?? "-")" }, [
      "статьи 2 настоящего Соглашения → art_2", "статье 1 настоящего Соглашения → art_1",
      "пунктов 1 и 2 настоящей статьи → art_6__para_1", "пунктов 1 и 2 настоящей статьи → art_6__para_2",
    ])
    XCTAssertEqual(model.durations.map { "\($0.text) = \($0.value) \($0.unit.rawValue): \($0.governs)" }, [
      "3 суток = 3 day: written confirmation of an oral request", "шести месяцев = 6 month: termination after notice",
    ])
    XCTAssertEqual(model.citedActs.map { "\($0.kind.rawValue) \($0.date ?? "")" }, ["agreement 1993-01-09", "protocol 1998-12-21"])
    XCTAssertEqual(clauseTypes(model), [
      "scope", "directionsOfCooperation", "formsOfCooperation", "directionsOfCooperation", "requests", "refusal",
      "requests", "useRestrictions", "costs", "language", "coordination", "consultations", "disputeSettlement",
      "relationToOtherTreaties", "entryIntoForceAndTermination",
    ])
  }

  func testOrder195Model() throws {
    let (model, _) = try model("kz-mvd-order-195-2025.md")
    XCTAssertEqual(model.acts.map(\.kind), [.order, .rules])
    XCTAssertEqual(model.acts[0].number, "195")
    XCTAssertEqual(model.acts[0].date, "2025-03-14")
    XCTAssertEqual(model.acts[0].issuer, "Министр внутренних дел Республики Казахстан")
    XCTAssertEqual(model.acts[1].approvedBy?.act, "main")
    XCTAssertEqual(model.acts[0].signatories.first?.name, "Е. Саденов")
    XCTAssertTrue(model.parties.isEmpty)
    XCTAssertEqual(model.terms.map(\.term), ["Правила", "ОВД", "ДКП", "ИС МП", "АИС \"БИЛ\""])
    XCTAssertEqual(model.references.map { "\($0.text) → \($0.target ?? "-")" },
      ["подпунктом 1) настоящего пункта → para_2__list_1__point_1"])
    XCTAssertEqual(model.durations.map(\.text), ["пяти рабочих дней"])
    XCTAssertEqual(model.durations.first?.qualifier, "working")
    let cited = model.citedActs.map { [$0.kind.rawValue, $0.title ?? "", $0.number ?? "", $0.date ?? "", $0.articles.joined(separator: ",")] }
    XCTAssertEqual(cited, [
      ["regulation", "о Министерстве внутренних дел Республики Казахстан", "", "", ""],
      ["resolution", "", "607", "2005-06-22", ""],
      ["constitution", "Конституция Республики Казахстан", "", "", ""],
      ["law", "Об оперативно-розыскной деятельности", "", "", ""],
      ["law", "Об органах внутренних дел Республики Казахстан", "", "", ""],
      ["law", "О миграции населения", "", "", ""],
      ["law", "О правовом положении иностранцев", "", "", ""],
      ["law", "О гражданстве Республики Казахстан", "", "", ""],
      ["resolution", "Об утверждении Правил въезда и пребывания иммигрантов в Республике Казахстан, а также их выезда из "
        + "Республики Казахстан и Правил осуществления миграционного контроля, а также учета иностранцев и лиц без "
        + "гражданства, незаконно пересекающих Государственную границу Республики Казахстан, незаконно пребывающих на "
        + "территории Республики Казахстан, а также лиц, которым запрещен въезд на территорию Республики Казахстан",
        "", "2012-01-21", ""],
      ["constitution", "Конституция Республики Казахстан", "", "", ""],
      ["code", "Уголовный кодекс Республики Казахстан", "", "", "394,395"],
      ["code", "Кодекс об административных правонарушениях Республики Казахстан", "", "", "519"],
    ])
    XCTAssertEqual(model.dataCategories.count, 12)
    XCTAssertTrue(model.dataCategories.allSatisfy { $0.kind == .information })
  }

  func testReportModelHasTheFortyActsOfItsTable() throws {
    let (model, document) = try model("iom-mgi-kyrgyzstan-2022.txt")
    XCTAssertEqual(model.acts.first?.kind, .report)
    XCTAssertNil(model.acts.first?.title)
    let rows = model.citedActs.filter { $0.source.contains("__row_") }
    XCTAssertEqual(rows.count, 40)
    XCTAssertEqual(rows.map(\.kind.rawValue).prefix(4), ["constitution", "law", "law", "law"])
    XCTAssertEqual(rows[0].title, "Конституция Кыргызской Республики")
    XCTAssertEqual(rows[0].date, "2021-04-11")
    XCTAssertEqual(rows[2].title, "О внешней миграции")
    XCTAssertEqual(rows[2].number, "61")
    XCTAssertEqual(rows[2].date, "2000-07-17")
    XCTAssertEqual(rows[38].number, "191-р")
    XCTAssertEqual(rows[38].kind, .disposition)
    XCTAssertNil(rows[39].date)
    // Section II of the table: the international treaties the country ratified or acceded to.
    let table = try XCTUnwrap(document.acts[0].all(.table).first)
    let start = try XCTUnwrap(table.children.firstIndex { document.text(of: $0) == "II. Международные договора" })
    let end = try XCTUnwrap(table.children.firstIndex { document.text(of: $0).hasPrefix("III.") })
    let treatyRows = Set(table.children[start..<end].filter { $0.kind == .row }.map(\.id))
    let treaties = rows.filter { treatyRows.contains($0.source) }
    XCTAssertEqual(treaties.map { $0.number ?? "" }, ["74", "186", "180", "80", "207", "305", "77", "81", "50", "203", "30", "93", ""])
    XCTAssertTrue(treaties.allSatisfy { $0.kind == .law })
    // Acts cited in the running text too, with their numbers.
    XCTAssertTrue(model.citedActs.contains { $0.kind == .law && $0.title == "О внешней трудовой миграции" && $0.number == "4" })
  }

  /// `corpus/expected/<file>.model.json`; `RECORD_SNAPSHOTS=1 swift test` rewrites them.
  func testGoldenModelsMatch() throws {
    for name in ["kz-kg-migration-2019.txt", "kz-am-migration-2019.md", "kz-ru-mvd-cooperation-2008.txt",
      "kz-mvd-order-195-2025.md", "iom-mgi-kyrgyzstan-2022.txt"]
    {
      let (model, document) = try model(name)
      let rendered = ModelJSON.render(model, document: document)
      let golden = ModelCorpus.directory.appendingPathComponent("expected/\(name).model.json")
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try rendered.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      let expected = try? String(contentsOf: golden, encoding: .utf8)
      XCTAssertNotNil(expected, "missing golden \(golden.path); run RECORD_SNAPSHOTS=1 swift test and review it")
      if let expected, expected != rendered {
        let old = expected.split(separator: "\n")
        let new = rendered.split(separator: "\n")
        let first = Array(zip(old, new)).firstIndex { $0 != $1 } ?? min(old.count, new.count)
        XCTFail("\(name): the model differs from corpus/expected/\(name).model.json at line \(first + 1):\n"
          + "- \(first < old.count ? old[first] : "")\n+ \(first < new.count ? new[first] : "")")
      }
    }
  }
}
