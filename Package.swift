// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Treaty",
  platforms: [.macOS(.v13)],
  products: [
    .library(
      name: "TreatyKit",
      targets: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender", "TreatyCLI"]),
    .executable(name: "treaty", targets: ["treaty"]),
  ],
  targets: [
    .target(name: "TreatyText"),
    .target(name: "TreatyStructure", dependencies: ["TreatyText"]),
    .target(name: "TreatyModel", dependencies: ["TreatyText", "TreatyStructure"]),
    .target(name: "TreatyCompare", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel"]),
    .target(name: "TreatyRender", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare"]),
    .target(
      name: "TreatyCLI", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender"]),
    .executableTarget(name: "treaty", dependencies: ["TreatyCLI"]),
    .testTarget(name: "TreatyTextTests", dependencies: ["TreatyText"]),
    .testTarget(name: "TreatyStructureTests", dependencies: ["TreatyText", "TreatyStructure", "TreatyRender"]),
    .testTarget(
      name: "TreatyModelTests", dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyRender"]),
    .testTarget(
      name: "TreatyCompareTests",
      dependencies: ["TreatyText", "TreatyStructure", "TreatyModel", "TreatyCompare", "TreatyRender"]),
    .testTarget(name: "TreatyCLITests", dependencies: ["TreatyCLI", "TreatyText", "TreatyStructure"]),
  ],
  swiftLanguageModes: [.v6]
)
