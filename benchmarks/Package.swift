// swift-tools-version:6.0
// Benchmarks of Territory against Shapely 2 + pyproj (benchmarks/peers) and against GEOS and PROJ
// called from C (benchmarks/floor). A package of its own so the main build stays small; `make bench`
// builds it in release mode.
import PackageDescription

let package = Package(
    name: "TerritoryBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Territory", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "territory-bench",
            dependencies: [
                .product(name: "Territory", package: "Territory"),
                .product(name: "TerritoryRender", package: "Territory"),
                .product(name: "SwiftPROJ", package: "Territory"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
