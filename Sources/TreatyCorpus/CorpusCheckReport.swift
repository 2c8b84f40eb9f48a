import Foundation

/// What `treaty corpus check` found for one document.
public struct DocumentCheck: Sendable, Equatable {
  public enum Status: String, Sendable {
    /// The document parses to its expected outputs.
    case passed
    /// It differs from them (or they are missing or unreadable).
    case failed
    /// `--update` rewrote its expected files.
    case updated
    /// The document itself could not be read.
    case error
  }

  public var file: String
  public var id: String
  public var status: Status
  /// One line per change: `tree: att_1__art_7: text «…» → «…»`, `model: durations: removed «…»`.
  public var changes: [String]
  /// Expected files rewritten by `--update`, relative to the corpus directory.
  public var updatedFiles: [String] = []
}

/// The result of a corpus check: every document in manifest order, and how long it took.
public struct CorpusCheckReport: Sendable {
  /// Change lines shown per document before the rest are counted; a parser change can touch hundreds of nodes.
  public static let changesShown = 40

  public var documents: [DocumentCheck]
  public var seconds: Double
  public var updating: Bool

  public var passed: Int { documents.filter { $0.status == .passed || $0.status == .updated }.count }
  public var failed: Int { documents.count - passed }
  public var hasErrors: Bool { documents.contains { $0.status == .error } }

  /// Per document a status line and its changes, then the summary line.
  public func rendered() -> String {
    var lines: [String] = []
    for document in documents {
      switch document.status {
      case .passed: lines.append("\(document.file): ok")
      case .updated: lines.append("\(document.file): updated \(document.updatedFiles.joined(separator: ", "))")
      case .failed: lines.append("\(document.file): FAILED")
      case .error: lines.append("\(document.file): ERROR")
      }
      lines += document.changes.prefix(Self.changesShown).map { "  " + $0 }
      if document.changes.count > Self.changesShown {
        lines.append("  … and \(document.changes.count - Self.changesShown) more changes")
      }
    }
    lines.append(summary)
    return lines.joined(separator: "\n") + "\n"
  }

  public var summary: String {
    let verb = updating ? "updated" : "checked"
    return "\(documents.count) documents \(verb): \(passed) passed, \(failed) failed in "
      + String(format: "%.2f", seconds) + " s"
  }
}
