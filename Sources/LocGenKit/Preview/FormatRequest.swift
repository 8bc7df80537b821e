public import LocGenICU

/// One thing a translator wants to see formatted in one locale: `locgen format`'s job.
public struct FormatRequest: Sendable, Equatable {
    /// What to format.
    public enum Subject: Sendable, Equatable {
        /// An ICU MessageFormat pattern with named arguments.
        case message(String, arguments: [String: MessageValue])
        /// A decimal number through a number skeleton (empty for the locale's default).
        case number(String, skeleton: String)
        /// An amount of money in a currency, with CLDR's cash rounding when `cash`.
        case currency(String, code: String, cash: Bool, skeleton: String)
        /// A date through a skeleton, or named date and time styles.
        case date(String, skeleton: String?, dateStyle: DateFormat.Style?, timeStyle: DateFormat.Style?)
        /// A relative time ("in 3 days").
        case relative(String, unit: RelativeTimeFormat.Unit, numeric: Bool)
        /// A list of items joined as the locale joins them.
        case list([String], kind: ListFormat.Kind)
    }

    public var locale: String
    public var timeZone: String
    public var subject: Subject

    public init(locale: String, timeZone: String = "UTC", subject: Subject) {
        self.locale = locale
        self.timeZone = timeZone
        self.subject = subject
    }

    /// Formats the subject.
    ///
    /// Throws ``ICUError`` for a bad locale, zone, currency, skeleton, message or argument;
    /// ``FormatRequest/isUsageError(_:)`` tells which of them are the caller's flags.
    public func run() throws(ICUError) -> String {
        let locale = try LocaleID(locale)
        let zone = try TimeZoneID(timeZone)
        switch subject {
        case .message(let pattern, let arguments):
            return try MessageFormat(pattern, locale: locale, timeZone: zone).format(arguments)
        case .number(let value, let skeleton):
            let skeleton = Self.messageStyles[skeleton] ?? skeleton
            return try NumberFormat(locale: locale, skeleton: skeleton).format(decimal: value)
        case .currency(let value, let code, let cash, let skeleton):
            let currency = try Currency(code)
            return try NumberFormat.currency(currency, locale: locale, cash: cash, skeletonSuffix: skeleton)
                .format(decimal: value)
        case .date(let value, let skeleton, let dateStyle, let timeStyle):
            guard let date = DateValue(iso8601: value) else {
                throw ICUError(
                    .invalidValue,
                    "'\(value)' is not an ISO 8601 date; write 2026-11-25, 2026-11-25T09:30 or 2026-11-25T09:30:00Z"
                )
            }
            let format: DateFormat
            if let skeleton {
                format = try DateFormat(locale: locale, skeleton: skeleton, timeZone: zone)
            } else {
                format = try DateFormat(
                    locale: locale,
                    dateStyle: dateStyle ?? (timeStyle == nil ? .medium : nil),
                    timeStyle: timeStyle,
                    timeZone: zone
                )
            }
            return try format.format(date)
        case .relative(let value, let unit, let numeric):
            guard DecimalText.isValidNumber(value), let amount = Double(value) else {
                throw ICUError(.invalidValue, "'\(value)' is not a number; write -3 for three units ago")
            }
            return try RelativeTimeFormat(locale: locale).format(amount, unit, numeric: numeric)
        case .list(let items, let kind):
            return try ListFormat(locale: locale, kind: kind).format(items)
        }
    }

    /// MessageFormat's named number styles, as the skeletons ICU uses for `{n, number, STYLE}`.
    ///
    /// ICU's bare `percent` skeleton does not scale (0.256 → 0.256%), but a translator who writes
    /// `percent` means what the message style means (0.256 → 25.6%).
    static let messageStyles: [String: String] = [
        "percent": "percent scale/100",
        "integer": "precision-integer",
        "currency": "",
    ]

    /// Whether an error is about the request's own settings (locale, zone, currency, skeleton):
    /// a usage error, as opposed to a problem in the message or its arguments.
    public static func isUsageError(_ error: ICUError) -> Bool {
        [.invalidLocale, .invalidTimeZone, .unknownCurrency, .invalidSkeleton].contains(error.code)
    }
}
