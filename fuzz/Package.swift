// swift-tools-version:6.0
// libFuzzer targets for Territory's readers, kept out of the main package so that fuzz
// executables never enter its build. Build and run them with `make fuzz SECONDS=N` from the root
// (`swift build -c debug -Xswiftc -sanitize=fuzzer,address` here).
import PackageDescription

let package = Package(
    name: "TerritoryFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Territory", path: "..")
    ],
    targets: [
        // libFuzzer's driver (a declaration only: -sanitize=fuzzer links the code).
        .systemLibrary(name: "CLibFuzzer"),
        .target(name: "FuzzDriver", dependencies: ["CLibFuzzer"]),
        .executableTarget(
            name: "fuzz-wkt", dependencies: ["FuzzDriver", .product(name: "SwiftGEOS", package: "Territory")]),
        .executableTarget(
            name: "fuzz-wkb", dependencies: ["FuzzDriver", .product(name: "SwiftGEOS", package: "Territory")]),
        .executableTarget(
            name: "fuzz-geojson", dependencies: ["FuzzDriver", .product(name: "SwiftGEOS", package: "Territory")]),
        .executableTarget(
            name: "fuzz-dataset", dependencies: ["FuzzDriver", .product(name: "Territory", package: "Territory")]),
        // Reaches the CSV reader of `territory classify` through `@testable import`.
        .executableTarget(
            name: "fuzz-csv", dependencies: ["FuzzDriver", .product(name: "Territory", package: "Territory")]),
        // Reaches the overlay decoder through `@testable import` (debug builds enable testability).
        .executableTarget(
            name: "fuzz-overlay",
            dependencies: [
                "FuzzDriver", .product(name: "Territory", package: "Territory"),
                .product(name: "SwiftGEOS", package: "Territory"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
