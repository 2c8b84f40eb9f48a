import Foundation
import TreatyModel
import TreatyStructure
import TreatyText

/// The libFuzzer entry point for the whole reading pipeline: decoding, both parser flavors, the lossless check,
/// determinism and the model. The parser promises never to throw and to own every byte, so any input that makes it
/// trap, lose a byte or answer differently twice is a bug; this function turns the last two into traps as well, so
/// that libFuzzer saves the input. `fatalError` is deliberate here: this is a test harness, not library code.
///
/// Built with `-sanitize=fuzzer -DTREATY_FUZZING` (see `.ci/fuzz.sh`) `FuzzMain` hands this to libFuzzer's driver,
/// which calls it for every input; built normally, `FuzzMain` replays files through it, to reproduce a saved crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  // Refusing an input (empty, binary, undecodable) is a correct answer, not a finding.
  guard let source = try? TextLoader.decode(bytes, name: "fuzz-input") else { return 0 }
  for flavor in DocumentParser.Flavor.allCases {
    let document = DocumentParser.parse(source, flavor: flavor)
    let problems = Coverage.problems(in: document, limit: 5)
    if !problems.isEmpty {
      fatalError("treaty-fuzz: \(flavor) parse is not lossless: \(problems.map(\.description).joined(separator: "; "))")
    }
    let again = DocumentParser.parse(source, flavor: flavor)
    let ids = nodeIDs(document)
    let idsAgain = nodeIDs(again)
    if ids != idsAgain {
      let index = ids.indices.first { $0 >= idsAgain.count || ids[$0] != idsAgain[$0] } ?? ids.count
      let first = index < ids.count ? ids[index] : "(none)"
      let second = index < idsAgain.count ? idsAgain[index] : "(none)"
      fatalError("treaty-fuzz: \(flavor) parse is not deterministic: node \(index) is \(first), then \(second)")
    }
    if document.acts != again.acts {
      fatalError("treaty-fuzz: \(flavor) parse is not deterministic: same ids, different nodes")
    }
    _ = ModelExtractor.extract(document)
  }
  return 0
}

/// The ids of every node, depth-first: cheap to compare and names the first node that differs.
private func nodeIDs(_ document: Document) -> [String] {
  var ids: [String] = []
  document.forEachNode { node, _ in ids.append(node.id) }
  return ids
}

/// The program's entry point in both builds. SwiftPM links every executable on Linux with `--defsym main=<module>_main`
/// and names the `@main` entry point so, which means libFuzzer's own `main` can never be the one that runs; instead
/// the fuzzing build starts libFuzzer's driver from here, with the command line it was given.
@main
enum FuzzMain {
  static func main() {
    #if TREATY_FUZZING
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(runFuzzerDriver(&argc, &argv, fuzz))
    #else
      replay(Array(CommandLine.arguments.dropFirst()))
    #endif
  }

  /// Replays files, or every file of directories (a libFuzzer corpus or artifacts folder), through the same checks.
  static func replay(_ arguments: [String]) {
    if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") {
      print("usage: treaty-fuzz FILE|DIRECTORY...  (replays inputs through decode, parse, coverage and model)")
      exit(arguments.isEmpty ? 2 : 0)
    }
    var count = 0
    for path in arguments {
      for file in files(at: path) {
        guard let data = FileManager.default.contents(atPath: file) else {
          FileHandle.standardError.write(Data("treaty-fuzz: cannot read \(file)\n".utf8))
          exit(2)
        }
        // One spare byte keeps the pointer non-null for an empty file, as libFuzzer's is.
        let padded = [UInt8](data) + [0]
        _ = padded.withUnsafeBufferPointer { fuzz($0.baseAddress!, data.count) }
        count += 1
      }
    }
    print("treaty-fuzz: \(count) input(s) passed")
  }

  /// A file as itself, a directory as its regular files in name order.
  static func files(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      return [path]
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { file in
      var nested: ObjCBool = false
      return FileManager.default.fileExists(atPath: file, isDirectory: &nested) && !nested.boolValue
    }
  }
}

#if TREATY_FUZZING
  /// libFuzzer's documented entry for programs that keep their own `main` (`LLVMFuzzerRunDriver`, LLVM 12 and
  /// later), linked in by `-sanitize=fuzzer`. Swift cannot import it without a C module, so it is declared by name;
  /// its arguments are plain pointers and an integer, passed the same way by the C and Swift conventions.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
  ) -> CInt
#endif
