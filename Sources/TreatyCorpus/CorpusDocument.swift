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
  /// The names of its parties, as the model reads them: the article estimate reads them as template parameters.
  var parties: [String]

  public var isAgreement: Bool { Substance.isAgreement(acts) }

  public init(file: String, id: String, document: Document) {
    self.file = file
    self.id = id
    self.document = document
    let facts = ModelExtractor.actsAndParties(document)
    acts = facts.acts
    var names: [String] = []
    for party in facts.parties where !names.contains(party.name) { names.append(party.name) }
    parties = names
    substance = Substance.document(document, acts: acts)
  }

  /// What the prefilter sees of the document. Made when an index is built, not with the document: the article
  /// estimate of a large corpus needs no fingerprints.
  func fingerprint(_ prefilter: Prefilter) -> Fingerprint { Fingerprint(Substance.units(of: substance), prefilter: prefilter) }

  /// The fingerprints of many documents, on all cores.
  static func fingerprints(_ documents: [CorpusDocument], prefilter: Prefilter) -> [Fingerprint] {
    ParallelMap.map(documents) { $0.fingerprint(prefilter) }
  }

  /// The substance made ready for comparison (its model, units, tokens and stems). Template search prepares each
  /// document once, just before its alignments, and lets it go after: prepared units hold every token, several
  /// times the text, and the prefilter needs none of it.
  public func prepared() -> PreparedDocument { PreparedDocument(substance) }

  /// A file outside the corpus, named as the user wrote it.
  static func load(path: String) throws -> CorpusDocument {
    let document = DocumentParser.parse(try TextLoader.load(path: path))
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let id = ManifestEntryBuilder.identifier(name)
    return CorpusDocument(file: path, id: id, document: document)
  }

  /// Every document of a corpus, in manifest order, read on all cores.
  static func corpus(_ corpus: CorpusDirectory) throws -> [CorpusDocument] {
    try self.corpus(corpus, state: {}) { document, _ in document }
  }

  /// What `keep` makes of each document of a corpus, in manifest order, read on all cores; documents it returns
  /// nil for are left out. Each parsed document is let go once `keep` has read it, so ten thousand agreements can be
  /// sketched without holding their trees. `state` is made once per run of documents one thread reads (a cache).
  static func corpus<Kept: Sendable, State>(
    _ corpus: CorpusDirectory, state: @escaping @Sendable () -> State,
    keep: @escaping @Sendable (CorpusDocument, inout State) -> Kept?
  ) throws -> [Kept] {
    let entries = try corpus.validatedManifest().documents
    let loaded: [Result<Kept?, TreatyError>] = ParallelMap.map(entries, state: state) { entry, state in
      do {
        let document = try corpus.parse(entry.file)
        return .success(
          keep(CorpusDocument(file: corpus.displayPath(entry.file), id: entry.id, document: document), &state))
      } catch let error as TreatyError {
        return .failure(error)
      } catch {
        return .failure(.unreadable(path: corpus.displayPath(entry.file), reason: error.localizedDescription))
      }
    }
    return try loaded.compactMap { try $0.get() }
  }
}
