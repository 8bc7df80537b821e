extension PatternParser {
    /// The argument whose cases are being parsed, for nesting and for pointing errors at it.
    struct CaseContext {
        var argumentName: String
        /// The argument's `{`.
        var openingBrace: Int
        /// Where the type keyword starts; a missing `other` case is reported here.
        var typeStart: Int
        /// How deeply the message holding the argument is nested.
        var depth: Int
    }

    /// Parses plural or selectordinal cases, with an optional leading `offset:`, through the closing `}`.
    mutating func parsePluralCases(
        _ context: CaseContext,
        type: String
    ) throws(MessageSyntaxError) -> PluralSelector {
        var selector = PluralSelector(cases: [])
        var keywords: Set<String> = []
        var values: Set<Double> = []
        while true {
            skipWhiteSpace()
            guard let next = current else { throw .unclosedArgument(at: context.openingBrace) }
            if next == "}" {
                guard keywords.contains("other") else { throw .missingOther(at: context.typeStart, type: type) }
                index += 1
                return selector
            }
            let selectorStart = index
            let caseSelector: PluralCase.Selector
            let isDuplicate: Bool
            if next == "=" {
                index += 1
                let numberRange = scanNumber()
                guard !numberRange.isEmpty else { throw .missingExactValue(at: selectorStart) }
                let text = string(numberRange)
                guard let value = Self.number(text, allowsInfinity: false) else {
                    throw .invalidExactValue(at: numberRange.lowerBound, text: text)
                }
                caseSelector = .exact(text)
                // `=1` and `=1.0` select the same numbers.
                isDuplicate = !values.insert(value).inserted
            } else {
                let wordRange = scanIdentifier()
                guard !wordRange.isEmpty else { throw .expectedSelector(at: index, type: type, found: next) }
                let word = string(wordRange)
                // ICU reads `offset:` only when the colon follows the word directly.
                if word == "offset", current == ":" {
                    try parseOffset(into: &selector, at: selectorStart, context: context, type: type)
                    continue
                }
                guard word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) else {
                    throw .invalidPluralKeyword(at: selectorStart, type: type, keyword: word)
                }
                caseSelector = .keyword(word)
                isDuplicate = !keywords.insert(word).inserted
            }
            let selectorRange = selectorStart..<index
            let label = "\(type) case '\(string(selectorRange))'"
            if isDuplicate { throw .duplicateCase(at: selectorStart, label: label) }
            let (message, messageRange) = try parseCaseMessage(context, kind: .plural, label: label)
            selector.cases.append(
                PluralCase(
                    selector: caseSelector,
                    selectorRange: selectorRange,
                    message: message,
                    messageRange: messageRange
                )
            )
        }
    }

    /// Parses `offset:N` with `index` at the colon; ICU allows it only before the first case.
    mutating func parseOffset(
        into selector: inout PluralSelector,
        at start: Int,
        context: CaseContext,
        type: String
    ) throws(MessageSyntaxError) {
        guard selector.cases.isEmpty, selector.offsetRange == nil else { throw .misplacedOffset(at: start, type: type) }
        index += 1
        skipWhiteSpace()
        guard current != nil else { throw .unclosedArgument(at: context.openingBrace) }
        let range = scanNumber()
        guard !range.isEmpty else { throw .missingOffsetValue(at: range.lowerBound) }
        let text = string(range)
        guard let value = Self.number(text, allowsInfinity: false) else {
            throw .invalidOffsetValue(at: range.lowerBound, text: text)
        }
        selector.offset = value
        selector.offsetRange = range
    }

    /// Parses select cases through the closing `}`; a key is any ICU pattern identifier.
    mutating func parseSelectCases(_ context: CaseContext) throws(MessageSyntaxError) -> [SelectCase] {
        var cases: [SelectCase] = []
        var keys: Set<String> = []
        while true {
            skipWhiteSpace()
            guard let next = current else { throw .unclosedArgument(at: context.openingBrace) }
            if next == "}" {
                guard keys.contains("other") else { throw .missingOther(at: context.typeStart, type: "select") }
                index += 1
                return cases
            }
            let keyRange = scanIdentifier()
            guard !keyRange.isEmpty else { throw .expectedSelector(at: index, type: "select", found: next) }
            let key = string(keyRange)
            let label = "select case '\(key)'"
            guard keys.insert(key).inserted else { throw .duplicateCase(at: keyRange.lowerBound, label: label) }
            let (message, messageRange) = try parseCaseMessage(context, kind: .select, label: label)
            cases.append(SelectCase(key: key, keyRange: keyRange, message: message, messageRange: messageRange))
        }
    }

    /// Parses `{…}` after a selector and consumes its closing brace; the range is inside the braces.
    mutating func parseCaseMessage(
        _ context: CaseContext,
        kind: SubMessage.Kind,
        label: String
    ) throws(MessageSyntaxError) -> ([MessageNode], Range<Int>) {
        skipWhiteSpace()
        guard let next = current else { throw .unclosedArgument(at: context.openingBrace) }
        guard next == "{" else { throw .expectedCaseMessage(at: index, label: label, found: next) }
        let open = index
        index += 1
        let subMessage = SubMessage(kind: kind, openingBrace: open, label: label)
        let message = try parseMessage(in: subMessage, depth: context.depth + 1)
        let range = open + 1..<index
        index += 1
        return (message, range)
    }

    /// Checks a choice style such as `0#none|1#one|1<many` through the closing `}` and returns it trimmed.
    ///
    /// Choice is deprecated, so its cases are validated like ICU's `parseChoiceStyle` but not kept.
    mutating func parseChoiceStyle(_ context: CaseContext) throws(MessageSyntaxError) -> String {
        let start = index
        skipWhiteSpace()
        if current == "}" { throw .missingCases(at: context.typeStart, type: "choice", name: context.argumentName) }
        while true {
            let limitRange = scanNumber()
            guard !limitRange.isEmpty else {
                guard let found = current else { throw .unclosedArgument(at: context.openingBrace) }
                throw .expectedChoiceLimit(at: index, found: found)
            }
            guard Self.number(string(limitRange), allowsInfinity: true) != nil else {
                throw .invalidChoiceLimit(at: limitRange.lowerBound, text: string(limitRange))
            }
            skipWhiteSpace()
            guard let separator = current else { throw .unclosedArgument(at: context.openingBrace) }
            guard separator == "#" || separator == "<" || separator == "\u{2264}" else {
                throw .expectedChoiceSeparator(at: index, found: separator)
            }
            index += 1
            let subMessage = SubMessage(kind: .choice, openingBrace: context.openingBrace, label: nil)
            _ = try parseMessage(in: subMessage, depth: context.depth + 1)
            if current == "}" {
                let style = trimmedString(start..<index)
                index += 1
                return style
            }
            index += 1  // the `|` that ends a choice case
            skipWhiteSpace()
        }
    }

    // MARK: Numbers

    /// Skips the scalars ICU's `skipDouble` takes (digits, `+ - . e E ∞`) and returns their range.
    mutating func scanNumber() -> Range<Int> {
        let start = index
        scanning: while let scalar = current {
            switch scalar {
            case "0"..."9", "+", "-", ".", "e", "E", "\u{221E}": index += 1
            default: break scanning
            }
        }
        return start..<index
    }

    /// Reads a number the way ICU's `parseDouble` does with `strtod`: `[+-]` digits `[.digits]` `[e[+-]digits]`.
    ///
    /// `∞` with an optional sign is accepted only in choice limits.
    static func number(_ text: String, allowsInfinity: Bool) -> Double? {
        var scalars = Substring(text).unicodeScalars[...]
        var sign = 1.0
        if let first = scalars.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            scalars = scalars.dropFirst()
        }
        if scalars.elementsEqual(["\u{221E}"]) { return allowsInfinity ? sign * .infinity : nil }
        func skipDigits() -> Int {
            let count = scalars.prefix(while: { ("0"..."9").contains($0) }).count
            scalars = scalars.dropFirst(count)
            return count
        }
        var digitCount = skipDigits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            digitCount += skipDigits()
        }
        guard digitCount > 0 else { return nil }
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars = scalars.dropFirst()
            if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
            guard skipDigits() > 0 else { return nil }
        }
        guard scalars.isEmpty else { return nil }
        return Double(text)
    }
}
