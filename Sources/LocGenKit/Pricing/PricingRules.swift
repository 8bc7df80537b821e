/// How a market turns a converted price into the price its pages show.
///
/// ``PriceCalculator`` applies the parts in a fixed order: tax, then ``ending``, then
/// ``rounding``. A price ending that is not a multiple of the cash increment (`.99` with Swiss
/// 0.05 cash rounding) would be rounded away again; the configuration loader rejects that
/// combination.
public struct PricingRules: Sendable, Equatable {
    /// How the final amount is rounded.
    public enum Rounding: String, Sendable, Equatable, CaseIterable {
        /// To the currency's digits from CLDR (2 for EUR, 0 for JPY).
        case currency
        /// To CLDR's cash increment, or the cash digits when there is none (0.05 for CHF).
        case cash
        /// Not at all; the amount keeps every digit the conversion gave it.
        case none
    }

    /// How the final amount is rounded; `.currency` unless the market says otherwise.
    public var rounding: Rounding
    /// A psychological price ending the amount is raised to, if any.
    public var ending: PriceEnding?
    /// The sales tax or VAT of the market, if its prices show or mention one.
    public var tax: TaxRule?

    /// Rules; by default currency rounding with no ending and no tax.
    public init(rounding: Rounding = .currency, ending: PriceEnding? = nil, tax: TaxRule? = nil) {
        self.rounding = rounding
        self.ending = ending
        self.tax = tax
    }
}

/// An ending a price is raised to: the next amount at or above the price that ends this way.
///
/// The raw values are the spellings the configuration uses.
public enum PriceEnding: String, Sendable, Equatable, CaseIterable {
    /// x.99: 23.40 → 23.99, 23.99 stays.
    case ninetyNine = "0.99"
    /// x.95: 23.40 → 23.95, 23.96 → 24.95.
    case ninetyFive = "0.95"
    /// x.90: 23.40 → 23.90.
    case ninety = "0.90"
    /// A whole number: 23.40 → 24.
    case whole
    /// A multiple of ten, for currencies with no minor unit: ¥1,234 → ¥1,240.
    case tens = "10"
    /// A multiple of a hundred: ¥1,234 → ¥1,300.
    case hundreds = "100"
}

/// A sales tax or VAT rate and whether the market's prices include it.
public struct TaxRule: Sendable, Equatable {
    /// The rate as a fraction: `0.19` for 19 %.
    public var rate: DecimalAmount
    /// Whether shown prices include the tax (EU VAT) or exclude it (US sales tax).
    public var included: Bool

    /// A rule for a tax rate given as a fraction (0.19).
    public init(rate: DecimalAmount, included: Bool) {
        self.rate = rate
        self.included = included
    }
}
