/// A strict parser for ICU MessageFormat patterns that reports the exact offset of the first error.
///
/// It follows ICU4C 72's `MessagePattern` with apostrophe mode `DOUBLE_OPTIONAL`, plus the argument types that
/// `MessageFormat` accepts, and is stricter than ICU where ICU silently shows something other than what the
/// translator meant:
/// - an apostrophe that quotes to the end of the pattern is an error, not a quoted literal;
/// - a `}` that closes nothing is an error, not literal text;
/// - two cases of one argument with the same selector are an error, where ICU uses the first;
/// - a plural keyword must be lower-case ASCII letters, where ICU accepts any identifier and never matches it;
/// - sub-messages nest at most ``maxNestingDepth`` levels deep.
///
/// Every pattern it accepts, ICU's `MessagePattern` accepts too. It does not check style text such as number
/// patterns, skeletons or date patterns (ICU does that when it creates the formatter), nor whether a plural
/// keyword exists in a locale.
package enum MessageParser {
    /// How many levels of plural, select and choice cases may nest inside each other.
    package static let maxNestingDepth = 64

    /// Parses a pattern; throws the first error.
    ///
    /// Offsets in the result and in the error count Unicode scalars from the start of `source`.
    package static func parse(_ source: String) throws(MessageSyntaxError) -> MessagePattern {
        var parser = PatternParser(source)
        let nodes = try parser.parseMessage(in: nil, depth: 0)
        return MessagePattern(source: source, nodes: nodes, quotes: parser.quotes)
    }
}
