// swift-tools-version: 6.0
import PackageDescription

/// Keeps C types out of every module's public API (see STYLE.md, "Wrapping C").
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("InternalImportsByDefault")]

let package = Package(
    name: "productstudio",
    products: [
        .executable(name: "productstudio", targets: ["productstudio"]),
        .library(name: "StudioCore", targets: ["StudioCore"]),
        .library(name: "StudioSite", targets: ["StudioSite"]),
        .library(name: "StudioAssets", targets: ["StudioAssets"]),
        .library(name: "StudioCheck", targets: ["StudioCheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C libraries, one system-library target each.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CVips", pkgConfig: "vips", providers: [.apt(["libvips-dev"])]),
        .systemLibrary(
            name: "CFFmpeg",
            pkgConfig: "libavformat",
            providers: [.apt(["libavformat-dev", "libavcodec-dev", "libavutil-dev"])]
        ),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // Linux file-system calls Swift cannot reach (renameat2).
        .target(name: "CFileSystem"),
        .target(name: "CProcess"),

        // `parallelMap`, shared by the site builder and the asset checker.
        .target(name: "StudioConcurrency", swiftSettings: swiftSettings),
        // An ordered JSON writer, shared by the reports of `inspect` and `check`.
        .target(name: "StudioJSON", swiftSettings: swiftSettings),

        // Domain libraries.
        .target(
            name: "StudioCore",
            dependencies: [
                "CCrypto", "CFileSystem", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            resources: [.copy("Ledger/Resources/credit-packs.json")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StudioSite",
            dependencies: ["CCmarkGFM", "CFileSystem", "StudioConcurrency", "Yams", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StudioAssets",
            dependencies: ["CVips", "CFFmpeg", "StudioConcurrency", "StudioJSON"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "StudioCheck",
            dependencies: [
                "StudioAssets", "StudioCore", "StudioConcurrency", "StudioJSON", "Yams", .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Profiles/Resources"), .copy("Reports/Review/ReviewTemplate")],
            swiftSettings: swiftSettings
        ),

        // `serve`: the HTTP server, the file watcher and live reload; imported by the command line only.
        .target(
            name: "StudioPreview",
            dependencies: [
                "StudioSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Only to keep Hummingbird's own log lines out of the preview's output.
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // The command-line tool: the composition root.
        .executableTarget(
            name: "productstudio",
            dependencies: [
                "CProcess", "StudioCore", "StudioSite", "StudioAssets", "StudioCheck", "StudioJSON", "StudioPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // Drives the ledger through the library for scripts/bench/ledger.sh and the multi-process tests.
        .executableTarget(
            name: "ledger-bench",
            dependencies: ["StudioCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),

        // One self-cleaning temporary folder and one process runner for every test target.
        .target(name: "StudioTestSupport", path: "Tests/StudioTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "StudioCoreTests", dependencies: ["StudioCore", "StudioTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "StudioConcurrencyTests", dependencies: ["StudioConcurrency"], swiftSettings: swiftSettings),
        .testTarget(name: "StudioJSONTests", dependencies: ["StudioJSON"], swiftSettings: swiftSettings),
        // Golden/ is read from the source tree (the recorded site), not bundled.
        .testTarget(name: "StudioSiteTests", dependencies: ["StudioSite", "StudioTestSupport"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "StudioAssetsTests", dependencies: ["StudioAssets", "StudioTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "StudioCheckTests", dependencies: ["StudioCheck"], swiftSettings: swiftSettings),
        // Resources/ (the SARIF 2.1.0 schema) is read from the source tree, not bundled.
        .testTarget(
            name: "ProductStudioCLITests",
            dependencies: ["StudioCore", "StudioTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Resources"],
            swiftSettings: swiftSettings
        ),
    ]
)
