import TreatyStructure
import TreatyText

/// Clause types from a transparent rule table, not a trained model: each rule is a list of alternatives, each
/// alternative a set of phrases that must all occur (lowercased, ё folded). An article's type is the first rule
/// that matches its title, else its first unit of text, else its whole text; a numbered point is typed by its
/// own text. The table is ordered from the most specific rule to the most general.
enum ClauseClassifier {
  struct Rule {
    var type: ClauseType
    var alternatives: [[String]]
  }

  static let rules: [Rule] = [
    Rule(type: .competentAuthorities, alternatives: [["компетентными органами", "являются"]]),
    Rule(type: .coordination, alternatives: [["координаци"]]),
    Rule(type: .personalData, alternatives: [["следующими персональными данными"], ["персональные данные", "обмен"]]),
    Rule(type: .dataProtection, alternatives: [["защиту информации"], ["защиты информации"], ["организационно-технические меры"]]),
    Rule(type: .informationExchange, alternatives: [
      ["обмениваются информацией"], ["обмен информацией и сведениями"], ["обмениваются сведениями"],
      ["обмен информацией", "следующ"],
    ]),
    Rule(type: .formsOfCooperation, alternatives: [["в следующих формах"], ["формы сотрудничества"]]),
    Rule(type: .directionsOfCooperation, alternatives: [
      ["направлениям"], ["направления сотрудничества"], ["взаимодействие в предупреждении"],
      ["развитие сотрудничества"], ["не препятствует сторонам"],
    ]),
    Rule(type: .scope, alternatives: [
      ["осуществляют сотрудничество в области"], ["сотрудничают в соответствии"], ["обязательство сотрудничать"],
    ]),
    Rule(type: .refusal, alternatives: [["отказ"]]),
    Rule(type: .confidentiality, alternatives: [["конфиденциальност"]]),
    Rule(type: .useRestrictions, alternatives: [["в иных целях"], ["ограничения использования"]]),
    Rule(type: .requests, alternatives: [["запрос"]]),
    Rule(type: .costs, alternatives: [["расход"]]),
    Rule(type: .language, alternatives: [["язык"]]),
    Rule(type: .consultations, alternatives: [["рабочие встречи"], ["проводят консультации"]]),
    Rule(type: .disputeSettlement, alternatives: [["спорные вопросы"], ["разногласи"]]),
    Rule(type: .relationToOtherTreaties, alternatives: [["других международных договоров"], ["другим международным договорам"]]),
    Rule(type: .amendments, alternatives: [["изменения и дополнения"]]),
    Rule(type: .entryIntoForceAndTermination, alternatives: [["вступает в силу"], ["прекращает"], ["прекратить действие"]]),
  ]

  /// The first rule that matches, with a readable account of why.
  static func classify(_ text: String) -> (ClauseType, String)? {
    classify(folded: fold(text))
  }

  /// `classify` for a text already folded. A phrase whose letter pairs the text lacks is not searched for.
  static func classify(folded: String) -> (ClauseType, String)? {
    let pairs = LetterPairs(folded)
    for (rule, rulePairs) in zip(rules, phrasePairs) {
      for (alternative, alternativePairs) in zip(rule.alternatives, rulePairs)
      where zip(alternative, alternativePairs).allSatisfy({ pairs.contains($1) && FastSearch.contains(folded, $0) }) {
        return (rule.type, alternative.map { "«\($0)»" }.joined(separator: " + "))
      }
    }
    return nil
  }

  /// The letter pairs of every phrase of `rules`, in the same places.
  private static let phrasePairs: [[[LetterPairs]]] = rules.map { $0.alternatives.map { $0.map(LetterPairs.init) } }

  static func assignments(_ context: ModelContext) -> [ClauseAssignment] {
    var result: [ClauseAssignment] = []
    for index in context.units.indices {
      switch context.units[index].node.kind {
      case .article:
        let node = context.units[index].node
        if let (place, type, why) = classifyArticle(node, unit: index, context: context) {
          result.append(ClauseAssignment(node: node.id, citation: node.citation, type: type, rule: "\(place): \(why)"))
        }
      case .paragraph:
        // Points of agreements (inside articles) are typed by their own text.
        let node = context.units[index].node
        guard context.nearest([.article], of: context.units[index]) != nil else { continue }
        if let (type, why) = classify(folded: context.folded[index]) {
          result.append(ClauseAssignment(node: node.id, citation: node.citation, type: type, rule: "text: \(why)"))
        }
      case .finalFormula:
        let node = context.units[index].node
        result.append(ClauseAssignment(node: node.id, citation: node.citation, type: .finalFormula, rule: "kind"))
      default:
        continue
      }
    }
    return result
  }

  /// An article's type: from its title, else its first unit of text, else its whole text. Each is read only when
  /// the ones before it say nothing, since the whole text is the costliest to gather; the first unit comes folded.
  private static func classifyArticle(_ node: Node, unit: Int, context: ModelContext) -> (String, ClauseType, String)? {
    if let title = context.title(node), !title.isEmpty, let (type, why) = classify(title) { return ("title", type, why) }
    if let first = context.firstTextUnit(under: unit), let (type, why) = classify(folded: context.folded[first]) {
      return ("first unit", type, why)
    }
    let text = context.fullText(node)
    if !text.isEmpty, let (type, why) = classify(text) { return ("text", type, why) }
    return nil
  }

  static func fold(_ text: String) -> String { RussianText.fold(text) }
}
