/// A syntax error in an ICU MessageFormat pattern, with the exact place it was found.
package struct MessageSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of mistake the pattern has; new codes may be added.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable identifier such as `unclosedBrace`.
        package var rawValue: String

        /// Creates a code from its identifier.
        package init(_ rawValue: String) { self.rawValue = rawValue }

        /// The identifier.
        package var description: String { rawValue }

        /// A `{` is never closed.
        package static let unclosedBrace = Code("unclosedBrace")
        /// A `}` closes nothing.
        package static let unmatchedBrace = Code("unmatchedBrace")
        /// An apostrophe starts a quoted literal that runs to the end of the pattern.
        package static let unterminatedQuote = Code("unterminatedQuote")
        /// An argument name or number is empty or malformed.
        package static let invalidArgumentName = Code("invalidArgumentName")
        /// An argument type is missing, unknown or followed by something other than `,` or `}`.
        package static let invalidArgumentType = Code("invalidArgumentType")
        /// A plural, select, selectordinal or choice argument has no style.
        package static let missingStyle = Code("missingStyle")
        /// A plural or select case selector, or its message, is malformed.
        package static let invalidCase = Code("invalidCase")
        /// A plural, select or selectordinal argument lacks the `other` case.
        package static let missingOtherCase = Code("missingOtherCase")
        /// Two cases of one argument have the same selector.
        package static let duplicateCase = Code("duplicateCase")
        /// An `offset:` is misplaced or its number is malformed.
        package static let invalidOffset = Code("invalidOffset")
        /// A choice style is malformed.
        package static let invalidChoice = Code("invalidChoice")
        /// Arguments are nested deeper than the parser allows.
        package static let nestingTooDeep = Code("nestingTooDeep")
    }

    /// What kind of mistake this is.
    package var code: Code
    /// Where the mistake is, in Unicode scalars from the start of the pattern.
    package var offset: Int
    /// A short lower-case explanation that names the offending text and suggests a fix when there is one.
    package var message: String

    /// Creates an error.
    package init(_ code: Code, offset: Int, message: String) {
        self.code = code
        self.offset = offset
        self.message = message
    }

    /// The message prefixed with its offset, such as `offset 7: unclosed '{'; …`.
    package var description: String { "offset \(offset): \(message)" }
}

// The messages are for translators: say what is wrong in their words and what to type instead.
extension MessageSyntaxError {
    static let argumentTypeList =
        "number, date, time, spellout, ordinal, duration, plural, select, selectordinal or choice"

    static func unclosedArgument(at offset: Int) -> Self {
        Self(
            .unclosedBrace,
            offset: offset,
            message: "unclosed '{'; add the missing '}', or quote a literal brace as '{'"
        )
    }

    static func unclosedCase(at offset: Int, label: String) -> Self {
        Self(.unclosedBrace, offset: offset, message: "unclosed '{' of \(label); add the missing '}'")
    }

    static func unmatchedClosingBrace(at offset: Int) -> Self {
        Self(.unmatchedBrace, offset: offset, message: "unmatched '}'; remove it, or quote a literal brace as '}'")
    }

    static func unterminatedQuote(at offset: Int) -> Self {
        Self(
            .unterminatedQuote,
            offset: offset,
            message: "unterminated quoted literal: this apostrophe quotes everything to the end of the message; "
                + "write '' for an apostrophe, or use ’"
        )
    }

    static func unterminatedStyleQuote(at offset: Int) -> Self {
        Self(
            .unterminatedQuote,
            offset: offset,
            message: "unterminated quote in argument style; add the closing apostrophe, or write '' for an apostrophe"
        )
    }

    static func emptyArgument(at offset: Int) -> Self {
        Self(
            .invalidArgumentName,
            offset: offset,
            message: "empty argument '{}'; write a name such as {count}, or quote a literal brace as '{'"
        )
    }

    static func missingArgumentName(at offset: Int) -> Self {
        Self(.invalidArgumentName, offset: offset, message: "missing argument name before ','")
    }

    static func expectedArgumentName(at offset: Int, found: Unicode.Scalar) -> Self {
        Self(
            .invalidArgumentName,
            offset: offset,
            message: "expected an argument name after '{', found \(display(found)); quote a literal brace as '{'"
        )
    }

    static func invalidNameCharacter(at offset: Int, name: String, character: Unicode.Scalar) -> Self {
        let problem = character.properties.isPatternWhitespace ? "spaces" : display(character)
        return Self(
            .invalidArgumentName,
            offset: offset,
            message: "argument name '\(name)' must not contain \(problem); use letters, digits and '_'"
        )
    }

    static func leadingZero(at offset: Int, number: String) -> Self {
        Self(.invalidArgumentName, offset: offset, message: "argument number '\(number)' must not start with 0")
    }

