/// The command line of `engine-bench`.
struct Options {
    static let usage = """
        usage: engine-bench [--rounds N] [--iterations N] [--case NAME]... [--clock monotonic|thread-cpu]

          --rounds N       rounds per case; each round times both sides once (default 7)
          --iterations N   calls per side and round, for every case (default: each case's own)
          --case NAME      run only the cases whose name starts with NAME (repeatable)
          --clock CLOCK    monotonic (default): wall time; thread-cpu: the thread's CPU time, which
                           leaves out time spent descheduled when other processes share the cores
        """

    var rounds = 7
    var iterations: Int?
    var caseNames: [String] = []
    var usesThreadCPUClock = false
    var showsHelp = false

    init(_ arguments: ArraySlice<String>) throws(BenchError) {
        var rest = arguments
        while let flag = rest.popFirst() {
            switch flag {
            case "--rounds": rounds = try Self.count(after: flag, in: &rest)
            case "--iterations": iterations = try Self.count(after: flag, in: &rest)
            case "--case":
                guard let name = rest.popFirst() else { throw BenchError(message: "--case needs a name") }
                caseNames.append(name)
            case "--clock":
                switch rest.popFirst() {
                case "monotonic": usesThreadCPUClock = false
                case "thread-cpu": usesThreadCPUClock = true
                default: throw BenchError(message: "--clock needs 'monotonic' or 'thread-cpu'")
                }
            case "-h", "--help": showsHelp = true
            default: throw BenchError(message: "unknown argument '\(flag)'\n\(Self.usage)")
            }
        }
    }

    /// Whether a case runs: every case when no `--case` was given.
    func selects(_ name: String) -> Bool {
        caseNames.isEmpty || caseNames.contains { name.hasPrefix($0) }
    }

    private static func count(after flag: String, in rest: inout ArraySlice<String>) throws(BenchError) -> Int {
        guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
            throw BenchError(message: "\(flag) needs a positive whole number")
        }
        return value
    }
}
