// swift-tools-version:6.0
// Small programs to copy from. They depend on Territory exactly as your own package would (by path
// here, by URL in yours), and `make test` builds them so they cannot rot.
import PackageDescription

let package = Package(
    name: "TerritoryExamples",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Territory", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "distance-and-area",
            dependencies: [
                .product(name: "SwiftGEOS", package: "Territory"),
                .product(name: "SwiftPROJ", package: "Territory"),
            ]
        ),
        .executableTarget(name: "control-at-date", dependencies: [.product(name: "Territory", package: "Territory")]),
        .executableTarget(name: "area-series-csv", dependencies: [.product(name: "Territory", package: "Territory")]),
        .executableTarget(
            name: "export-geojson",
            dependencies: [
                .product(name: "Territory", package: "Territory"),
                .product(name: "TerritoryRender", package: "Territory"),
            ]
        ),
        .executableTarget(name: "classify-csv", dependencies: [.product(name: "Territory", package: "Territory")]),
    ],
    swiftLanguageModes: [.v6]
)
