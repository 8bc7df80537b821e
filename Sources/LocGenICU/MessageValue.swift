/// A typed argument for a ``MessageFormat``: a number, a date or a string.
public enum MessageValue: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral
{
    /// A number written as decimal text ("21", "1.50"), formatted without binary rounding and with
    /// its visible fraction digits for plural selection.
    case number(String)
    /// A binary floating-point number.
    case double(Double)
    /// An instant, or a wall-clock time resolved in the message's time zone.
    case date(DateValue)
    /// Text.
    case string(String)

    public init(integerLiteral value: Int) { self = .number(String(value)) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    /// Reads a command-line value: a decimal number becomes a number, an ISO 8601 date or instant a
    /// date, and anything else a string.
    public init(inferringTypeOf text: String) {
        if DecimalText.isValid(text), !text.hasPrefix("+") {
            self = .number(text)
        } else if let date = DateValue(iso8601: text) {
            self = .date(date)
        } else {
            self = .string(text)
        }
    }

    /// How the value reads in an error message.
    var summary: String {
        switch self {
        case .number(let text): return "the number \(text)"
        case .double(let value): return "the number \(value)"
        case .date: return "a date"
        case .string(let text): return "the text '\(text)'"
        }
    }
}
