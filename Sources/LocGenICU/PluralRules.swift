internal import CLocGenICU

/// A CLDR plural category.
public enum PluralCategory: String, Sendable, CaseIterable, Comparable, Codable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A locale's cardinal ("1 item, 2 items") or ordinal ("1st, 2nd") plural rules from ICU.
///
/// ICU's `PluralRules` is immutable once made, so one instance serves every task; ``cached(locale:ordinal:)`` shares them.
public final class PluralRules: Sendable {
    /// The locale the rules are for.
    public let locale: LocaleID
    /// Whether these are ordinal rules.
    public let isOrdinal: Bool
    /// Each category the locale uses, in CLDR order, with CLDR's rule text and sample numbers.
    public let rules: [Rule]

    // Immutable after init; ICU's PluralRules and the shim's number formatters are only read.
    nonisolated(unsafe) private let handle: OpaquePointer

    /// One category's rule as CLDR writes it.
    public struct Rule: Sendable, Equatable, Codable {
        public var category: PluralCategory
        /// The condition, e.g. `i = 1 and v = 0`; empty for `other`.
        public var condition: String
        /// CLDR's integer samples, e.g. `1, 21, 31, 41, 51, 61, 71, 81, 101, 1001, …`.
        public var integerSamples: String
        /// CLDR's decimal samples, empty when the category has none.
        public var decimalSamples: String
    }

    public init(locale: LocaleID, ordinal: Bool = false) throws(ICUError) {
        var rules: OpaquePointer?
        let status = locgen_plural_rules_open(locale.icuID, ordinal ? 1 : 0, &rules)
        guard !isFailure(status), let rules else {
            throw ICUError(.icuFailure, "ICU has no plural rules for '\(locale)'", statusName: statusName(status))
        }
        self.locale = locale
        self.isOrdinal = ordinal
        self.handle = rules
        let text = try readString("read the plural rules of '\(locale)'") {
            locgen_plural_rules_describe(locale.icuID, ordinal ? 1 : 0, $0, $1, $2)
        }
        self.rules = text.split(separator: "\n").compactMap(Self.parseRule).sorted { $0.category < $1.category }
    }

    deinit { locgen_plural_rules_close(handle) }

    /// The categories the locale uses, in CLDR order (zero, one, two, few, many, other).
    public var categories: [PluralCategory] { rules.map(\.category) }

    /// The category of a number written as decimal text, keeping its visible fraction digits
    /// (`"1"` is `one` in English, `"1.0"` is `other`).
    public func category(of decimal: String) throws(ICUError) -> PluralCategory {
        guard DecimalText.isValid(decimal) else {
            throw ICUError(.invalidValue, "'\(decimal)' is not a number; write it as 3, 1.5 or 1.0")
        }
        let keyword = try readString("select a plural category") { out, capacity, length in
            locgen_plural_select(handle, decimal, Int32(decimal.utf8.count), out, capacity, length)
        }
        return PluralCategory(rawValue: keyword) ?? .other
    }

    /// The category of an integer.
    public func category(of value: Int) -> PluralCategory {
        (try? category(of: String(value))) ?? .other
    }

    private static let cache = Cache<String, PluralRules>()

    /// Shared rules for a locale.
    public static func cached(locale: LocaleID, ordinal: Bool = false) throws(ICUError) -> PluralRules {
        try cache.value(for: "\(locale.icuID)|\(ordinal)") { () throws(ICUError) in
            try PluralRules(locale: locale, ordinal: ordinal)
        }
    }

    /// Splits "one: i = 1 and v = 0 @integer 1 @decimal 0.0~1.5" into its parts.
    private static func parseRule(_ line: Substring) -> Rule? {
        guard let colon = line.firstIndex(of: ":"),
            let category = PluralCategory(rawValue: String(line[..<colon]))
        else { return nil }
        let body = line[line.index(after: colon)...]
        func section(_ marker: String) -> String {
            guard let start = body.firstRange(of: marker) else { return "" }
            let rest = body[start.upperBound...]
            let end = rest.firstRange(of: " @")?.lowerBound ?? rest.endIndex
            return String(rest[..<end]).trimmingWhitespace()
        }
        let conditionEnd = body.firstIndex(of: "@") ?? body.endIndex
        return Rule(
            category: category,
            condition: String(body[..<conditionEnd]).trimmingWhitespace(),
            integerSamples: section("@integer"),
            decimalSamples: section("@decimal")
        )
    }
}
