import Foundation
import TreatyCLI

exit(CLI.run(
  arguments: Array(CommandLine.arguments.dropFirst()), stdout: FileHandleSink(.standardOutput),
  stderr: FileHandleSink(.standardError), isTerminal: isatty(STDOUT_FILENO) == 1))
