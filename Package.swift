// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Territory",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SwiftGEOS", targets: ["SwiftGEOS"]),
        .library(name: "SwiftPROJ", targets: ["SwiftPROJ"]),
        .library(name: "Territory", targets: ["Territory"]),
        .executable(name: "territory", targets: ["TerritoryCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),
        .systemLibrary(name: "CPROJ", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        .target(name: "SwiftGEOS", dependencies: ["CGEOS"]),
        .target(name: "SwiftPROJ", dependencies: ["CPROJ", "SwiftGEOS"]),
        .testTarget(name: "SwiftGEOSTests", dependencies: ["SwiftGEOS"]),
        .testTarget(name: "SwiftPROJTests", dependencies: ["SwiftPROJ", "SwiftGEOS"]),
    ],
    swiftLanguageModes: [.v6]
)
