import TreatyRender
import TreatyStructure

/// `treaty articles FILE`: what lawyers paste into a memo or a spreadsheet.
enum ArticlesCommand {
  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--format", "--encoding", "--flavor"], switches: [])
    let format = try arguments.choice("--format", allowed: ["table", "csv", "json", "md"], default: "table")
    let document = try CLI.parseFile(arguments, command: "articles")
    let entries = ArticleList.entries(of: document)
    // Warnings about what the list may miss (numbering problems, empty provisions) go to standard error.
    var warnings = document
    warnings.diagnostics = document.diagnostics.filter { $0.severity != .note }
    CLI.writeDiagnostics(warnings, to: stderr)
    switch format {
    case "csv": stdout.write(ArticleList.csv(entries))
    case "json": stdout.write(ArticleList.json(entries))
    case "md": stdout.write(ArticleList.markdown(entries))
    default: stdout.write(ArticleList.table(entries, in: document))
    }
    return CLI.ExitCode.success
  }
}
