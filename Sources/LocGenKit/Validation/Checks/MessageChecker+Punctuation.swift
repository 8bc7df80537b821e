extension MessageChecker {
    /// `punctuation`: the final mark differs in kind from the source's (`.` `!` `?` `:` `…`), comparing the
    /// `other` path of both and treating script equivalents (`。` `？` `؟`, Greek `;`) as the same mark.
    func checkPunctuation(_ message: CheckedMessage, source: CheckedMessage, into findings: inout [Finding]) {
        guard message.pattern != nil, source.pattern != nil,
            let ending = SentenceEnding(of: message, conventions: endings),
            let expected = SentenceEnding(of: source, conventions: sourceEndings),
            !endings.matches(ending, source: expected, in: message)
        else { return }
        let text = message.text(ending.range)
        let expectedText = source.text(expected.range)
        let sentence =
            switch (ending.mark, expected.mark) {
            case (nil, _):
                "the source ends with '\(expectedText)' but the message does not; add the same kind of punctuation"
            case (_, nil):
                "the message ends with '\(text)' but the source does not; remove it"
            case (_, _):
                "the message ends with '\(text)' but the source ends with '\(expectedText)'; "
                    + "use the same kind of punctuation"
            }
        findings.append(Finding(.punctuation, sentence, at: ending.offset))
    }
}
