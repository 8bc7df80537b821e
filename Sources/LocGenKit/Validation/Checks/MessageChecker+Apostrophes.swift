import LocGenICU

extension MessageChecker {
    /// `apostrophe` for quoted literals that are really elisions: `l'{name} et l'{other}` quotes `{name} et l`, so
    /// ICU prints `l{name} et l` and swallows both apostrophes.
    ///
    /// A quote is reported when it opens right after a letter (French, Italian, Catalan elision) and quotes an
    /// argument-looking `{name}`, or a plural `#` followed by more text. Intentional quoting, `'{'` or `'{name}'`
    /// after a space, does not fire. Unterminated quotes are syntax errors, handled in ``syntaxFinding(_:in:)``.
    func checkApostrophes(_ message: CheckedMessage, _ pattern: MessagePattern, into findings: inout [Finding]) {
        for quote in pattern.quotes where quote.isTerminated {
            let start = quote.range.lowerBound
            guard start > 0, message.scalars[start - 1].properties.isAlphabetic else { continue }
            let text = Array(quote.text.unicodeScalars)
            guard Self.containsArgument(text) || (text.first == "#" && text.count > 1) else { continue }
            let printed = CheckedMessage.shortened(quote.text)
            findings.append(
                Finding(
                    .apostrophe,
                    "the apostrophe in \(elision(at: start, in: message)) starts quoted text that runs to the next "
                        + "apostrophe, so ICU prints '\(printed)' literally; \(Self.apostropheFix)",
                    at: start
                )
            )
        }
    }

    /// Whether text holds something like `{name}` or `{count,`: a brace, an identifier and a closing brace or comma.
    static func containsArgument(_ text: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard text[index] == "{" else { continue }
            var cursor = index + 1
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            let nameStart = cursor
            while cursor < text.count,
                text[cursor].properties.isAlphabetic || text[cursor].properties.numericType != nil
                    || text[cursor] == "_"
            {
                cursor += 1
            }
            guard cursor > nameStart else { continue }
            while cursor < text.count, text[cursor] == " " { cursor += 1 }
            if cursor < text.count, text[cursor] == "}" || text[cursor] == "," { return true }
        }
        return false
    }
}
