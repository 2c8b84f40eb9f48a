import TreatyText

/// A command line split into positionals, options with values and flags, checked against what a command accepts.
struct Arguments {
  var positionals: [String] = []
  var options: [String: String] = [:]
  var flags: Set<String> = []

  /// `valued` options take a value (`--format json` or `--format=json`); `switches` take none.
  init(_ arguments: [String], valued: Set<String>, switches: Set<String>) throws {
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var name = argument
      var value: String?
      if let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      }
      if switches.contains(name) {
        guard value == nil else { throw TreatyError.usage("option \(name) takes no value") }
        flags.insert(name)
      } else if valued.contains(name) {
        if value == nil {
          guard index < arguments.count else { throw TreatyError.usage("option \(name) needs a value") }
          value = arguments[index]
          index += 1
        }
        options[name] = value
      } else {
        throw TreatyError.usage("unknown option '\(argument)'")
      }
    }
  }

  /// The value of an option that must be one of `allowed`.
  func choice(_ name: String, allowed: [String], default fallback: String) throws -> String {
    guard let value = options[name] else { return fallback }
    guard allowed.contains(value) else {
      throw TreatyError.usage("\(name) must be one of \(allowed.joined(separator: ", ")), not '\(value)'")
    }
    return value
  }

  func encoding() throws -> TextEncoding? {
    guard let name = options["--encoding"] else { return nil }
    guard let encoding = TextEncoding(name: name) else {
      let known = TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")
      throw TreatyError.usage("unknown encoding '\(name)' (known: \(known))")
    }
    return encoding
  }

  func singleFile(command: String) throws -> String {
    guard positionals.count == 1, let file = positionals.first else {
      throw TreatyError.usage(
        positionals.isEmpty ? "\(command): missing FILE" : "\(command): expected one FILE, got \(positionals.count)")
    }
    return file
  }
}
