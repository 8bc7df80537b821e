internal import CLocGenICU

/// A compiled ICU number formatter for one locale and number skeleton.
///
/// Skeletons are ICU's (`currency/EUR`, `percent`, `compact-short`, `measure-unit/length-kilometer
/// usage/road`, `.00`, `precision-currency-cash` …). ICU documents `LocalizedNumberFormatter` as
/// safe to use from many threads, so one instance serves every task; ``cached(locale:skeleton:)``
/// shares instances.
public final class NumberFormat: Sendable {
    /// The locale the numbers are formatted for.
    public let locale: LocaleID
    /// The ICU number skeleton.
    public let skeleton: String

    // Immutable after init; ICU's LocalizedNumberFormatter is thread-safe for formatting.
    nonisolated(unsafe) private let handle: OpaquePointer

    /// Compiles a skeleton; throws ``ICUError/Code/invalidSkeleton`` with the offset of the problem.
    public init(locale: LocaleID, skeleton: String) throws(ICUError) {
        var formatter: OpaquePointer?
        var errorOffset: Int32 = -1
        let status = locgen_number_formatter_open(locale.icuID, skeleton, &formatter, &errorOffset)
        guard !isFailure(status), let formatter else {
            let at = errorOffset >= 0 ? Int(errorOffset) : nil
            let position = at.map { " at character \($0 + 1)" } ?? ""
            throw ICUError(
                .invalidSkeleton,
                "invalid number skeleton '\(skeleton)'\(position); see ICU's number skeleton syntax, e.g. 'currency/EUR', 'percent', '.00'",
                offset: at,
                statusName: statusName(status)
            )
        }
        self.locale = locale
        self.skeleton = skeleton
        self.handle = formatter
    }

    deinit { locgen_number_formatter_close(handle) }

    /// Formats a binary floating-point value.
    public func format(_ value: Double) -> String {
        (try? readString("format \(value)") { locgen_number_format_double(handle, value, $0, $1, $2) }) ?? "\(value)"
    }

    /// Formats an integer exactly.
    public func format(_ value: Int) -> String { (try? format(decimal: String(value))) ?? String(value) }

    /// Formats a decimal number written as text ("1234.567", "-0.05", "1E6") with no binary rounding.
    ///
    /// Throws ``ICUError/Code/invalidValue`` when the text is not a decimal number.
    public func format(decimal: String) throws(ICUError) -> String {
        guard DecimalText.isValid(decimal) else {
            throw ICUError(.invalidValue, "'\(decimal)' is not a number; write it as 1234.56 with a '.' decimal point")
        }
        return try readString("format \(decimal)") { out, capacity, length in
            decimal.withCString { locgen_number_format_decimal(handle, $0, Int32(decimal.utf8.count), out, capacity, length) }
        }
    }

    private static let cache = Cache<String, NumberFormat>()

    /// A shared formatter for this locale and skeleton, compiled on first use.
    public static func cached(locale: LocaleID, skeleton: String) throws(ICUError) -> NumberFormat {
        try cache.value(for: locale.icuID + "\u{1F}" + skeleton) { () throws(ICUError) in
            try NumberFormat(locale: locale, skeleton: skeleton)
        }
    }

    /// A formatter for amounts in a currency with its own digits, or CLDR's cash rounding when `cash`.
    public static func currency(
        _ currency: Currency,
        locale: LocaleID,
        cash: Bool = false,
        skeletonSuffix: String = ""
    ) throws(ICUError) -> NumberFormat {
        var skeleton = "currency/\(currency.code)"
        if cash { skeleton += " precision-currency-cash" }
        if !skeletonSuffix.isEmpty { skeleton += " " + skeletonSuffix }
        return try cached(locale: locale, skeleton: skeleton)
    }
}

/// The decimal text the engine accepts: an optional sign, digits, an optional fraction
/// and an optional exponent ("-12.50", "1E6").
public enum DecimalText {
    /// Whether `text` is a decimal number the engine accepts.
    public static func isValidNumber(_ text: String) -> Bool { isValid(text) }

    static func isValid(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "-" || first == "+" { scalars = scalars.dropFirst() }
        var integerDigits = 0
        while let scalar = scalars.first, ("0"..."9").contains(scalar) {
            integerDigits += 1
            scalars = scalars.dropFirst()
        }
        var fractionDigits = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            while let scalar = scalars.first, ("0"..."9").contains(scalar) {
                fractionDigits += 1
                scalars = scalars.dropFirst()
            }
        }
        guard integerDigits + fractionDigits > 0 else { return false }
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
            var exponentDigits = 0
            while let scalar = scalars.first, ("0"..."9").contains(scalar) {
                exponentDigits += 1
                scalars = scalars.dropFirst()
            }
            guard exponentDigits > 0, exponentDigits < 6 else { return false }
        }
        return scalars.isEmpty && text.utf8.count < 200
    }
}
