import LocGenICU

extension MessageChecker {
    /// `markup`: tags that are unbalanced in the message, and tags that differ from the source's.
    ///
    /// Balance is checked along every case: a plural case starts with the tags open before the argument, and the
    /// message continues with the tags its `other` case leaves open; a case that leaves a tag open that `other`
    /// does not is reported too. The comparison with the source counts the tags on the `other` path
    /// (``MessagePattern/otherPath``), as languages have different numbers of plural cases. A tag name that is
    /// unbalanced is not compared again, so one mistake gives one finding.
    func checkMarkup(
        _ message: CheckedMessage,
        _ pattern: MessagePattern,
        source: CheckedMessage?,
        into findings: inout [Finding]
    ) {
        // No `<`, no tags: the common case needs no walk.
        guard message.scalars.contains("<") || source?.scalars.contains("<") == true else { return }
        var balance = MarkupBalance(message: message)
        var open: [MarkupTag] = []
        balance.walk(pattern.nodes, open: &open)
        for tag in open { balance.reportUnclosed(tag) }
        findings += balance.findings.sorted { $0.offset ?? 0 < $1.offset ?? 0 }
        guard let source, source.pattern != nil else { return }
        let expected = MarkupCount(source.tags(on: source.otherPath))
        let actual = MarkupCount(message.tags(on: message.otherPath))
        for name in expected.names where !balance.unbalancedNames.contains(name) {
            let missing = expected.counts(of: name).subtracting(actual.counts(of: name))
            guard let shown = missing.display(name) else { continue }
            let fix = missing.isPair ? "are missing here; put them around the same words" : "is missing here; add it"
            findings.append(Finding(.markup, "the source's \(shown) \(fix)"))
        }
        for name in actual.names where !balance.unbalancedNames.contains(name) {
            let extra = actual.counts(of: name).subtracting(expected.counts(of: name))
            guard let shown = extra.display(name), let offset = actual.firstExtraOffset(of: name, beyond: expected)
            else { continue }
            let (verb, pronoun) = extra.isPair ? ("are", "them") : ("is", "it")
            findings.append(Finding(.markup, "\(shown) \(verb) not in the source; remove \(pronoun)", at: offset))
        }
    }
}

extension CheckedMessage {
    /// The tags in the text nodes of a path, in order.
    func tags(on nodes: [MessageNode]) -> [MarkupTag] {
        var tags: [MarkupTag] = []
        for case .text(_, let range) in nodes { MarkupTag.scan(scalars, in: range, into: &tags) }
        return tags
    }
}
