import TreatyText
import XCTest

/// Organisation, post and party names into the nominative, as the model needs them.
final class NounPhraseTests: XCTestCase {
  func testOrganisationNamesTakeTheNominative() {
    let cases: [(String, String)] = [
      ("Правительством Кыргызской Республики", "Правительство Кыргызской Республики"),
      ("Правительства Республики Казахстан", "Правительство Республики Казахстан"),
      ("Министерству внутренних дел Республики Казахстан", "Министерство внутренних дел Республики Казахстан"),
      ("Государственной службой миграции при Правительстве", "Государственная служба миграции при Правительстве"),
      ("Административным департаментом Министерства внутренних дел", "Административный департамент Министерства внутренних дел"),
      ("Полицией Республики Армения", "Полиция Республики Армения"),
      ("Генеральной прокуратуры", "Генеральная прокуратура"),
      ("Республику Казахстан", "Республика Казахстан"),
      ("Казахстанской Стороны", "Казахстанская Сторона"),
      ("Российской Стороны", "Российская Сторона"),
      ("Сторонами", "Стороны"),
      ("Правительство Республики Казахстан", "Правительство Республики Казахстан"),
      ("Штаб Министерства внутренних дел Республики Казахстан", "Штаб Министерства внутренних дел Республики Казахстан"),
    ]
    for (input, expected) in cases { XCTAssertEqual(NounPhrase.nominative(input), expected, input) }
  }

  func testPostsJoinedByADashAreEachPutInTheNominative() {
    XCTAssertEqual(NounPhrase.nominative("Заместителю Премьер-Министра – Министру иностранных дел Республики Казахстан"),
      "Заместитель Премьер-Министра – Министр иностранных дел Республики Казахстан")
    XCTAssertEqual(NounPhrase.nominative("Министра внутренних дел Республики Казахстан"),
      "Министр внутренних дел Республики Казахстан")
  }

  func testUnknownPhrasesAreLeftAsWritten() {
    XCTAssertEqual(NounPhrase.nominative("в установленном порядке"), "в установленном порядке")
    XCTAssertEqual(NounPhrase.nominative(""), "")
  }

  func testPersonNamesTakeTheNominative() {
    XCTAssertEqual(PersonName.nominative("Тургумбаева Ерлана Заманбековича"), "Тургумбаев Ерлан Заманбекович")
    XCTAssertEqual(PersonName.nominative("Нуртлеу Мурату Абугалиевичу"), "Нуртлеу Мурат Абугалиевич")
    XCTAssertEqual(PersonName.nominative("Ивановой Марии Петровны"), "Иванова Мария Петровна")
    XCTAssertEqual(PersonName.nominative("Сейткалиевой Айгуль Маратовне"), "Сейткалиева Айгуль Маратовна")
    XCTAssertTrue(PersonName.isPatronymic("Заманбековича"))
    XCTAssertFalse(PersonName.isPatronymic("Казахстан"))
  }
}
