import ICUFloor

/// One thing locgen formats, with the C floor and the Swift API call that produce the same string.
struct EngineCase {
    /// A short name for the table and `--case` (`currency`, `date lookup`).
    var name: String
    /// The Swift expression timed, as it appears in the table.
    var swiftCall: String
    /// Calls per side and round unless `--iterations` says otherwise.
    var iterations: Int
    /// Makes `iterations` calls with the ICU formatter made once, from C.
    var floor: (Int) throws -> Run
    /// Makes `iterations` calls through locgen's public API.
    var swift: (Int) throws -> Run

    /// Warms both sides up, then times them in alternating order for `rounds` rounds.
    func measure(rounds: Int, iterations: Int) throws -> CaseResult {
        // The first calls load ICU's data and fill caches, on both sides; they are not timed.
        try check(floor: floor(max(iterations / 10, 1)), swift: swift(max(iterations / 10, 1)))
        var result = CaseResult(name: name, swiftCall: swiftCall, iterations: iterations)
        for round in 0..<rounds {
            let floorRun: Run
            let swiftRun: Run
            if round.isMultiple(of: 2) {
                floorRun = try floor(iterations)
                swiftRun = try swift(iterations)
            } else {
                swiftRun = try swift(iterations)
                floorRun = try floor(iterations)
            }
            try check(floor: floorRun, swift: swiftRun)
            result.floorNanoseconds.append(floorRun.nanosecondsPerCall(iterations))
            result.swiftNanoseconds.append(swiftRun.nanosecondsPerCall(iterations))
        }
        return result
    }

    private func check(floor: Run, swift: Run) throws(BenchError) {
        guard floor.result == swift.result else {
            throw BenchError(
                message:
                    "\(name): locgen returned '\(visible(swift.result))' but the same ICU calls from C returned '\(visible(floor.result))'"
            )
        }
        guard floor.checksum == swift.checksum else {
            throw BenchError(
                message:
                    "\(name): checksums differ (C \(floor.checksum), locgen \(swift.checksum)); a call returned another string"
            )
        }
    }
}

/// Shows the spaces ICU puts in numbers and dates, which look like ordinary spaces in a terminal.
private func visible(_ text: String) -> String {
    var shown = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\u{00A0}": shown += "⟨NBSP⟩"
        case "\u{202F}": shown += "⟨NNBSP⟩"
        default: shown.unicodeScalars.append(scalar)
        }
    }
    return shown
}

/// The outcome of one timed loop.
struct Run {
    /// Time the whole loop took on the benchmark's clock (`icufloor_now`).
    var nanoseconds: UInt64
    /// The sum over all calls of the result's UTF-8 length and its first and last bytes.
    var checksum: UInt64
    /// The last call's result.
    var result: String

    func nanosecondsPerCall(_ iterations: Int) -> Double { Double(nanoseconds) / Double(iterations) }
}

/// Times `iterations` calls of a locgen API on the floor's clock, folding each result into the
/// checksum exactly as the floor does.
@inline(__always)
func timeSwift(_ iterations: Int, _ call: () throws -> String) rethrows -> Run {
    var checksum: UInt64 = 0
    var last = ""
    let start = icufloor_now()
    for iteration in 0..<iterations {
        let text = try call()
        checksum &+= fold(text)
        if iteration == iterations - 1 { last = text }
    }
    let elapsed = icufloor_now() - start
    return Run(nanoseconds: elapsed, checksum: checksum, result: last)
}

// Through `withUTF8`: `utf8.last` walks back through the view's index machinery (~80 instructions a
// call), which would charge the harness's own work to locgen.
@inline(__always)
private func fold(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return UInt64(bytes.count) &+ UInt64(first) &+ UInt64(last)
    }
}
