internal import CLocGenICU

/// An ISO 4217 currency that ICU knows, with CLDR's digits and rounding for it.
public struct Currency: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The three-letter code, upper-case (`CHF`).
    public let code: String

    /// Validates a currency code; lower-case input is accepted (`chf` → `CHF`).
    public init(_ code: String) throws(ICUError) {
        let upper = code.uppercased()
        var known: Int32 = 0
        if upper.utf8.count == 3, upper.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
            _ = locgen_currency_is_known(upper, &known)
        }
        guard known != 0 else {
            throw ICUError(.unknownCurrency, "unknown currency '\(code)'; use an ISO 4217 code such as 'EUR' or 'JPY'")
        }
        self.code = upper
    }

    public var description: String { code }

    public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.code < rhs.code }

    /// The number of fraction digits the currency is shown with (2 for EUR, 0 for JPY).
    public var digits: Int { rounding(cash: false).digits }

    /// The fraction digits for cash payments (0 for CZK's cash, 2 for CHF).
    public var cashDigits: Int { rounding(cash: true).digits }

    /// The rounding increment for cash payments, or 0 when there is none (0.05 for CHF).
    public var cashRoundingIncrement: Double { rounding(cash: true).increment }

    /// The rounding increment for ordinary use, or 0 when there is none.
    public var roundingIncrement: Double { rounding(cash: false).increment }

    /// The currency's name in a locale ("Schweizer Franken").
    public func name(in locale: LocaleID) -> String {
        (try? readString("name the currency \(code)") { locgen_currency_name(code, locale.icuID, 0, $0, $1, $2) })
            ?? code
    }

    /// The currency's symbol in a locale ("CHF", "€", "￥").
    public func symbol(in locale: LocaleID) -> String {
        (try? readString("find the symbol of \(code)") { locgen_currency_name(code, locale.icuID, 1, $0, $1, $2) })
            ?? code
    }

    private func rounding(cash: Bool) -> (digits: Int, increment: Double) {
        var digits: Int32 = 0
        var increment: Double = 0
        _ = locgen_currency_digits(code, cash ? 1 : 0, &digits, &increment)
        return (Int(digits), increment)
    }
}
