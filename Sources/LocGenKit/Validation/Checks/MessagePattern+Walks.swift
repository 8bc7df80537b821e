import LocGenICU

// Ways through a parsed message that several checks share.

extension MessagePattern {
    /// Calls `body` with the range of every literal text piece, in source order, in every case at any depth.
    func forEachTextRange(_ body: (Range<Int>) -> Void) {
        Self.forEachTextRange(in: nodes, body)
    }

    private static func forEachTextRange(in nodes: [MessageNode], _ body: (Range<Int>) -> Void) {
        for node in nodes {
            switch node {
            case .text(_, let range): body(range)
            case .pound: break
            case .argument(let argument):
                for message in argument.caseMessages { forEachTextRange(in: message, body) }
            }
        }
    }

    /// The nodes ICU shows when every plural, selectordinal and select argument takes its `other` case, with those
    /// arguments replaced by the nodes of that case.
    ///
    /// Checks that compare a translation with its source as a whole (tags, the final punctuation, the width of a
    /// title) follow this path: the number of cases differs between languages, but every message has `other`.
    var otherPath: [MessageNode] {
        var path: [MessageNode] = []
        Self.appendOtherPath(of: nodes, to: &path)
        return path
    }

    private static func appendOtherPath(of nodes: [MessageNode], to path: inout [MessageNode]) {
        for node in nodes {
            guard case .argument(let argument) = node, let other = argument.otherCase else {
                path.append(node)
                continue
            }
            appendOtherPath(of: other, to: &path)
        }
    }

    /// The offsets of the apostrophes that open and close quoted literals, which ICU does not show.
    var quoteDelimiters: Set<Int> {
        var offsets: Set<Int> = []
        for quote in quotes {
            offsets.insert(quote.range.lowerBound)
            if quote.isTerminated { offsets.insert(quote.range.upperBound - 1) }
        }
        return offsets
    }
}

extension MessageArgument {
    /// Whether the argument is a plural, selectordinal or select, with cases.
    var hasCases: Bool {
        switch kind {
        case .plural, .selectordinal, .select: true
        case .simple, .number, .date, .time, .spellout, .ordinal, .duration, .choice: false
        }
    }

    /// The messages of a plural, selectordinal or select argument's cases in source order, each with whether it is
    /// the `other` case; empty for other kinds.
    var labelledCases: [(message: [MessageNode], isOther: Bool)] {
        switch kind {
        case .plural(let selector), .selectordinal(let selector):
            selector.cases.map { ($0.message, $0.selector == .keyword("other")) }
        case .select(let cases):
            cases.map { ($0.message, $0.key == "other") }
        case .simple, .number, .date, .time, .spellout, .ordinal, .duration, .choice:
            []
        }
    }

    /// The message of the `other` case of a plural, selectordinal or select argument; `nil` for other kinds.
    var otherCase: [MessageNode]? {
        switch kind {
        case .plural(let selector), .selectordinal(let selector):
            selector.cases.first { $0.selector == .keyword("other") }?.message
        case .select(let cases):
            cases.first { $0.key == "other" }?.message
        case .simple, .number, .date, .time, .spellout, .ordinal, .duration, .choice:
            nil
        }
    }
}
