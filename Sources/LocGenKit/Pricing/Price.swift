public import LocGenICU

/// A price as one market shows it, with the parts a page or JSON-LD offer may need.
public struct Price: Sendable, Equatable {
    /// What the page shows, in ``currency``, rounded the market's way (tax included when
    /// ``taxIncluded``).
    public var amount: DecimalAmount
    /// The amount without tax.
    public var net: DecimalAmount
    /// The tax on ``net``; zero when the market has no tax rule.
    public var tax: DecimalAmount
    /// The market's currency.
    public var currency: Currency
    /// Whether ``amount`` includes ``tax``.
    public var taxIncluded: Bool

    /// A price from its parts.
    public init(amount: DecimalAmount, net: DecimalAmount, tax: DecimalAmount, currency: Currency, taxIncluded: Bool) {
        self.amount = amount
        self.net = net
        self.tax = tax
        self.currency = currency
        self.taxIncluded = taxIncluded
    }
}
