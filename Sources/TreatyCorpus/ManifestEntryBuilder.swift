import TreatyModel

/// Fills a manifest entry from what the model says about a document, so the manifest never disagrees with what
/// Treaty reads in the file.
enum ManifestEntryBuilder {
  static func entry(file: String, model: StructuralModel, title: String?, notes: String) -> ManifestEntry {
    let id = identifier(file)
    var kinds: [String] = []
    for act in model.acts where !kinds.contains(act.kind.rawValue) { kinds.append(act.kind.rawValue) }
    var parties: [String] = []
    for party in model.parties where !parties.contains(party.name) { parties.append(party.name) }
    let heading = model.acts.lazy.compactMap(\.title).first.map(flatten)
    return ManifestEntry(
      file: file, id: id, kind: kinds.isEmpty ? "unknown" : kinds.joined(separator: "+"),
      title: title ?? heading ?? id, parties: parties, date: model.acts.lazy.compactMap(\.date).first,
      language: "rus", notes: notes)
  }

  /// The file name without its extension: `kz-kg-migration-2019`.
  static func identifier(_ file: String) -> String {
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }

  /// A heading wrapped over lines reads as one line in the manifest.
  private static func flatten(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
