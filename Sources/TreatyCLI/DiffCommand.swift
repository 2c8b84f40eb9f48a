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
    // The two files are read and parsed side by side; the first failure, in argument order, is the one reported.
    let flavor = DocumentParser.Flavor(rawValue: flavorName)
    let documents = try ParallelMap.map(arguments.positionals) { path in
      Result { DocumentParser.parse(try TextLoader.load(path: path, encoding: encoding), flavor: flavor) }
    }.map { try $0.get() }
    var sides = documents
    for (index, option) in ["--left-node", "--right-node"].enumerated() {
      guard let id = arguments.options[option] else { continue }
      guard let focused = sides[index].focused(on: id) else {
        throw TreatyError.usage("\(option): \(arguments.positionals[index]) has no node '\(id)' (see 'treaty parse')")
      }
      sides[index] = focused
    }
    let comparison = DocumentComparator.compare(sides[0], sides[1])
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
