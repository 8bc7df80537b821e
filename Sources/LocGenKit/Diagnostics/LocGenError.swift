/// A place in a file: `locales/de.yaml:12:5`.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// An error from the locgen library: what went wrong, where, and why.
public struct LocGenError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem this is; new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable identifier such as `invalid-arguments`.
        public let rawValue: String
        public var description: String { rawValue }

        /// Arguments for a message that cannot be read.
        public static let invalidArguments = Code(rawValue: "invalid-arguments")
        /// A YAML or JSON file that does not parse.
        public static let invalidDocument = Code(rawValue: "invalid-document")
        /// A file that cannot be read.
        public static let unreadableFile = Code(rawValue: "unreadable-file")
        /// A configuration value that is of the wrong type or not allowed, such as a bad locale, URL or path.
        public static let invalidConfiguration = Code(rawValue: "invalid-configuration")
        /// A key a configuration file does not know, usually a misspelling.
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A key a configuration file must have but does not.
        public static let missingKey = Code(rawValue: "missing-key")
        /// A key written twice in the same mapping.
        public static let duplicateKey = Code(rawValue: "duplicate-key")
    }

    public var code: Code
    /// A lower-case sentence naming the offending value and a fix where one is known.
    public var message: String
    /// Where the problem is, when it is in a file.
    public var location: SourceLocation?
    /// The error this one translates, if any.
    public var underlyingError: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, at location: SourceLocation? = nil, underlyingError: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.underlyingError = underlyingError
    }

    /// `file:line:column: error: message`, or just the message when there is no location.
    public var description: String {
        guard let location else { return message }
        return "\(location): error: \(message)"
    }
}
