// swift-tools-version:6.1
import PackageDescription

// A separate package so that CI, which builds the root package, never builds the benchmarks.
// Run with: swift run -c release --package-path Benchmarks engine-bench

// The same language features as the root package, each with its proposal.
let upcomingFeatures: [SwiftSetting] = [
    // SE-0335: `any P` is spelled out wherever an existential is stored.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0409: imports are internal unless a file says otherwise.
    .enableUpcomingFeature("InternalImportsByDefault"),
    // SE-0444: a member is visible only where its module is imported.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "locgen-benchmarks",
    dependencies: [
        .package(name: "locgen", path: "..")
    ],
    targets: [
        // The floor: the ICU calls locgen makes per format call, made straight from C++, timed in C.
        .target(
            name: "ICUFloor",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .executableTarget(
            name: "engine-bench",
            dependencies: [
                "ICUFloor",
                .product(name: "LocGenICU", package: "locgen"),
            ],
            swiftSettings: upcomingFeatures
        ),
    ],
    cxxLanguageStandard: .cxx17
)
