// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "shequ",
    // Built and tested on Linux (Debian 12, ncursesw from libncursesw5-dev) only. The macOS line
    // is the least the dependencies need there; nobody has built or run Shequ on a Mac.
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shequ", targets: ["shequ"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "CWidth"),
        // The modules below, in the direction they depend on each other: text, domain, store, sync.
        // The domain holds no files, processes or clock (.ci/check-architecture checks it).
        .target(name: "ShequText"),
        .target(
            name: "ShequDomain",
            dependencies: ["ShequText", "CWidth", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "ShequStore",
            dependencies: [
                "ShequText", "ShequDomain", .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "ShequSync", dependencies: ["ShequText", "ShequDomain", "ShequStore"]),
        .target(
            name: "ShequExport",
            dependencies: ["ShequText", "ShequDomain", "ShequStore", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "ShequTUI",
            dependencies: ["ShequText", "ShequDomain", "ShequStore", "ShequSync", "ShequExport", "CNcursesw"],
            plugins: ["EmbedThemes"]
        ),
        // The shipped themes (themes/*.toml) built into ShequTUI, so that a copied binary has them.
        .executableTarget(name: "shequ-embed-themes", path: "Sources/shequ-embed-themes"),
        .plugin(
            name: "EmbedThemes",
            capability: .buildTool(),
            dependencies: ["shequ-embed-themes"],
            path: "Sources/EmbedThemes"
        ),
        .executableTarget(
            name: "shequ",
            dependencies: [
                "ShequText", "ShequDomain", "ShequStore", "ShequSync", "ShequTUI", "ShequExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["StampCommit"]
        ),
        // The git commit of the build, for `shequ --version` and `shequ doctor`.
        .plugin(name: "StampCommit", capability: .buildTool(), path: "Sources/StampCommit"),
        // libFuzzer target for the community file decoder (README, "Fuzzing"); a normal build
        // makes it a tool that replays saved inputs.
        // The benchmark (README, "Benchmark"): a generated district, measured in a release build.
        .executableTarget(
            name: "shequ-bench",
            dependencies: [
                "ShequText", "ShequDomain", "ShequStore", "ShequSync", "ShequTUI", "ShequExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "shequ-fuzz", dependencies: ["ShequText", "ShequDomain", "ShequStore", "CFuzzerDriver"]),
        .testTarget(
            name: "ShequCoreTests",
            dependencies: ["ShequText", "ShequDomain", "ShequStore", "ShequSync"]
        ),
        .testTarget(
            name: "ShequExportTests",
            dependencies: [
                "ShequExport", "ShequText", "ShequDomain", "ShequStore",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "ShequTUITests",
            dependencies: [
                "ShequTUI", "ShequText", "ShequDomain", "ShequStore", "ShequSync", "ShequExport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["shequ", "ShequText", "ShequDomain", "ShequStore", "ShequSync"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
