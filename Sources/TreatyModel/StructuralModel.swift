import TreatyStructure
import TreatyText

/// The substance of a document as data: who the parties are, which bodies act for each, what they exchange,
/// what binds them and when, and what refers to what. Every item names the node it came from (`source`, a node
/// id), so a reader can check it against the text. This is also what the comparator compares in substance.
public struct StructuralModel: Sendable, Hashable {
  /// Bumped when a field changes meaning or disappears; new fields do not bump it.
  public static let schemaVersion = 1

  public var acts: [ActFacts] = []
  public var parties: [Party] = []
  public var competentBodies: [CompetentBody] = []
  public var dataCategories: [DataCategory] = []
  public var terms: [DefinedTerm] = []
  public var references: [CrossReference] = []
  public var citedActs: [CitedAct] = []
  public var durations: [Duration] = []
  public var clauseTypes: [ClauseAssignment] = []
  /// The languages of the authentic texts, from the final formula («казахский», «кыргызский», «русский»).
  public var languages: [String] = []
  /// The sentence on entry into force, where there is one.
  public var entryIntoForce: Provision?
  public var diagnostics: [Diagnostic] = []

  public init() {}
}

/// What kind of act a document or a cited act is.
public enum ActKind: String, Sendable, Hashable, Codable, CaseIterable {
  case agreement, `protocol`, resolution, order, rules, regulation, report, law, code, constitution, decree
  case disposition, convention, treaty, program, unknown
}

/// Facts about one act of the file.
public struct ActFacts: Sendable, Hashable {
  public var id: String
  public var kind: ActKind
  public var title: String?
  public var number: String?
  /// ISO `yyyy-MM-dd`.
  public var date: String?
  public var place: String?
  /// The body that issued an enacting act («Правительство Республики Казахстан»).
  public var issuer: String?
  public var statusNotes: [StatusNote] = []
  /// The act that approves or attaches this one, when the file says so.
  public var approvedBy: ApprovalReference?
  public var signatories: [Signatory] = []
  public var source: String
}

public struct StatusNote: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable { case draft, inForce, amended, note }
  public var kind: Kind
  public var text: String
  public var date: String?
  public var source: String
}

public struct ApprovalReference: Sendable, Hashable {
  public var text: String
  public var kind: ActKind
  public var date: String?
  public var number: String?
  /// The act in the same file it points to (`main`), when its number and date match.
  public var act: String?
}

public struct Signatory: Sendable, Hashable {
  public enum Role: String, Sendable, Hashable, Codable {
    /// Named in an enacting act as the one who is to sign («Уполномочить … подписать»).
    case authorized
    /// A signature block of the act itself.
    case signed
  }

  public var role: Role
  /// In the nominative case: «Министр внутренних дел Республики Казахстан».
  public var position: String?
  /// In the nominative case: «Тургумбаев Ерлан Заманбекович», «А. Мамин».
  public var name: String?
  /// The party a «За …» block signs for.
  public var onBehalfOf: String?
  /// Position and name together, as a lawyer writes them.
  public var text: String
  public var source: String
}

public struct Party: Sendable, Hashable {
  /// In the nominative case: «Правительство Кыргызской Республики».
  public var name: String
  /// The collective name the parties take («Стороны»).
  public var collectiveName: String?
  /// Side names used in the text for this party («Казахстанская Сторона»).
  public var sideNames: [String] = []
  public var act: String
  public var source: String
}

public struct CompetentBody: Sendable, Hashable {
  public enum Role: String, Sendable, Hashable, Codable { case competent, coordinating }
  public var party: String
  public var name: String
  public var role: Role
  public var source: String
}

public struct DataCategory: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable { case information, personalData }
  public var kind: Kind
  public var text: String
  /// Matches the same field across agreements: a canonical name for known personal-data fields
  /// (`full-name`, `date-of-birth`), otherwise the stems of the entry's content words.
  public var key: String
  public var source: String
}

public struct DefinedTerm: Sendable, Hashable {
  /// The term in the nominative case, as defined («компетентные органы», «запрос», «ОВД», «Стороны»).
  public var term: String
  /// The defining phrase as written («(далее именуемые - компетентные органы)»).
  public var definition: String
  public var source: String
  /// Nodes that use the term after its definition, in document order.
  public var uses: [String]
}

public struct CrossReference: Sendable, Hashable {
  public var text: String
  public var source: String
  /// The node referred to; nil when it cannot be resolved (a diagnostic says why).
  public var target: String?
}

public struct CitedAct: Sendable, Hashable {
  public var kind: ActKind
  public var text: String
  public var title: String?
  public var number: String?
  public var date: String?
  /// Articles of the cited act named with it («статьи 394 … Уголовного кодекса»).
  public var articles: [String] = []
  public var source: String
}

public struct Duration: Sendable, Hashable {
  public enum Unit: String, Sendable, Hashable, Codable { case hour, day, week, month, year }
  public var text: String
  public var value: Int
  public var unit: Unit
  /// «календарных», «рабочих» as `calendar` / `working`.
  public var qualifier: String?
  /// What the period governs («execution of a request», «termination after notice»).
  public var governs: String
  /// The sentence it stands in.
  public var context: String
  /// False when a number in digits and its words in brackets disagree («30 (тринадцать)»).
  public var wordsAgree: Bool?
  public var source: String
}

public enum ClauseType: String, Sendable, Hashable, Codable, CaseIterable {
  case scope, competentAuthorities, directionsOfCooperation, formsOfCooperation, informationExchange
  case personalData, dataProtection, requests, refusal, confidentiality, useRestrictions, costs, language
  case coordination, consultations, disputeSettlement, relationToOtherTreaties, amendments
  case entryIntoForceAndTermination, finalFormula
}

/// A sentence of the document that the model points to.
public struct Provision: Sendable, Hashable {
  public var text: String
  public var source: String
}

public struct ClauseAssignment: Sendable, Hashable {
  public var node: String
  public var citation: String
  public var type: ClauseType
  /// The rule of the table that decided it, so a reader can see why.
  public var rule: String
}
