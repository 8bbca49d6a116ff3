// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Territory",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SwiftGEOS", targets: ["SwiftGEOS"]),
        .library(name: "SwiftPROJ", targets: ["SwiftPROJ"]),
        .library(name: "Territory", targets: ["Territory"]),
        .library(name: "TerritoryRender", targets: ["TerritoryRender"]),
        .executable(name: "territory", targets: ["TerritoryCLI"]),
        .executable(name: "territory-serve", targets: ["TerritoryServe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // C shims: they know nothing of Swift types.
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Geometry and geodesy: they know nothing of territory.
        .target(name: "SwiftGEOS", dependencies: ["CGEOS"]),
        .target(name: "SwiftPROJ", dependencies: ["CPROJ", "SwiftGEOS"]),
        // The embedded dataset lives at the top of the repository (geodata/) so people can find and
        // review it; it is a target of its own so SwiftPM ships it as a resource bundle.
        .target(
            name: "TerritoryData",
            path: "geodata",
            exclude: ["LICENSE", "SOURCES.md", "schema", "src", "tools"],
            resources: [.copy("data")]
        ),
        // The domain: it knows nothing of the terminal.
        .target(name: "Territory", dependencies: ["SwiftGEOS", "SwiftPROJ", "TerritoryData", "CSQLite"]),
        // The renderers: exports, maps and the viewer, drawn from the domain's answers. The viewer's
        // page is a resource file, read through Bundle.module.
        .target(
            name: "TerritoryRender",
            dependencies: ["Territory", "SwiftPROJ", "CSQLite"],
            resources: [.copy("Resources/viewer.html")]
        ),
        .executableTarget(
            name: "TerritoryCLI",
            dependencies: ["Territory", "TerritoryRender", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/territory"
        ),
        // The OGC API - Features server: the only target with HTTP (Hummingbird, SwiftNIO), so the
        // library and the CLI stay free of them; `territory serve` runs this executable.
        .executableTarget(
            name: "TerritoryServe",
            dependencies: [
                "Territory",
                "TerritoryRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/territory-serve"
        ),
        // What several test targets share (a seeded generator). Only test targets depend on it, so
        // no product ships it and `swift build --product` never builds it.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SwiftGEOSTests", dependencies: ["SwiftGEOS", "TestSupport"]),
        .testTarget(name: "SwiftPROJTests", dependencies: ["SwiftPROJ", "SwiftGEOS", "TestSupport"]),
        .testTarget(
            name: "TerritoryTests",
            dependencies: ["Territory", "TerritoryRender", "SwiftPROJ", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerritoryCLITests", dependencies: ["Territory", "TerritoryRender", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
