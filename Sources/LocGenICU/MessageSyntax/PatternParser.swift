/// The parser's cursor over a pattern's scalars; one instance parses one pattern.
struct PatternParser {
    /// The sub-message being parsed: what ends it and what its apostrophes can quote.
    struct SubMessage {
        enum Kind { case plural, select, choice }

        var kind: Kind
        /// The `{` that opens the sub-message, or the argument's `{` for a choice case.
        var openingBrace: Int
        /// Names the case in errors, such as `plural case 'one'`; `nil` for choice cases.
        var label: String?

        var unclosedError: MessageSyntaxError {
            guard let label else { return .unclosedArgument(at: openingBrace) }
            return .unclosedCase(at: openingBrace, label: label)
        }
    }

    /// Literal text collected until the next `#` or argument.
    struct TextRun {
        var text = ""
        var start: Int?

        mutating func append(_ scalar: Unicode.Scalar, at offset: Int) {
            if start == nil { start = offset }
            text.unicodeScalars.append(scalar)
        }

        mutating func append(_ string: String, at offset: Int) {
            if start == nil { start = offset }
            text += string
        }

        mutating func flush(into nodes: inout [MessageNode], end: Int) {
            guard let start else { return }
            nodes.append(.text(text, range: start..<end))
            self = TextRun()
        }
    }

    let scalars: [Unicode.Scalar]
    var index = 0
    var quotes: [QuotedLiteral] = []

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    // MARK: Messages

    /// Parses text, `#` and arguments up to the end of the pattern or of the sub-message `context`.
    ///
    /// A sub-message stops at its closing `}` (or a choice case at `|`), without consuming it.
    mutating func parseMessage(in context: SubMessage?, depth: Int) throws(MessageSyntaxError) -> [MessageNode] {
        if let context, depth > MessageParser.maxNestingDepth {
            throw .nestingTooDeep(at: context.openingBrace, limit: MessageParser.maxNestingDepth)
        }
        let isPluralCase = context?.kind == .plural
        let isChoiceCase = context?.kind == .choice
        var nodes: [MessageNode] = []
        var text = TextRun()
        while let scalar = current {
            switch scalar {
            case "'":
                try parseApostrophe(into: &text, quotesPound: isPluralCase, quotesBar: isChoiceCase)
            case "#" where isPluralCase:
                text.flush(into: &nodes, end: index)
                nodes.append(.pound(range: index..<index + 1))
                index += 1
            case "{":
                text.flush(into: &nodes, end: index)
                nodes.append(.argument(try parseArgument(depth: depth)))
            case "}":
                guard context != nil else { throw .unmatchedClosingBrace(at: index) }
                text.flush(into: &nodes, end: index)
                return nodes
            case "|" where isChoiceCase:
                text.flush(into: &nodes, end: index)
                return nodes
            default:
                text.append(scalar, at: index)
                index += 1
            }
        }
        if let context { throw context.unclosedError }
        text.flush(into: &nodes, end: index)
        return nodes
    }

    /// Reads an apostrophe at `index`: `''`, a quoted literal, or a lone literal apostrophe.
    ///
    /// In `DOUBLE_OPTIONAL` mode an apostrophe quotes only before `{` or `}`, before `#` in a plural case and
    /// before `|` in a choice case; ICU quotes to the end of the pattern when no apostrophe closes the literal,
    /// which is almost always a translator's `l'{name}` mistake, so that is an error here.
    mutating func parseApostrophe(
        into text: inout TextRun,
        quotesPound: Bool,
        quotesBar: Bool
    ) throws(MessageSyntaxError) {
        let start = index
        guard let next = scalar(at: start + 1) else {
            text.append("'", at: start)
            index += 1
            return
        }
        let startsQuote = next == "{" || next == "}" || (quotesPound && next == "#") || (quotesBar && next == "|")
        guard startsQuote else {
            text.append("'", at: start)
            // `''` is one apostrophe; a lone `'` is itself.
            index += next == "'" ? 2 : 1
            return
        }
        var content = String.UnicodeScalarView()
        content.append(next)
        index = start + 2
        while let scalar = current {
            index += 1
            guard scalar == "'" else {
                content.append(scalar)
                continue
            }
            if current == "'" {
                content.append("'")
                index += 1
                continue
            }
            let literal = String(content)
            quotes.append(QuotedLiteral(range: start..<index, isTerminated: true, text: literal))
            text.append(literal, at: start)
            return
        }
        quotes.append(QuotedLiteral(range: start..<index, isTerminated: false, text: String(content)))
        throw .unterminatedQuote(at: start)
    }

    // MARK: Cursor

    var current: Unicode.Scalar? { scalar(at: index) }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The text in `range` without leading and trailing Pattern_White_Space.
    func trimmedString(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isWhiteSpace(scalars[lower]) { lower += 1 }
        while upper > lower, Self.isWhiteSpace(scalars[upper - 1]) { upper -= 1 }
        return string(lower..<upper)
    }

    mutating func skipWhiteSpace() {
        while let scalar = current, Self.isWhiteSpace(scalar) { index += 1 }
    }

    /// Skips an ICU pattern identifier and returns its range, which is empty when there is none.
    mutating func scanIdentifier() -> Range<Int> {
        let start = index
        while let scalar = current, Self.isIdentifier(scalar) { index += 1 }
        return start..<index
    }

    /// Pattern_White_Space, which ICU skips around names, commas and selectors.
    static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x200E, 0x200F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether ICU's `PatternProps::skipIdentifier` takes the scalar: neither Pattern_White_Space nor Pattern_Syntax.
    ///
    /// So `_`, digits and letters of any script belong to an identifier, while `-`, `.` and `:` do not.
    static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        !isWhiteSpace(scalar) && !scalar.properties.isPatternSyntax
    }
}
