import LocGenICU

extension MessageChecker {
    /// `empty`: the value is empty or only white space. It is the only finding such a message gets.
    func emptyFinding(_ message: CheckedMessage, hasSource: Bool) -> Finding {
        let what = message.scalars.isEmpty ? "the message is empty" : "the message is only white space"
        return Finding(.empty, "\(what); \(hasSource ? "translate the source message" : "write its text")")
    }

    /// `untranslated`: the trimmed text equals the source's.
    ///
    /// Not reported for a locale of the source's own language (en-GB for an en source, de-CH for de), for texts
    /// on the allow list, and for texts without letters outside arguments, tags and placeholders (`{count}`,
    /// `%s`, `<br>`, `–`), which read the same in every language.
    func checkUntranslated(_ message: CheckedMessage, source: CheckedMessage, into findings: inout [Finding]) {
        guard !sharesSourceLanguage else { return }
        let range = message.trimmedRange
        guard message.scalars[range].elementsEqual(source.scalars[source.trimmedRange]) else { return }
        guard !options.untranslatedAllowList.contains(message.text(range)), message.hasTranslatableLetters else {
            return
        }
        findings.append(
            Finding(
                .untranslated,
                "the message is identical to the source; translate it, or add it to the untranslated allow list "
                    + "if it stays the same in every language"
            )
        )
    }

    /// `whitespace`: leading or trailing white space, and double spaces in the text, that the source does not have.
    ///
    /// Without a source only the ends are checked. White space between the cases of a plural is syntax and does
    /// not count; a run that starts a line (indentation) is not a double space.
    func checkWhitespace(_ message: CheckedMessage, source: CheckedMessage?, into findings: inout [Finding]) {
        let scalars = message.scalars
        let unlikeSource = source == nil ? "" : " that the source does not have"
        if let first = scalars.first, first.isWhiteSpace,
            source?.scalars.first?.isWhiteSpace != true
        {
            findings.append(
                Finding(.whitespace, "the message starts with \(Self.describe(first))\(unlikeSource); remove it", at: 0)
            )
        }
        if let last = scalars.last, last.isWhiteSpace, source?.scalars.last?.isWhiteSpace != true {
            let start = (scalars.lastIndex { !$0.isWhiteSpace } ?? -1) + 1
            findings.append(
                Finding(
                    .whitespace,
                    "the message ends with \(Self.describe(scalars[start]))\(unlikeSource); remove it",
                    at: start
                )
            )
        }
        guard let source else { return }
        let runs = message.doubleSpaces
        guard !runs.isEmpty, source.doubleSpaces.isEmpty else { return }
        for run in runs {
            var start = run.lowerBound
            while start > 0, run.lowerBound - start < 16, !scalars[start - 1].isWhiteSpace { start -= 1 }
            findings.append(
                Finding(
                    .whitespace,
                    "double space after '\(message.text(start..<run.lowerBound))'; use a single space",
                    at: run.lowerBound
                )
            )
        }
    }

    /// Names a white-space character for a translator.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": return "a line break"
        case "\u{A0}": return "a no-break space (U+00A0)"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "white space (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
        }
    }
}

extension CheckedMessage {
    /// Runs of two or more spaces or tabs inside the literal text, between two other characters.
    ///
    /// When the message does not parse, the whole value counts as text.
    var doubleSpaces: [Range<Int>] {
        var runs: [Range<Int>] = []
        // Most messages have no two spaces in a row anywhere; they need no walk through the pattern.
        guard
            scalars.indices.dropFirst().contains(where: {
                scalars[$0].isHorizontalSpace && scalars[$0 - 1].isHorizontalSpace
            })
        else { return runs }
        func collect(_ range: Range<Int>) {
            var index = range.lowerBound
            while index < range.upperBound {
                guard scalars[index].isHorizontalSpace else {
                    index += 1
                    continue
                }
                let start = index
                while index < range.upperBound, scalars[index].isHorizontalSpace { index += 1 }
                guard index - start >= 2, start > 0, index < scalars.count,
                    !scalars[start - 1].isWhiteSpace, !scalars[index].isWhiteSpace
                else { continue }
                runs.append(start..<index)
            }
        }
        if let pattern {
            pattern.forEachTextRange(collect)
        } else {
            collect(0..<scalars.count)
        }
        return runs
    }

    /// Whether the literal text has a letter outside tags and foreign placeholders: something to translate.
    var hasTranslatableLetters: Bool {
        var hidden = Set<Int>()
        for placeholder in ForeignPlaceholder.scan(self) { hidden.formUnion(placeholder.range) }
        var found = false
        func search(_ range: Range<Int>) {
            guard !found else { return }
            var tags: [MarkupTag] = []
            MarkupTag.scan(scalars, in: range, into: &tags)
            for tag in tags { hidden.formUnion(tag.range) }
            found = range.contains { !hidden.contains($0) && scalars[$0].properties.isAlphabetic }
        }
        if let pattern {
            pattern.forEachTextRange(search)
        } else {
            search(0..<scalars.count)
        }
        return found
    }
}
