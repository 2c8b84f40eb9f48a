import TreatyStructure
import TreatyText

/// The model stage's entry point: a parsed document in, its structural model out. Pure and never throws.
public enum ModelExtractor {
  public static func extract(_ document: Document) -> StructuralModel {
    extract(document, texts: NodeTexts(document))
  }

  /// The model, with the node texts derived once by the caller, who reads them too (`PreparedDocument`).
  public static func extract(_ document: Document, texts: NodeTexts) -> StructuralModel {
    let context = ModelContext(document, texts: texts)
    var model = StructuralModel()
    model.acts = ActFactsExtractor.extract(context)
    model.parties = PartyExtractor.extract(context, facts: model.acts)
    model.competentBodies = CompetentBodyExtractor.extract(context, parties: model.parties)
    model.dataCategories = DataCategoryExtractor.extract(context)
    model.terms = DefinedTermExtractor.extract(context)
    let (references, unresolved) = ReferenceResolver.extract(context)
    model.references = references
    model.citedActs = CitedActExtractor.extract(context)
    model.clauseTypes = ClauseClassifier.assignments(context)
    let (durations, mismatches) = DurationExtractor.extract(context, clauses: model.clauseTypes)
    model.durations = durations
    model.languages = FinalProvisionsExtractor.languages(context)
    model.entryIntoForce = FinalProvisionsExtractor.entryIntoForce(context)
    model.diagnostics = unresolved + mismatches
    return model
  }

  /// Only the acts' facts (kind, number, date, title): what template search needs to find a document's agreements
  /// among thousands, at a fraction of the whole model's cost. The same values as `extract(document).acts`.
  public static func acts(_ document: Document) -> [ActFacts] {
    ActFactsExtractor.extract(ModelContext(document, texts: NodeTexts(document)))
  }

  /// The acts' facts and the parties, from one reading: what template search needs to read each agreement's
  /// counterparty as a parameter of its template. The same values as `extract(document)`'s.
  public static func actsAndParties(_ document: Document) -> (acts: [ActFacts], parties: [Party]) {
    let context = ModelContext(document, texts: NodeTexts(document))
    let acts = ActFactsExtractor.extract(context)
    return (acts, PartyExtractor.extract(context, facts: acts))
  }
}
