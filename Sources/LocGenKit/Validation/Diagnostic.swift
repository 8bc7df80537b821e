/// One finding of `locgen validate`: a check that fired at a place in a translator's file.
public struct Diagnostic: Sendable, Equatable, Hashable {
    /// The stable id of the check that fired (`plural-missing`), see ``Check``.
    public var check: Check.ID
    /// The severity after configuration and `--strict` are applied.
    public var severity: Severity
    /// One lower-case sentence in words a translator understands, naming the value and a fix.
    public var message: String
    /// The file, line and column; for a problem inside a message, the character inside the value.
    public var location: SourceLocation
    /// The message id (`product.stock_left`) the finding is about, if any.
    public var key: String?
    /// The locale of the bundle, if known.
    public var locale: String?
    /// The text of the line at `location`, for showing it with a caret.
    public var sourceLine: String?

    public init(
        check: Check.ID,
        severity: Severity,
        message: String,
        location: SourceLocation,
        key: String? = nil,
        locale: String? = nil,
        sourceLine: String? = nil
    ) {
        self.check = check
        self.severity = severity
        self.message = message
        self.location = location
        self.key = key
        self.locale = locale
        self.sourceLine = sourceLine
    }
}

extension Diagnostic: Comparable {
    /// Orders by file, line, column, then check id, so output is deterministic.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.check != rhs.check { return lhs.check.rawValue < rhs.check.rawValue }
        return lhs.message < rhs.message
    }
}
