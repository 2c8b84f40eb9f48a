import Foundation
import TreatyCompare
import TreatyRender
import TreatyStructure
import TreatyText

/// `treaty diff A B`: the analysts' main job. Exit code 0 when the documents are identical in substance, 1 when
/// they differ, 2 on error — as `diff` does.
enum DiffCommand {
  static func run(_ raw: [String], stdout: OutputSink, stderr: OutputSink, isTerminal: Bool) throws -> Int32 {
    let arguments = try Arguments(
      raw, valued: ["--format", "--encoding", "--flavor", "--level", "--context", "-o", "--output", "--left-node", "--right-node"],
      switches: ["--only-substantive", "--no-color"])
    guard arguments.positionals.count == 2 else {
      throw TreatyError.usage("diff: expected two files, got \(arguments.positionals.count)")
    }
    let format = try arguments.choice("--format", allowed: ["text", "json", "html", "md"], default: "text")
    let level = try arguments.choice("--level", allowed: DiffTextRenderer.Level.allCases.map(\.rawValue), default: "word")
    var context = 4
    if let value = arguments.options["--context"] {
      guard let number = Int(value), number >= 0 else { throw TreatyError.usage("--context must be a number of words, not '\(value)'") }
      context = number
    }
    let encoding = try arguments.encoding()
    let flavorName = try arguments.choice("--flavor", allowed: ["auto", "plain", "markdown"], default: "auto")
    // Each file is read, parsed, narrowed to its node and prepared (model and index) on a core of its own, in one
    // job: a second hand-over between threads cost about as much as parsing a side. The first failure, in argument
    // order, is the one reported, a file that cannot be read before a node that is not there.
    let flavor = DocumentParser.Flavor(rawValue: flavorName)
    let nodeOptions = ["--left-node", "--right-node"]
    let sides = ParallelMap.map(Array(arguments.positionals.enumerated())) { index, path in
      DiffSide(path: path, node: arguments.options[nodeOptions[index]], option: nodeOptions[index]) {
        DocumentParser.parse(try TextLoader.load(path: path, encoding: encoding), flavor: flavor)
      }
    }
    for side in sides { _ = try side.document.get() }
    let prepared = try sides.map { try $0.prepared.get() }
    var options = DocumentComparator.Options()
    options.usesAllCores = true
    let comparison = DocumentComparator.compare(prepared[0], prepared[1], options: options)
    let output: String
    switch format {
    case "json": output = DiffJSON.render(comparison)
    case "html": output = HTMLRedline.render(comparison)
    case "md": output = DiffMarkdown.render(comparison)
    default:
      var renderer = DiffTextRenderer()
      renderer.level = DiffTextRenderer.Level(rawValue: level) ?? .word
      renderer.onlySubstantive = arguments.flags.contains("--only-substantive")
      renderer.context = context
      renderer.color = isTerminal && arguments.options["-o"] == nil && arguments.options["--output"] == nil
        && !arguments.flags.contains("--no-color")
        && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      output = renderer.render(comparison)
    }
    if let path = arguments.options["-o"] ?? arguments.options["--output"] {
      do {
        try output.write(toFile: path, atomically: true, encoding: .utf8)
      } catch {
        throw TreatyError.unreadable(path: path, reason: "cannot write: \(error.localizedDescription)")
      }
    } else {
      stdout.write(output)
    }
    return comparison.differsInSubstance ? CLI.ExitCode.findings : CLI.ExitCode.success
  }
}

/// One side of a diff, read and prepared in its own job; loading and narrowing fail separately so that the command
/// can report a file that cannot be read before a node that is not there.
private struct DiffSide: Sendable {
  let document: Result<Document, Error>
  let prepared: Result<PreparedDocument, Error>

  init(path: String, node id: String?, option: String, load: () throws -> Document) {
    document = Result { try load() }
    prepared = document.flatMap { document in
      guard let id else { return .success(PreparedDocument(document)) }
      guard let focused = document.focused(on: id) else {
        return .failure(TreatyError.usage("\(option): \(path) has no node '\(id)' (see 'treaty parse')"))
      }
      return .success(PreparedDocument(focused))
    }
  }
}
