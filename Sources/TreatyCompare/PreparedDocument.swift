import TreatyModel
import TreatyStructure

/// A document made ready for comparison: its model, and its units with their tokens and stems. All of it depends on
/// the document alone, so a document compared with many others (template search) is prepared once; what depends
/// on the pair — which words name the other party — is applied when the comparison runs.
public struct PreparedDocument: Sendable {
  public let document: Document
  public let model: StructuralModel
  let index: UnitIndex

  public init(_ document: Document) {
    // The model and the unit index both read every node's text: derived once for both.
    let texts = NodeTexts(document)
    self.document = document
    model = ModelExtractor.extract(document, texts: texts)
    index = UnitIndex(document, texts: texts)
  }

  public init(_ document: Document, model: StructuralModel) {
    self.document = document
    self.model = model
    index = UnitIndex(document, texts: NodeTexts(document))
  }
}
