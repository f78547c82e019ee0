// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nkreader",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nkreader", targets: ["nkreader"]),
        .library(name: "NKCore", targets: ["NKCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Saved web pages and Word documents are parsed by libxml2 (Debian: libxml2-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "NKCore",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [
                .embedInCode("Resources/lexicon.json"),
                .embedInCode("Resources/measures.json"),
                .embedInCode("Resources/page.json"),
                .embedInCode("Resources/languages.json"),
            ]
        ),
        // Fetching web addresses with URLSession (FoundationNetworking, which needs libcurl), behind
        // NKCore's Fetcher protocol: the core itself never opens a connection.
        .target(name: "NKNet", dependencies: ["NKCore"]),
        .target(name: "NKReader", dependencies: ["NKCore"]),
        .systemLibrary(name: "CNcurses"),
        .target(name: "CTerminalGuard"),
        .executableTarget(
            name: "nkreader",
            dependencies: [
                "NKCore", "NKNet", "NKReader", "CNcurses", "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "nkbench", dependencies: ["NKCore", "NKReader"]),
        // libFuzzer targets (`make fuzz` builds them with -sanitize=fuzzer and -DLIBFUZZER);
        // a plain build makes them replayers of crash files, so they keep compiling.
        .executableTarget(name: "FuzzFigures", dependencies: ["NKCore"], path: "Fuzz/FuzzFigures"),
        .executableTarget(name: "FuzzPipeline", dependencies: ["NKCore"], path: "Fuzz/FuzzPipeline"),
        .testTarget(name: "NKCoreTests", dependencies: ["NKCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "NKReaderTests", dependencies: ["NKReader", "NKCore"]),
        .testTarget(name: "NKNetTests", dependencies: ["NKNet", "NKCore"]),
    ]
)
