// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Treaty",
  platforms: [.macOS(.v13)],
  products: [
    .library(
      name: "TreatyKit",
      targets: [
        "TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender", "TreatyCorpus", "TreatyCLI",
      ]),
    .executable(name: "treaty", targets: ["treaty"]),
  ],
  targets: [
    .target(name: "TreatyText"),
    .target(name: "TreatyStructure", dependencies: ["TreatyText"]),
    .target(name: "TreatyModel", dependencies: ["TreatyText", "TreatyStructure"]),
    .target(name: "TreatyCompare", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel"]),
    .target(name: "TreatyRender", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare"]),
    .target(
      name: "TreatyCorpus",
      dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender"]),
    .target(
      name: "TreatyCLI",
      dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender", "TreatyCorpus"]),
    // Released statically linked with the Swift runtime and Foundation: resolving their symbols at start-up was
    // 4–5 ms of a 25 ms diff (Benchmarks/RESULTS.md). Debug builds stay dynamic, which links faster.
    .executableTarget(
      name: "treaty", dependencies: ["TreatyCLI"],
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
    // The release-build benchmark's in-process timer (`Benchmarks/run.sh`); not a product.
    .executableTarget(
      name: "treaty-bench",
      dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyCorpus"]),
    // The libFuzzer target: `bash .ci/fuzz.sh` builds it with `-sanitize=fuzzer,address -DTREATY_FUZZING`; a plain
    // build gives a replayer of saved inputs. `-parse-as-library`: its entry point is an `@main` type.
    .executableTarget(
      name: "treaty-fuzz", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel"],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .testTarget(name: "TreatyTextTests", dependencies: ["TreatyText"]),
    .testTarget(
      name: "TreatyStructureTests", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyRender"],
      exclude: ["FuzzRegressions"]),  // inputs read by FuzzRegressionTests from disk, not resources
    .testTarget(
      name: "TreatyModelTests", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyRender"]),
    .testTarget(
      name: "TreatyCompareTests",
      dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender"]),
    .testTarget(name: "TreatyCLITests", dependencies: ["TreatyCLI", "TreatyText", "TreatyStructure"]),
    .testTarget(
      name: "TreatyCorpusTests",
      dependencies: [
        "TreatyCorpus", "TreatyCLI", "TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender",
      ]),
  ],
  swiftLanguageModes: [.v6]
)
