// swift-tools-version:6.1
import PackageDescription

// The measurement behind JSONValueParser: the same product records parsed by Foundation's
// JSONSerialization and JSONDecoder, by Yams, and by locgen's own parser. The parser's files are
// linked in from Sources/LocGenKit, so this always measures the code that ships.
// Run with: swift run -c release --package-path Benchmarks/JSONParserChoice
let package = Package(
    name: "json-parser-choice",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2")
    ],
    targets: [
        .executableTarget(
            name: "json-parser-choice",
            dependencies: [.product(name: "Yams", package: "Yams")]
        )
    ]
)
