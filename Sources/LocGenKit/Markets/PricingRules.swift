/// How one market turns a base-currency price into the price it shows.
public struct PricingRules: Sendable, Hashable {
    /// How the converted price is rounded; `currency` unless configured.
    public var rounding: PriceRounding
    /// The ending prices are moved to after rounding, if any.
    public var ending: PriceEnding?
    /// The tax the shown price is given with, if any.
    public var tax: TaxRule?

    public init(rounding: PriceRounding = .currency, ending: PriceEnding? = nil, tax: TaxRule? = nil) {
        self.rounding = rounding
        self.ending = ending
        self.tax = tax
    }
}
