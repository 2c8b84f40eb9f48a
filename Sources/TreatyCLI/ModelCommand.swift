import TreatyModel
import TreatyRender
import TreatyStructure

/// `treaty model FILE`: the substance of the document — parties, bodies, data, terms, references, deadlines.
enum ModelCommand {
  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink) throws -> Int32 {
    let arguments = try Arguments(raw, valued: ["--format", "--encoding", "--flavor"], switches: [])
    let format = try arguments.choice("--format", allowed: ["text", "json"], default: "text")
    let document = try CLI.parseFile(arguments, command: "model")
    let model = ModelExtractor.extract(document)
    stdout.write(format == "json" ? ModelJSON.render(model, document: document) : ModelSummary.render(model, document: document))
    // What the model could not resolve is reported like the parser's diagnostics.
    var withModel = document
    withModel.diagnostics = model.diagnostics
    CLI.writeDiagnostics(withModel, to: stderr)
    return CLI.ExitCode.success
  }
}
