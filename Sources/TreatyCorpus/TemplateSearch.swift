import Foundation
import TreatyText

/// `treaty corpus similar FILE`: which corpus documents share FILE's template, ranked by how much of FILE's
/// substance they share (see `ArticleCoverage`). The prefilter picks the candidates; only they are aligned in full.
public enum TemplateSearch {
  /// Similarities from here up are reported as sharing FILE's template; the prefilter is tested never to drop a
  /// pair at or above it.
  public static let reportingThreshold = 0.2

  public struct Match: Sendable {
    public var file: String
    public var id: String
    /// The share of FILE's substance this document shares, 0–1, three decimals.
    public var similarity: Double
    public var estimate: Double
    public var alignment: PairAlignment
  }

  public struct RuledOut: Sendable {
    public var file: String
    public var id: String
    public var estimate: Double
  }

  public struct Result: Sendable {
    public var file: String
    public var corpus: String
    /// Compared in full, best first.
    public var matches: [Match]
    /// Left out by the prefilter, in manifest order.
    public var ruledOut: [RuledOut]
    public var prefilter: Prefilter
  }

  /// FILE itself is skipped when it is a document of the corpus.
  public static func similar(file: String, corpus directory: String, prefilter: Prefilter = Prefilter()) throws
    -> Result
  {
    let corpus = try CorpusDirectory(path: directory)
    let query = try CorpusDocument.load(path: file)
    let own = URL(fileURLWithPath: file).standardizedFileURL.path
    let documents = try CorpusDocument.corpus(corpus).filter { document in
      URL(fileURLWithPath: document.file).standardizedFileURL.path != own
    }
    return similar(query, among: documents, corpus: directory, prefilter: prefilter)
  }

  public static func similar(
    _ query: CorpusDocument, among documents: [CorpusDocument], corpus: String, prefilter: Prefilter = Prefilter()
  ) -> Result {
    let index = SimilarityIndex(CorpusDocument.fingerprints(documents, prefilter: prefilter), prefilter: prefilter)
    let queryFingerprint = query.fingerprint(prefilter)
    let candidates = index.candidates(for: queryFingerprint)
    let chosen = Set(candidates.map(\.right))
    let preparedQuery = query.prepared()
    let alignments = ParallelMap.map(candidates.map(\.right)) { PairAlignment(preparedQuery, documents[$0].prepared()) }
    var matches = zip(candidates, alignments).map { candidate, alignment in
      Match(file: documents[candidate.right].file, id: documents[candidate.right].id,
        similarity: alignment.leftCoverage, estimate: candidate.estimate, alignment: alignment)
    }
    matches.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.id < $1.id }
    let ruledOut = documents.indices.filter { !chosen.contains($0) }.map { position in
      RuledOut(file: documents[position].file, id: documents[position].id,
        estimate: queryFingerprint.containment(index.fingerprints[position]))
    }
    return Result(file: query.file, corpus: corpus, matches: matches, ruledOut: ruledOut, prefilter: prefilter)
  }
}