    static func argumentNumberTooLarge(at offset: Int, number: String, limit: Int) -> Self {
        Self(
            .invalidArgumentName,
            offset: offset,
            message: "argument number '\(number)' is too large; the largest is \(limit)"
        )
    }

    static func missingType(at offset: Int, found: Unicode.Scalar) -> Self {
        let message =
            found == "," || found == "}"
            ? "missing argument type after ','; expected \(argumentTypeList)"
            : "expected an argument type (\(argumentTypeList)), found \(display(found))"
        return Self(.invalidArgumentType, offset: offset, message: message)
    }

    static func unknownType(at offset: Int, name: String) -> Self {
        Self(
            .invalidArgumentType,
            offset: offset,
            message: "unknown argument type '\(name)'; expected \(argumentTypeList)"
        )
    }

    static func expectedCommaOrBrace(at offset: Int, afterType type: String, found: Unicode.Scalar) -> Self {
        Self(
            .invalidArgumentType,
            offset: offset,
            message: "expected ',' or '}' after '\(type)', found \(display(found))"
        )
    }

    static func missingCases(at offset: Int, type: String, name: String) -> Self {
        let example =
            switch type {
            case "select": "{\(name), select, female {…} other {…}}"
            case "choice": "{\(name), choice, 0#…|1#…|1<…}"
            default: "{\(name), \(type), one {…} other {…}}"
            }
        let what = type == "choice" ? "a style" : "cases"
        return Self(
            .missingStyle,
            offset: offset,
            message: "\(type) argument '\(name)' needs \(what), as in \(example)"
        )
    }

    static func missingOther(at offset: Int, type: String) -> Self {
        Self(.missingOtherCase, offset: offset, message: "\(type) is missing the required 'other' case")
    }

    static func expectedSelector(at offset: Int, type: String, found: Unicode.Scalar) -> Self {
        let expected =
            type == "select"
            ? "a select key such as 'female' or 'other'" : "a \(type) case such as 'one', 'other' or '=0'"
        return Self(.invalidCase, offset: offset, message: "expected \(expected), found \(display(found))")
    }

    static func invalidPluralKeyword(at offset: Int, type: String, keyword: String) -> Self {
        Self(
            .invalidCase,
            offset: offset,
            message: "invalid \(type) case '\(keyword)'; use zero, one, two, few, many, other or =N"
        )
    }

    static func missingExactValue(at offset: Int) -> Self {
        Self(.invalidCase, offset: offset, message: "'=' must be followed by a number, as in =0")
    }

    static func invalidExactValue(at offset: Int, text: String) -> Self {
        Self(.invalidCase, offset: offset, message: "invalid number '\(text)' after '='; write a number such as =0")
    }

    static func expectedCaseMessage(at offset: Int, label: String, found: Unicode.Scalar) -> Self {
        Self(.invalidCase, offset: offset, message: "expected '{' after \(label), found \(display(found))")
    }

    static func duplicateCase(at offset: Int, label: String) -> Self {
        Self(.duplicateCase, offset: offset, message: "duplicate \(label)")
    }

    static func misplacedOffset(at offset: Int, type: String) -> Self {
        Self(.invalidOffset, offset: offset, message: "'offset:' must come before the first \(type) case")
    }

    static func missingOffsetValue(at offset: Int) -> Self {
        Self(.invalidOffset, offset: offset, message: "missing number after 'offset:'; write a number such as offset:1")
    }

    static func invalidOffsetValue(at offset: Int, text: String) -> Self {
        Self(.invalidOffset, offset: offset, message: "invalid offset '\(text)'; write a number such as offset:1")
    }

    static func expectedChoiceLimit(at offset: Int, found: Unicode.Scalar) -> Self {
        Self(.invalidChoice, offset: offset, message: "expected a number in choice style, found \(display(found))")
    }

    static func invalidChoiceLimit(at offset: Int, text: String) -> Self {
        Self(.invalidChoice, offset: offset, message: "invalid number '\(text)' in choice style")
    }

    static func expectedChoiceSeparator(at offset: Int, found: Unicode.Scalar) -> Self {
        Self(
            .invalidChoice,
            offset: offset,
            message: "expected '#', '<' or '≤' after a choice limit, found \(display(found))"
        )
    }

    static func nestingTooDeep(at offset: Int, limit: Int) -> Self {
        Self(.nestingTooDeep, offset: offset, message: "messages are nested more than \(limit) levels deep")
    }

    /// Shows a scalar in quotes, or as `U+XXXX` when it is invisible.
    static func display(_ scalar: Unicode.Scalar) -> String {
        let properties = scalar.properties
        let isInvisible =
            properties.isPatternWhitespace || properties.isWhitespace
            || [.control, .format, .unassigned, .surrogate, .privateUse].contains(properties.generalCategory)
        guard isInvisible else { return "'\(scalar)'" }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
