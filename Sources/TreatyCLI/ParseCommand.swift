import TreatyModel
import TreatyRender
import TreatyStructure

/// `treaty parse FILE`: the whole tree, as an outline, JSON or Akoma Ntoso 3.0 XML.
enum ParseCommand {
  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink) throws -> Int32 {
    let arguments = try Arguments(
      raw, valued: ["--format", "--diagnostics", "--encoding", "--flavor"], switches: [])
    let format = try arguments.choice("--format", allowed: ["outline", "json", "akn"], default: "outline")
    let diagnostics = try arguments.choice("--diagnostics", allowed: ["text", "json", "none"], default: "text")
    let document = try CLI.parseFile(arguments, command: "parse")
    switch format {
    case "json": TreeJSON.stream(document) { stdout.write(utf8: $0) }
    // The AKN export names the act's kind, number, date and parties, which only the model knows.
    case "akn": stdout.write(AknWriter.render(document, model: ModelExtractor.extract(document)))
    default: stdout.write(OutlineRenderer.render(document))
    }
    switch diagnostics {
    case "json": stdout.write(TreeJSON.diagnostics(document))
    case "text": CLI.writeDiagnostics(document, to: stderr)
    default: break
    }
    return CLI.ExitCode.success
  }
}
