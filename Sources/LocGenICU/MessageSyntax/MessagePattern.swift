/// A parsed ICU MessageFormat pattern (ICU4C 72 syntax, apostrophe mode `DOUBLE_OPTIONAL`).
///
/// Every offset and range in the tree counts Unicode scalars from the start of ``source``.
package struct MessagePattern: Sendable, Equatable {
    /// The pattern text as written.
    package var source: String
    /// The top-level message.
    package var nodes: [MessageNode]
    /// Every quoted literal in a message, in source order, including those inside plural, select and choice cases.
    ///
    /// Quotes inside a simple argument style such as `{d, date, 'at' HH:mm}` are date or number pattern syntax,
    /// not message quoting, so they are not listed.
    package var quotes: [QuotedLiteral]

    /// Creates a pattern from its parts; ``MessageParser/parse(_:)`` is the usual way to get one.
    package init(source: String, nodes: [MessageNode], quotes: [QuotedLiteral]) {
        self.source = source
        self.nodes = nodes
        self.quotes = quotes
    }
}

/// Text between apostrophes, such as `'{'` or `'{name}'`, that ICU shows literally.
package struct QuotedLiteral: Sendable, Equatable {
    /// From the opening apostrophe through the closing one, or to the end of the pattern when unterminated.
    package var range: Range<Int>
    /// Whether a closing apostrophe ends the literal.
    ///
    /// ``MessageParser/parse(_:)`` rejects unterminated literals, so it is `true` in every pattern it returns.
    package var isTerminated: Bool
    /// The literal content without the enclosing apostrophes, with `''` read as one apostrophe.
    package var text: String

    /// Creates a quoted literal.
    package init(range: Range<Int>, isTerminated: Bool, text: String) {
        self.range = range
        self.isTerminated = isTerminated
        self.text = text
    }
}

/// One piece of a message: literal text, a plural `#`, or an argument.
package enum MessageNode: Sendable, Equatable {
    /// Literal text after unquoting (`''` becomes `'`, quoted parts lose their apostrophes).
    ///
    /// Adjacent literal pieces are merged, so the range can span several quoted and unquoted parts.
    case text(String, range: Range<Int>)
    /// A `#` directly inside a plural or selectordinal case, which ICU replaces with the number minus the offset.
    ///
    /// A `#` in a select nested inside a plural case is literal text, as in ICU.
    case pound(range: Range<Int>)
    /// A `{…}` argument.
    case argument(MessageArgument)
}

/// A `{…}` argument: its name, where it is, and how it is formatted.
package struct MessageArgument: Sendable, Equatable {
    /// The argument name or number, such as `count` or `0`.
    package var name: String
    /// Where ``name`` is, without surrounding white space.
    package var nameRange: Range<Int>
    /// The whole argument, from `{` through `}`.
    package var range: Range<Int>
    /// The argument type and its style or cases.
    package var kind: Kind

    /// Creates an argument.
    package init(name: String, nameRange: Range<Int>, range: Range<Int>, kind: Kind) {
        self.name = name
        self.nameRange = nameRange
        self.range = range
        self.kind = kind
    }

    /// The argument type and its style or cases.
    ///
    /// A style is the text after the second comma with Pattern_White_Space trimmed, such as `integer`,
    /// `::currency/EUR` or `#,##0.00`; it is `nil` when there is no style or only white space.
    package enum Kind: Sendable, Equatable {
        /// `{name}`: formatted by the value's own type.
        case simple
        /// `{n, number}` with an optional style: `integer`, `percent`, `currency`, `::skeleton` or a pattern.
        case number(style: String?)
        /// `{d, date}` with an optional style: `short`, `medium`, `long`, `full`, `::skeleton` or a pattern.
        case date(style: String?)
        /// `{d, time}` with an optional style, as for ``date(style:)``.
        case time(style: String?)
        /// `{n, spellout}` with an optional rule set name.
        case spellout(style: String?)
        /// `{n, ordinal}` with an optional rule set name.
        case ordinal(style: String?)
        /// `{n, duration}` with an optional rule set name.
        case duration(style: String?)
        /// `{n, plural, …}`: cardinal plural cases.
        case plural(PluralSelector)
        /// `{n, selectordinal, …}`: ordinal plural cases.
        case selectordinal(PluralSelector)
        /// `{g, select, …}`: cases keyed by a string.
        case select([SelectCase])
        /// `{n, choice, …}`: the deprecated choice format, kept as its raw trimmed style text.
        case choice(style: String)
    }
}

/// The offset and cases of a plural or selectordinal argument.
package struct PluralSelector: Sendable, Equatable {
    /// The `offset:` value, or 0 when there is none.
    package var offset: Double
    /// Where the offset's number is, or `nil` when there is no `offset:`.
    package var offsetRange: Range<Int>?
    /// The cases in source order; one of them is `other`.
    package var cases: [PluralCase]

    /// Creates a plural selector.
    package init(offset: Double = 0, offsetRange: Range<Int>? = nil, cases: [PluralCase]) {
        self.offset = offset
        self.offsetRange = offsetRange
        self.cases = cases
    }
}

/// One case of a plural or selectordinal argument, such as `one {# item}` or `=0 {no items}`.
package struct PluralCase: Sendable, Equatable {
    /// The keyword or explicit value that picks this case.
    package var selector: Selector
    /// Where the selector is, including the `=` of an explicit value.
    package var selectorRange: Range<Int>
    /// The case's message.
    package var message: [MessageNode]
    /// Where the message is, inside its braces.
    package var messageRange: Range<Int>

    /// Creates a plural case.
    package init(selector: Selector, selectorRange: Range<Int>, message: [MessageNode], messageRange: Range<Int>) {
        self.selector = selector
        self.selectorRange = selectorRange
        self.message = message
        self.messageRange = messageRange
    }

    /// What picks a plural case.
    package enum Selector: Sendable, Equatable, Hashable {
        /// An explicit value such as `=0`; holds the number as written, without the `=`.
        case exact(String)
        /// A CLDR plural category such as `one` or `other`.
        case keyword(String)
    }
}

/// One case of a select argument, such as `female {She}`.
package struct SelectCase: Sendable, Equatable {
    /// The key that picks this case.
    package var key: String
    /// Where the key is.
    package var keyRange: Range<Int>
    /// The case's message.
    package var message: [MessageNode]
    /// Where the message is, inside its braces.
    package var messageRange: Range<Int>

    /// Creates a select case.
    package init(key: String, keyRange: Range<Int>, message: [MessageNode], messageRange: Range<Int>) {
        self.key = key
        self.keyRange = keyRange
        self.message = message
        self.messageRange = messageRange
    }
}
