import TreatyRender
import TreatyStructure

/// `treaty parse FILE`: the whole tree.
enum ParseCommand {
  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink) throws -> Int32 {
    let arguments = try Arguments(
      raw, valued: ["--format", "--diagnostics", "--encoding", "--flavor"], switches: [])
    let format = try arguments.choice("--format", allowed: ["outline", "json"], default: "outline")
    let diagnostics = try arguments.choice("--diagnostics", allowed: ["text", "json", "none"], default: "text")
    let document = try CLI.parseFile(arguments, command: "parse")
    stdout.write(format == "json" ? TreeJSON.render(document) : OutlineRenderer.render(document))
    switch diagnostics {
    case "json": stdout.write(TreeJSON.diagnostics(document))
    case "text": CLI.writeDiagnostics(document, to: stderr)
    default: break
    }
    return CLI.ExitCode.success
  }
}
