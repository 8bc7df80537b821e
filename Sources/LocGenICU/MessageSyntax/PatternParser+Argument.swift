extension PatternParser {
    /// The argument types ICU's `MessageFormat` accepts after the first comma, compared case-insensitively.
    enum ArgumentType: String {
        case number, date, time, spellout, ordinal, duration, plural, select, selectordinal, choice

        /// The kind for a type that takes an optional simple style, or `nil` for a type that needs cases.
        func simpleKind(style: String?) -> MessageArgument.Kind? {
            switch self {
            case .number: .number(style: style)
            case .date: .date(style: style)
            case .time: .time(style: style)
            case .spellout: .spellout(style: style)
            case .ordinal: .ordinal(style: style)
            case .duration: .duration(style: style)
            case .plural, .select, .selectordinal, .choice: nil
            }
        }
    }

    /// ICU's `MessagePattern::Part::MAX_VALUE`, the largest argument number it accepts.
    static let maxArgumentNumber = 32_767

    /// Parses a `{…}` argument starting at the `{` at `index`, in a message nested `depth` levels deep.
    mutating func parseArgument(depth: Int) throws(MessageSyntaxError) -> MessageArgument {
        let open = index
        index += 1
        skipWhiteSpace()
        let nameRange = scanIdentifier()
        skipWhiteSpace()
        guard let next = current else { throw .unclosedArgument(at: open) }
        guard next == "," || next == "}" else {
            if nameRange.isEmpty { throw .expectedArgumentName(at: index, found: next) }
            // ICU stops the name at the first space or punctuation; show the whole intended name.
            var end = nameRange.upperBound
            while let scalar = scalar(at: end), scalar != ",", scalar != "}", scalar != "{" { end += 1 }
            throw .invalidNameCharacter(
                at: nameRange.upperBound,
                name: trimmedString(nameRange.lowerBound..<end),
                character: scalars[nameRange.upperBound]
            )
        }
        let name = string(nameRange)
        try validateName(name, range: nameRange, open: open)
        index += 1
        let kind: MessageArgument.Kind =
            next == "}" ? .simple : try parseTypeAndStyle(argumentName: name, open: open, depth: depth)
        return MessageArgument(name: name, nameRange: nameRange, range: open..<index, kind: kind)
    }

    /// Checks an argument name that ends at `,` or `}` (at `index`): non-empty, and an ICU number when all digits.
    func validateName(_ name: String, range: Range<Int>, open: Int) throws(MessageSyntaxError) {
        guard !name.isEmpty else {
            throw current == "}" ? .emptyArgument(at: open) : .missingArgumentName(at: index)
        }
        guard name.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return }
        if name.unicodeScalars.count > 1, name.unicodeScalars.first == "0" {
            throw .leadingZero(at: range.lowerBound, number: name)
        }
        guard let number = Int(name), number <= Self.maxArgumentNumber else {
            throw .argumentNumberTooLarge(at: range.lowerBound, number: name, limit: Self.maxArgumentNumber)
        }
    }

    /// Parses what follows an argument's first comma: the type, then `}` or a comma and the style or cases.
    mutating func parseTypeAndStyle(
        argumentName: String,
        open: Int,
        depth: Int
    ) throws(MessageSyntaxError) -> MessageArgument.Kind {
        skipWhiteSpace()
        let typeStart = index
        while let scalar = current, ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) { index += 1 }
        let typeText = string(typeStart..<index)
        guard !typeText.isEmpty else {
            guard let found = current else { throw .unclosedArgument(at: open) }
            throw .missingType(at: typeStart, found: found)
        }
        guard let type = ArgumentType(rawValue: typeText.lowercased()) else {
            throw .unknownType(at: typeStart, name: typeText)
        }
        skipWhiteSpace()
        guard let next = current else { throw .unclosedArgument(at: open) }
        guard next == "," || next == "}" else {
            throw .expectedCommaOrBrace(at: index, afterType: typeText, found: next)
        }
        index += 1
        if next == "}" {
            guard let kind = type.simpleKind(style: nil) else {
                throw .missingCases(at: typeStart, type: type.rawValue, name: argumentName)
            }
            return kind
        }
        let cases = CaseContext(argumentName: argumentName, openingBrace: open, typeStart: typeStart, depth: depth)
        switch type {
        case .plural:
            return .plural(try parsePluralCases(cases, type: type.rawValue))
        case .selectordinal:
            return .selectordinal(try parsePluralCases(cases, type: type.rawValue))
        case .select:
            return .select(try parseSelectCases(cases))
        case .choice:
            return .choice(style: try parseChoiceStyle(cases))
        case .number, .date, .time, .spellout, .ordinal, .duration:
            let style = try parseSimpleStyle(open: open)
            return type.simpleKind(style: style) ?? .simple
        }
    }

    /// Reads a simple style such as `integer` or `'at' HH:mm` through the argument's closing `}`.
    ///
    /// As in ICU, any apostrophe quotes up to the next one, and braces nest; an empty style is `nil`.
    mutating func parseSimpleStyle(open: Int) throws(MessageSyntaxError) -> String? {
        let start = index
        var nestedBraces = 0
        while let scalar = current {
            switch scalar {
            case "'":
                let quote = index
                index += 1
                while let quoted = current, quoted != "'" { index += 1 }
                guard current != nil else { throw .unterminatedStyleQuote(at: quote) }
                index += 1
            case "{":
                nestedBraces += 1
                index += 1
            case "}" where nestedBraces > 0:
                nestedBraces -= 1
                index += 1
            case "}":
                let style = trimmedString(start..<index)
                index += 1
                return style.isEmpty ? nil : style
            default:
                index += 1
            }
        }
        throw .unclosedArgument(at: open)
    }
}
