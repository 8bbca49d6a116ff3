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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
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
        .testTarget(name: "SwiftGEOSTests", dependencies: ["SwiftGEOS"]),
        .testTarget(name: "SwiftPROJTests", dependencies: ["SwiftPROJ", "SwiftGEOS"]),
        .testTarget(
            name: "TerritoryTests",
            dependencies: ["Territory", "TerritoryRender", "SwiftPROJ"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerritoryCLITests", dependencies: ["Territory", "TerritoryRender"]),
    ],
    swiftLanguageModes: [.v6]
)
