// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CivicPulse",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "civicpulse", targets: ["civicpulse"]),
    .executable(name: "civicpulse-bench", targets: ["CivicBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CZlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // SSE2 byte-class masks for the JSON validator's string scanning (static inline; portable fallback).
    .target(name: "CJSONScan"),
    // A cache prefetch hint (static inline over the compiler builtin).
    .target(name: "CPrefetch"),
    .target(
      name: "CivicCore",
      dependencies: [
        "CZlib",
        "CJSONScan",
        "CPrefetch",
        .product(name: "Collections", package: "swift-collections"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .target(
      name: "CivicStore",
      dependencies: [
        "CivicCore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "CivicTUI",
      dependencies: ["CivicCore", "CNcursesw"]
    ),
    .executableTarget(
      name: "civicpulse",
      dependencies: [
        "CivicCore", "CivicTUI", "CivicStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "CivicBench",
      dependencies: ["CivicCore"],
      path: "Benchmarks/CivicBench"
    ),
    // Helpers shared by the test targets (waiting on conditions with deadlines).
    .target(name: "CivicTestSupport", path: "Tests/CivicTestSupport"),
    .testTarget(name: "CivicCoreTests", dependencies: ["CivicCore", "CivicTestSupport"]),
    .testTarget(name: "CivicStoreTests", dependencies: ["CivicStore", "CivicTestSupport"]),
    .testTarget(name: "CivicTUITests", dependencies: ["CivicTUI", "CivicStore", "CivicTestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["CivicCore", "CivicTestSupport"]),
  ]
)
