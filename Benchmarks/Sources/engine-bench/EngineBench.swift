import ICUFloor

#if canImport(Glibc)
    import Glibc
#endif

/// Times locgen's Swift API against the same ICU calls made from C, in one process, and prints a
/// Markdown table of the medians.
///
/// Each case warms both sides up, checks that they produce the same string, then runs rounds in
/// which the C floor and the Swift call take turns (which one goes first alternates), so that a
/// slow moment on the machine hits both sides alike.
@main
struct EngineBench {
    static func main() {
        let options: Options
        do {
            options = try Options(CommandLine.arguments.dropFirst())
        } catch {
            printError(error.message)
            exit(2)
        }
        if options.showsHelp {
            print(Options.usage)
            return
        }
        if options.usesThreadCPUClock {
            icufloor_use_thread_cpu_clock()
        }
        printProgress("clock: \(options.usesThreadCPUClock ? "CLOCK_THREAD_CPUTIME_ID" : "CLOCK_MONOTONIC")")
        do {
            let cases = try EngineCase.all()
            var results: [CaseResult] = []
            for engineCase in cases where options.selects(engineCase.name) {
                let iterations = options.iterations ?? engineCase.iterations
                printProgress("\(engineCase.name): \(options.rounds) rounds of \(iterations) calls a side")
                results.append(try engineCase.measure(rounds: options.rounds, iterations: iterations))
            }
            print(ResultTable(results: results).markdown)
        } catch let error as BenchError {
            printError(error.message)
            exit(1)
        } catch {
            printError("\(error)")
            exit(1)
        }
    }

    static func printError(_ message: String) {
        printProgress("engine-bench: error: \(message)")
    }

    /// Writes a line to standard error, so that standard output holds only the table.
    static func printProgress(_ message: String) {
        fflush(nil)
        var bytes = Array("\(message)\n".utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// A failure of the benchmark itself: the two sides disagree, or ICU refused a call.
struct BenchError: Error {
    var message: String
}
