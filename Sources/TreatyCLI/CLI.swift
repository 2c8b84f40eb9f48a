import Foundation
import TreatyRender
import TreatyStructure
import TreatyText

/// The command line, callable in-process. `treaty`'s `main.swift` is one line into `run`.
public enum CLI {
  public static let version = "0.1.0"

  /// Exit codes, as `diff` and swift-argument-parser use them.
  public enum ExitCode {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
    public static let failure: Int32 = 2
  }

  /// `isTerminal`: standard output is a terminal, so colour may be used (never when output is captured).
  public static func run(arguments: [String], stdout: OutputSink, stderr: OutputSink, isTerminal: Bool = false) -> Int32 {
    guard let command = arguments.first else {
      stdout.write(Help.overview)
      return ExitCode.success
    }
    let rest = Array(arguments.dropFirst())
    do {
      switch command {
      case "-h", "--help", "help":
        if let topic = rest.first {
          guard let text = Help.command(topic) else { throw TreatyError.usage("no such command '\(topic)'") }
          stdout.write(text)
        } else {
          stdout.write(Help.overview)
        }
        return ExitCode.success
      case "--version":
        stdout.write("treaty \(version)\n")
        return ExitCode.success
      case "diff":
        if rest.contains("-h") || rest.contains("--help") {
          stdout.write(Help.command(command) ?? Help.overview)
          return ExitCode.success
        }
        return try DiffCommand.run(rest, stdout: stdout, stderr: stderr, isTerminal: isTerminal)
      case "corpus":
        if rest.contains("-h") || rest.contains("--help") {
          stdout.write(Help.command(command) ?? Help.overview)
          return ExitCode.success
        }
        return try CorpusCommand.run(rest, stdout: stdout, stderr: stderr, isTerminal: isTerminal)
      case "parse", "articles", "model":
        if rest.contains("-h") || rest.contains("--help") {
          stdout.write(Help.command(command) ?? Help.overview)
          return ExitCode.success
        }
        switch command {
        case "parse": return try ParseCommand.run(rest, stdout: stdout, stderr: stderr)
        case "articles": return try ArticlesCommand.run(rest, stdout: stdout, stderr: stderr)
        default: return try ModelCommand.run(rest, stdout: stdout, stderr: stderr)
        }
      default:
        throw TreatyError.usage("unknown command '\(command)'")
      }
    } catch let error as TreatyError {
      stderr.write("error: \(error.localizedDescription)\n")
      if case .usage = error { stderr.write("See 'treaty --help'.\n") }
      return ExitCode.failure
    } catch {
      stderr.write("error: \(error.localizedDescription)\n")
      return ExitCode.failure
    }
  }

  /// Loads and parses a file, honouring `--encoding` and `--flavor`.
  static func parseFile(_ arguments: Arguments, command: String) throws -> Document {
    let path = try arguments.singleFile(command: command)
    let source = try TextLoader.load(path: path, encoding: try arguments.encoding())
    let flavorName = try arguments.choice("--flavor", allowed: ["auto", "plain", "markdown"], default: "auto")
    return DocumentParser.parse(source, flavor: DocumentParser.Flavor(rawValue: flavorName))
  }

  /// Diagnostics as a compiler prints them: `file:line:col: severity: message [code]`.
  static func writeDiagnostics(_ document: Document, to sink: OutputSink) {
    sink.write(DiagnosticRenderer.render(document))
  }
}
