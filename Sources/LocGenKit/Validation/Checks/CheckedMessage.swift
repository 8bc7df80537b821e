import LocGenICU

/// A message value prepared for the checks: its Unicode scalars, and its parse or the first syntax error.
///
/// Every offset the checks report counts Unicode scalars, as ``MessagePattern`` does, so `scalars[offset]` is the
/// character a finding points at.
struct CheckedMessage: Sendable {
    let scalars: [Unicode.Scalar]
    let pattern: MessagePattern?
    let syntaxError: MessageSyntaxError?
    /// Every argument, depth-first (``MessagePattern/arguments``); empty when the value does not parse.
    let arguments: [MessageArgument]
    /// The type each argument name is used as (``MessagePattern/argumentTypes``).
    let argumentTypes: [String: MessageArgumentType]
    /// The nodes shown when every plural and select takes `other` (``MessagePattern/otherPath``).
    let otherPath: [MessageNode]

    /// Parses a value.
    init(_ value: String) {
        self.scalars = Array(value.unicodeScalars)
        do {
            let pattern = try MessageParser.parse(value)
            self.pattern = pattern
            self.syntaxError = nil
            let arguments = pattern.arguments
            self.arguments = arguments
            self.argumentTypes = arguments.isEmpty ? [:] : pattern.argumentTypes
            // Without plural or select arguments, the `other` path is the message itself.
            self.otherPath = arguments.contains(where: \.hasCases) ? pattern.otherPath : pattern.nodes
        } catch {
            self.pattern = nil
            self.syntaxError = error
            self.arguments = []
            self.argumentTypes = [:]
            self.otherPath = []
        }
    }

    /// Whether the value is empty or only white space.
    var isBlank: Bool { scalars.allSatisfy(\.isWhiteSpace) }

    /// The offsets of the value without leading and trailing white space; empty when the value is blank.
    var trimmedRange: Range<Int> {
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return 0..<0 }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return first..<last + 1
    }

    /// The scalars in a range as a string.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// Where an argument's type keyword (`plural`, `select` …) starts: after the name, a comma and white space.
    ///
    /// The parser reports a missing `other` case there, so the plural and select checks point at it too.
    func typeKeywordOffset(of argument: MessageArgument) -> Int {
        var index = argument.nameRange.upperBound
        while index < scalars.count, scalars[index].properties.isPatternWhitespace { index += 1 }
        if index < scalars.count, scalars[index] == "," { index += 1 }
        while index < scalars.count, scalars[index].properties.isPatternWhitespace { index += 1 }
        return index
    }

    /// A short excerpt of the value for a message: at most `limit` scalars from `start`, with `…` when cut.
    func excerpt(from start: Int, to end: Int, limit: Int = 24) -> String {
        let upper = min(end, scalars.count)
        guard start < upper else { return "" }
        return Self.shortened(text(start..<upper), limit: limit)
    }

    /// A text cut to at most `limit` scalars, ending in `…` when cut.
    static func shortened(_ text: String, limit: Int = 24) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(limit - 1))) + "…"
    }
}
