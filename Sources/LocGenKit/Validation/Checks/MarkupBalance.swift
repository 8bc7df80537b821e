import LocGenICU

/// Follows the open tags through a message and its cases, collecting `markup` findings.
struct MarkupBalance {
    let message: CheckedMessage
    private(set) var findings: [Finding] = []
    /// Names of tags with a balance problem.
    private(set) var unbalancedNames: Set<String> = []
    private var reportedOffsets: Set<Int> = []

    init(message: CheckedMessage) { self.message = message }

    mutating func walk(_ nodes: [MessageNode], open: inout [MarkupTag]) {
        for node in nodes {
            switch node {
            case .text(_, let range):
                var tags: [MarkupTag] = []
                MarkupTag.scan(message.scalars, in: range, into: &tags)
                for tag in tags { apply(tag, to: &open) }
            case .pound:
                continue
            case .argument(let argument):
                let cases = argument.labelledCases
                guard !cases.isEmpty else { continue }
                var afterOther = open
                var afterOthers: [[MarkupTag]] = []
                for (message, isOther) in cases {
                    var state = open
                    walk(message, open: &state)
                    if isOther { afterOther = state } else { afterOthers.append(state) }
                }
                for state in afterOthers {
                    for tag in state where !afterOther.contains(tag) { reportUnclosed(tag) }
                }
                open = afterOther
            }
        }
    }

    private mutating func apply(_ tag: MarkupTag, to open: inout [MarkupTag]) {
        guard !tag.isVoid else { return }
        switch tag.kind {
        case .selfClosing:
            return
        case .opening:
            open.append(tag)
        case .closing:
            if open.last?.name == tag.name {
                open.removeLast()
            } else if let index = open.lastIndex(where: { $0.name == tag.name }) {
                let inner = open.last!
                report(
                    tag,
                    "tag </\(tag.name)> closes <\(tag.name)> while <\(inner.name)> is still open; "
                        + "close </\(inner.name)> first"
                )
                unbalancedNames.insert(inner.name)
                open.remove(at: index)
            } else {
                report(tag, "tag </\(tag.name)> closes nothing; remove it or add <\(tag.name)> before it")
            }
        }
    }

    mutating func reportUnclosed(_ tag: MarkupTag) {
        report(tag, "tag <\(tag.name)> is never closed; add </\(tag.name)> where it should end")
    }

    private mutating func report(_ tag: MarkupTag, _ sentence: String) {
        unbalancedNames.insert(tag.name)
        guard reportedOffsets.insert(tag.offset).inserted else { return }
        findings.append(Finding(.markup, sentence, at: tag.offset))
    }
}
