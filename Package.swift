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
    ],
    targets: [
        .target(
            name: "NKCore",
            resources: [
                .embedInCode("Resources/lexicon.json"),
                .embedInCode("Resources/measures.json"),
                .embedInCode("Resources/page.json"),
            ]
        ),
        .target(name: "NKReader", dependencies: ["NKCore"]),
        .systemLibrary(name: "CNcurses"),
        .target(name: "CTerminalGuard"),
        .executableTarget(
            name: "nkreader",
            dependencies: [
                "NKCore", "NKReader", "CNcurses", "CTerminalGuard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "nkbench", dependencies: ["NKCore", "NKReader"]),
        // libFuzzer targets (`make fuzz` builds them with -sanitize=fuzzer and -DLIBFUZZER);
        // a plain build makes them replayers of crash files, so they keep compiling.
        .executableTarget(name: "FuzzFigures", dependencies: ["NKCore"], path: "Fuzz/FuzzFigures"),
        .executableTarget(name: "FuzzPipeline", dependencies: ["NKCore"], path: "Fuzz/FuzzPipeline"),
        .testTarget(name: "NKCoreTests", dependencies: ["NKCore"]),
        .testTarget(name: "NKReaderTests", dependencies: ["NKReader", "NKCore"]),
    ]
)
