import LocGenICU

extension MessageChecker {
    /// The finding for a message that does not parse, with the parser's sentence and offset.
    ///
    /// A missing `other` case becomes `plural-other` or `select-other`, and an apostrophe that quotes the rest of
    /// the message becomes `apostrophe`, so that each can be configured on its own.
    func syntaxFinding(_ error: MessageSyntaxError, in message: CheckedMessage) -> Finding {
        switch error.code {
        case .missingOtherCase:
            return missingOtherFinding(at: error.offset, in: message)
        case .unterminatedQuote where opensMessageQuote(at: error.offset, in: message):
            let printed = message.excerpt(from: error.offset + 1, to: message.scalars.count)
            return Finding(
                .apostrophe,
                "the apostrophe in \(elision(at: error.offset, in: message)) starts quoted text, so ICU prints "
                    + "'\(printed)' literally; \(Self.apostropheFix)",
                at: error.offset
            )
        default:
            return Finding(.syntax, error.message, at: error.offset)
        }
    }

    static let apostropheFix = "write ’ (U+2019) or ''"

    /// `plural-other` or `select-other` for the type keyword at `offset`, where the parser reports it.
    private func missingOtherFinding(at offset: Int, in message: CheckedMessage) -> Finding {
        var end = offset
        while end < message.scalars.count, message.scalars[end].isASCII,
            message.scalars[end].properties.isAlphabetic
        {
            end += 1
        }
        let type = message.text(offset..<end).lowercased()
        let label = argumentName(before: offset, in: message).map { "\(type) {\($0)}" } ?? type
        return Finding(
            type == "select" ? .selectOther : .pluralOther,
            "\(label) has no 'other' case, which ICU requires; add other {…}",
            at: offset
        )
    }

    /// The name in `{name, type`, read backwards from the type keyword at `offset`.
    private func argumentName(before offset: Int, in message: CheckedMessage) -> String? {
        let scalars = message.scalars
        var index = offset - 1
        while index >= 0, scalars[index].properties.isPatternWhitespace { index -= 1 }
        guard index >= 0, scalars[index] == "," else { return nil }
        index -= 1
        while index >= 0, scalars[index].properties.isPatternWhitespace { index -= 1 }
        let end = index + 1
        while index >= 0, !scalars[index].properties.isPatternWhitespace, !scalars[index].properties.isPatternSyntax {
            index -= 1
        }
        return index + 1 < end ? message.text(index + 1..<end) : nil
    }

    /// Whether the apostrophe at `offset` quotes message text (it stands before `{`, `}`, `#` or `|`) rather than
    /// being a quote in an argument style such as `{d, date, 'at' HH:mm}`, which is date syntax.
    private func opensMessageQuote(at offset: Int, in message: CheckedMessage) -> Bool {
        guard offset + 1 < message.scalars.count, message.scalars[offset] == "'" else { return false }
        return ["{", "}", "#", "|"].contains(message.scalars[offset + 1])
    }

    /// The word before an apostrophe, the apostrophe and what it quotes first: `l'{name}` or `d'#`.
    func elision(at offset: Int, in message: CheckedMessage) -> String {
        let scalars = message.scalars
        var start = offset
        while start > 0, offset - start < 12, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        var end = offset + 2
        if offset + 1 < scalars.count, scalars[offset + 1] == "{" {
            while end < scalars.count, end - offset < 20, scalars[end - 1] != "}" { end += 1 }
        }
        return message.excerpt(from: start, to: min(end, scalars.count), limit: 32)
    }
}
