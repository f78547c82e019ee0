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
        .testTarget(name: "NKCoreTests", dependencies: ["NKCore"]),
        .testTarget(name: "NKReaderTests", dependencies: ["NKReader", "NKCore"]),
    ]
)
