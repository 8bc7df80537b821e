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
    nonisolated(unsafe) let handle: OpaquePointer

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

    /// What makes two cached formatters the same.
    private struct Key: Hashable, Sendable {
        var locale: String
        var skeleton: String
    }

    /// What makes two cached currency formatters the same, so that a hit builds no skeleton text.
    private struct CurrencyKey: Hashable, Sendable {
        var locale: String
        var currency: String
        var isCash: Bool
        var skeletonSuffix: String
    }

    private static let cache = Cache<Key, NumberFormat>()
    private static let currencyCache = Cache<CurrencyKey, NumberFormat>()

    /// A shared formatter for this locale and skeleton, compiled on first use.
    public static func cached(locale: LocaleID, skeleton: String) throws(ICUError) -> NumberFormat {
        try cache.value(for: Key(locale: locale.icuID, skeleton: skeleton)) { () throws(ICUError) in
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
        let key = CurrencyKey(
            locale: locale.icuID,
            currency: currency.code,
            isCash: cash,
            skeletonSuffix: skeletonSuffix
        )
        return try currencyCache.value(for: key) { () throws(ICUError) in
            var skeleton = "currency/\(currency.code)"
            if cash { skeleton += " precision-currency-cash" }
            if !skeletonSuffix.isEmpty { skeleton += " " + skeletonSuffix }
            return try cached(locale: locale, skeleton: skeleton)
        }
    }
}

/// The decimal text the engine accepts: an optional sign, digits, an optional fraction
/// and an optional exponent ("-12.50", "1E6").
public enum DecimalText {
    /// Whether `text` is a decimal number the engine accepts.
    public static func isValidNumber(_ text: String) -> Bool { isValid(text) }

    static func isValid(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count < 200 else { return false }
        // Every character the grammar allows is ASCII, so scanning bytes decides the same as scanning
        // scalars, without the scalar view's per-character index arithmetic.
        return utf8.withContiguousStorageIfAvailable(isValid(bytes:))
            ?? Array(utf8).withUnsafeBufferPointer(isValid(bytes:))
    }

    private static func isValid(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func take(_ first: Unicode.Scalar, or second: Unicode.Scalar? = nil) -> Bool {
            guard index < bytes.count,
                bytes[index] == UInt8(ascii: first) || second.map({ bytes[index] == UInt8(ascii: $0) }) == true
            else { return false }
            index += 1
            return true
        }
        func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        _ = take("-", or: "+")
        let integerDigits = digits()
        let fractionDigits = take(".") ? digits() : 0
        guard integerDigits + fractionDigits > 0 else { return false }
        if take("e", or: "E") {
            _ = take("-", or: "+")
            let exponentDigits = digits()
            guard exponentDigits > 0, exponentDigits < 6 else { return false }
        }
        return index == bytes.count
    }
}
