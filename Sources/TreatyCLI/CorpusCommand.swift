import Foundation
import TreatyCompare
import TreatyCorpus
import TreatyRender
import TreatyStructure
import TreatyText

/// `treaty corpus check|add|similar|matrix`: the corpus as a regression suite and as a library of templates.
/// Exit codes: 0 success (every document passed), 1 a check found differences, 2 usage or input error — a
/// manifest that disagrees with the directory is an input error, since a check over it would not check what it says.
enum CorpusCommand {
  static let defaultDirectory = "corpus"

  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink, isTerminal: Bool) throws -> Int32 {
    guard let subcommand = raw.first else {
      throw TreatyError.usage("corpus: missing subcommand (check, add, similar, matrix)")
    }
    let rest = Array(raw.dropFirst())
    switch subcommand {
    case "check": return try check(rest, stdout: stdout)
    case "add": return try add(rest, stdout: stdout)
    case "similar": return try similar(rest, stdout: stdout, isTerminal: isTerminal)
    case "matrix": return try matrix(rest, stdout: stdout)
    default: throw TreatyError.usage("corpus: unknown subcommand '\(subcommand)' (check, add, similar, matrix)")
    }
  }

  private static func directory(_ arguments: Arguments, command: String) throws -> String {
    guard arguments.positionals.count <= 1 else {
      throw TreatyError.usage("corpus \(command): expected at most one DIR, got \(arguments.positionals.count)")
    }
    return arguments.positionals.first ?? defaultDirectory
  }

  private static func check(_ raw: [String], stdout: OutputSink) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--only"], switches: ["--update"])
    let report = try CorpusCheck.run(
      directory: try directory(arguments, command: "check"), only: arguments.options["--only"],
      update: arguments.flags.contains("--update"))
    stdout.write(report.rendered())
    if report.hasErrors { return CLI.ExitCode.failure }
    return report.failed > 0 ? CLI.ExitCode.findings : CLI.ExitCode.success
  }

  private static func add(_ raw: [String], stdout: OutputSink) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--corpus", "--notes", "--title"], switches: [])
    let file = try arguments.singleFile(command: "corpus add")
    let directory = arguments.options["--corpus"] ?? defaultDirectory
    let result = try CorpusAdd.add(
      file: file, corpus: directory, notes: arguments.options["--notes"], title: arguments.options["--title"])
    let entry = result.entry
    let path = directory.hasSuffix("/") ? directory + entry.file : directory + "/" + entry.file
    stdout.write(result.outline)
    stdout.write("""

      \(path): \(result.copied ? "copied into the corpus" : "already in the corpus"); manifest entry:
        id: \(entry.id)
        kind: \(entry.kind)
        title: \(entry.title)
        parties: \(entry.parties.isEmpty ? "—" : entry.parties.joined(separator: "; "))
        date: \(entry.date ?? "—")
        language: \(entry.language)
        notes: \(entry.notes.isEmpty ? "— (describe its layout quirks with --notes)" : entry.notes)
      \(result.written.isEmpty ? "expected files unchanged" : "wrote " + result.written.joined(separator: ", "))
      Review the outline above before committing the expected files.

      """)
    return CLI.ExitCode.success
  }

  private static func similar(_ raw: [String], stdout: OutputSink, isTerminal: Bool) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--corpus", "--format"], switches: ["--diff", "--no-color"])
    let file = try arguments.singleFile(command: "corpus similar")
    let format = try arguments.choice("--format", allowed: ["text", "json"], default: "text")
    let result = try TemplateSearch.similar(file: file, corpus: arguments.options["--corpus"] ?? defaultDirectory)
    guard format == "text" else {
      stdout.write(SimilarRenderer.json(result))
      return CLI.ExitCode.success
    }
    stdout.write(SimilarRenderer.text(result))
    if arguments.flags.contains("--diff"), let best = result.matches.first {
      let left = DocumentParser.parse(try TextLoader.load(path: file))
      let right = DocumentParser.parse(try TextLoader.load(path: best.file))
      var renderer = DiffTextRenderer()
      renderer.color = isTerminal && !arguments.flags.contains("--no-color")
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      stdout.write("\n" + renderer.render(DocumentComparator.compare(left, right)))
    }
    return CLI.ExitCode.success
  }

  private static func matrix(_ raw: [String], stdout: OutputSink) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--format", "--method"], switches: [])
    let format = try arguments.choice("--format", allowed: ["text", "csv", "json"], default: "text")
    let method = try arguments.choice("--method", allowed: ["auto", "aligned", "estimated"], default: "auto")
    let directory = try directory(arguments, command: "matrix")
    let matrix = try SimilarityMatrix.build(corpus: directory, method: SimilarityMatrix.Method(rawValue: method))
    // Written as it is made: the table of ten thousand agreements is hundreds of megabytes.
    switch format {
    case "csv": MatrixRenderer.csv(matrix) { stdout.write(utf8: $0) }
    case "json": MatrixRenderer.json(matrix) { stdout.write(utf8: $0) }
    default: MatrixRenderer.text(matrix, corpus: directory) { stdout.write(utf8: $0) }
    }
    return CLI.ExitCode.success
  }
}
