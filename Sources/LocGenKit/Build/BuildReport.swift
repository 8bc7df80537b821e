/// What a build did: pages per market, how many were rendered or reused, warnings and time.
public struct BuildReport: Sendable, Equatable {
    /// The pages of one market.
    public struct MarketPages: Sendable, Equatable {
        /// The market's id.
        public var id: String
        /// Its product pages plus its index page.
        public var pages: Int
    }

    /// The output folder that now holds the site.
    public var outputPath: String
    /// The markets built, sorted by id.
    public var markets: [MarketPages]
    /// Pages rendered from templates.
    public var renderedPages: Int
    /// Pages whose inputs had not changed, hard-linked from the previous output.
    public var reusedPages: Int
    /// Files copied from `static/`.
    public var staticFiles: Int
    /// Problems the build worked around, compiler-style (`file:line:col: warning: …` where there is a file).
    public var warnings: [String]
    /// How long the build took, by a monotonic clock.
    public var duration: Duration
    /// Whether nothing the build reads had changed since the output was made, so nothing was written.
    public var isUpToDate = false
    /// Products whose inputs had not changed since the previous build, so that their pages were kept without
    /// being planned (counted in ``reusedPages``).
    public var skippedProducts = 0

    /// All pages written.
    public var totalPages: Int { renderedPages + reusedPages }

    /// The report as JSON for `--report`: keys in a fixed order, markets sorted by id.
    public func jsonText() -> JSONText {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return .object([
            ("output", .string(outputPath)),
            ("pages", .int(totalPages)),
            ("rendered", .int(renderedPages)),
            ("reused", .int(reusedPages)),
            ("skippedProducts", .int(skippedProducts)),
            ("staticFiles", .int(staticFiles)),
            ("markets", .array(markets.map { .object([("id", .string($0.id)), ("pages", .int($0.pages))]) })),
            ("warnings", .array(warnings.map { .string($0) })),
            ("durationMilliseconds", .int(Int(milliseconds))),
            ("upToDate", .bool(isUpToDate)),
        ])
    }
}
