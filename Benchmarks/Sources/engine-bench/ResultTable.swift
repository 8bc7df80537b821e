/// The timings of one case: nanoseconds per call on each side, one entry per round.
struct CaseResult {
    var name: String
    var swiftCall: String
    var iterations: Int
    var floorNanoseconds: [Double] = []
    var swiftNanoseconds: [Double] = []

    var floorMedian: Double { median(floorNanoseconds) }
    var swiftMedian: Double { median(swiftNanoseconds) }
    /// How many times the C floor's cost a locgen call costs, from the two medians.
    var ratio: Double { swiftMedian / floorMedian }
    /// The ratio in each round, where both sides ran back to back.
    var roundRatios: [Double] { zip(swiftNanoseconds, floorNanoseconds).map { $0 / $1 } }
}

/// The results as a Markdown table, one row per case.
struct ResultTable {
    var results: [CaseResult]

    var markdown: String {
        var lines = [
            "| case | locgen call | calls × rounds | C floor (ns/call) | locgen (ns/call) | locgen / C | per-round ratios |",
            "|---|---|--:|--:|--:|--:|--:|",
        ]
        for result in results {
            let ratios = result.roundRatios
            let spread = "\(fixed(ratios.min() ?? 0, 2))–\(fixed(ratios.max() ?? 0, 2))"
            let cells = [
                result.name,
                "`\(result.swiftCall)`",
                "\(result.iterations) × \(result.floorNanoseconds.count)",
                fixed(result.floorMedian, 0),
                fixed(result.swiftMedian, 0),
                "\(fixed(result.ratio, 2))×",
                spread,
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

/// The middle value, or the mean of the two middle values.
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
}

/// A number with a fixed count of fraction digits, without Foundation.
func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * scale).rounded())
    guard digits > 0 else { return String(scaled) }
    let sign = scaled < 0 ? "-" : ""
    let magnitude = abs(scaled)
    let fraction = String(magnitude % Int(scale))
    return "\(sign)\(magnitude / Int(scale)).\(String(repeating: "0", count: digits - fraction.count))\(fraction)"
}
