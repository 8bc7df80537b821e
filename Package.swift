// swift-tools-version:6.1
import PackageDescription

// Language features every target opts into, each with its proposal.
let upcomingFeatures: [SwiftSetting] = [
    // SE-0335: `any P` is spelled out wherever an existential is stored.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0409: imports are internal unless a file says otherwise, so C types stay inside.
    .enableUpcomingFeature("InternalImportsByDefault"),
    // SE-0444: a member is visible only where its module is imported.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "locgen",
    products: [
        .executable(name: "locgen", targets: ["locgen"]),
        .library(name: "LocGenKit", targets: ["LocGenKit"]),
        .library(name: "LocGenICU", targets: ["LocGenICU"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The system ICU4C from Debian's libicu-dev, found through pkg-config.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // The system zlib from Debian's zlib1g-dev, for gzip-compressed sitemaps.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev", "pkg-config"])]
        ),
        // A small C++ shim with a plain C header: the only code that names ICU.
        .target(
            name: "CLocGenICU",
            dependencies: ["CICU"],
            cxxSettings: [.unsafeFlags(["-std=c++17"])],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .target(
            name: "LocGenICU",
            dependencies: ["CLocGenICU"],
            swiftSettings: upcomingFeatures
        ),
        .target(
            name: "LocGenKit",
            dependencies: [
                "LocGenICU",
                "CZlib",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "locgen",
            dependencies: [
                "LocGenKit",
                "LocGenICU",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "LocGenICUTests",
            dependencies: ["LocGenICU"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "LocGenKitTests",
            dependencies: ["LocGenKit", "LocGenICU"],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "locgenTests",
            dependencies: [
                "locgen",
                "LocGenKit",
                "LocGenICU",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcomingFeatures
        ),
    ],
    cxxLanguageStandard: .cxx17
)
