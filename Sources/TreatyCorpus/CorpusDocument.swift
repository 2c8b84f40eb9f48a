import TreatyCompare
import TreatyModel
import TreatyStructure
import TreatyText

/// A document read for template search: parsed, its acts named, cut down to its substance, fingerprinted.
public struct CorpusDocument: Sendable {
  /// As the user would write its path.
  public var file: String
  public var id: String
  public var document: Document
  /// The facts of its acts: which of them are agreements.
  var acts: [ActFacts]
  /// The substance acts only (see `Substance`), what the full comparison runs on.
  var substance: Document
  var fingerprint: Fingerprint

  public var isAgreement: Bool { Substance.isAgreement(acts) }

  public init(file: String, id: String, document: Document, prefilter: Prefilter = Prefilter()) {
    self.file = file
    self.id = id
    self.document = document
    acts = ModelExtractor.acts(document)
    substance = Substance.document(document, acts: acts)
    fingerprint = Fingerprint(Substance.units(of: substance), prefilter: prefilter)
  }

  /// The substance made ready for comparison (its model, units, tokens and stems). Template search prepares each
  /// document once, just before its alignments, and lets it go after: prepared units hold every token, several
  /// times the text, and the prefilter needs none of it.
  public func prepared() -> PreparedDocument { PreparedDocument(substance) }

  /// A file outside the corpus, named as the user wrote it.
  static func load(path: String, prefilter: Prefilter) throws -> CorpusDocument {
    let document = DocumentParser.parse(try TextLoader.load(path: path))
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let id = ManifestEntryBuilder.identifier(name)
    return CorpusDocument(file: path, id: id, document: document, prefilter: prefilter)
  }

  /// Every document of a corpus, in manifest order, read on all cores.
  static func corpus(_ corpus: CorpusDirectory, prefilter: Prefilter) throws -> [CorpusDocument] {
    let entries = try corpus.validatedManifest().documents
    let loaded: [Result<CorpusDocument, TreatyError>] = ParallelMap.map(entries) { entry in
      do {
        let document = try corpus.parse(entry.file)
        return .success(CorpusDocument(
          file: corpus.displayPath(entry.file), id: entry.id, document: document, prefilter: prefilter))
      } catch let error as TreatyError {
        return .failure(error)
      } catch {
        return .failure(.unreadable(path: corpus.displayPath(entry.file), reason: error.localizedDescription))
      }
    }
    return try loaded.map { try $0.get() }
  }
}
