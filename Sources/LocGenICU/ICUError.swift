/// An error from the locale engine: a bad locale tag, skeleton, time zone, currency, message or
/// argument, or a failure inside ICU.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem this is; new codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable identifier such as `invalid-locale`.
        public let rawValue: String

        public var description: String { rawValue }

        /// A locale tag that is malformed or names no known language, script or region.
        public static let invalidLocale = Code(rawValue: "invalid-locale")
        /// A number skeleton, date skeleton or style that ICU cannot use.
        public static let invalidSkeleton = Code(rawValue: "invalid-skeleton")
        /// A time zone that is not an IANA time zone ICU knows.
        public static let invalidTimeZone = Code(rawValue: "invalid-time-zone")
        /// A currency code that is not an ISO 4217 code ICU knows.
        public static let unknownCurrency = Code(rawValue: "unknown-currency")
        /// An ICU MessageFormat pattern that does not parse.
        public static let messageSyntax = Code(rawValue: "message-syntax")
        /// A message argument of the wrong type, or one the message needs but was not given.
        public static let argument = Code(rawValue: "argument")
        /// A value that is not a number, date or instant where one is needed.
        public static let invalidValue = Code(rawValue: "invalid-value")
        /// ICU itself reported a failure.
        public static let icuFailure = Code(rawValue: "icu-failure")
    }

    /// What kind of problem this is.
    public var code: Code
    /// A lower-case sentence that names the offending value and, where possible, a fix.
    public var message: String
    /// The position of the problem in the input text, counted in Unicode scalars, where one applies.
    public var offset: Int?
    /// ICU's status name (`U_ILLEGAL_ARGUMENT_ERROR`) when ICU reported the failure.
    public var statusName: String?

    public init(_ code: Code, _ message: String, offset: Int? = nil, statusName: String? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
        self.statusName = statusName
    }

    public var description: String {
        guard let statusName else { return message }
        return "\(message) (\(statusName))"
    }
}
