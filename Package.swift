// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Gongwen",
  products: [
    .library(name: "Gongwen", targets: ["Gongwen"]),
    .library(name: "GongwenTemplate", targets: ["GongwenTemplate"]),
    .executable(name: "gongwen", targets: ["GongwenCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CLibZip", pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]),
    .target(
      name: "GongwenTemplate",
      dependencies: [.product(name: "Collections", package: "swift-collections")]),
    .target(
      name: "Gongwen",
      dependencies: [
        "GongwenTemplate", "CLibXML2", "CLibZip", "Yams",
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    .target(
      name: "GongwenServer",
      dependencies: [
        "Gongwen", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]),
    .executableTarget(
      name: "GongwenCLI",
      dependencies: [
        "Gongwen", "GongwenServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "GongwenTemplateTests", dependencies: ["GongwenTemplate"]),
    .testTarget(
      name: "GongwenTests", dependencies: ["Gongwen", "GongwenTemplate"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "GongwenCLITests", dependencies: ["Gongwen"]),
    // The library as a Swift program uses it: `import Gongwen` only (see docs/swift-api.md).
    .testTarget(name: "GongwenAPITests", dependencies: ["Gongwen"]),
  ],
  swiftLanguageModes: [.v5]
)

// Fuzzing (`make fuzz`): each libFuzzer entry point is a static library that scripts/fuzz.sh links
// with `-sanitize=fuzzer`; their shared harness also replays the checked-in corpus in the test suite.
package.products += [
  .library(name: "FuzzTags", type: .static, targets: ["FuzzTags"]),
  .library(name: "FuzzRenderPart", type: .static, targets: ["FuzzRenderPart"]),
]
package.targets += [
  .target(name: "GongwenFuzzing", dependencies: ["Gongwen", "GongwenTemplate"], path: "Fuzz/Harness"),
  .target(name: "FuzzTags", dependencies: ["GongwenFuzzing"], path: "Fuzz/FuzzTags"),
  .target(name: "FuzzRenderPart", dependencies: ["GongwenFuzzing"], path: "Fuzz/FuzzRenderPart"),
  .testTarget(name: "GongwenFuzzTests", dependencies: ["GongwenFuzzing"]),
]
