/// The sales tax or VAT a market shows prices with.
public struct TaxRule: Sendable, Hashable {
    /// The rate as a fraction, at least 0 and below 1 (0.19 for 19 %).
    public var rate: DecimalAmount
    /// Whether the shown price includes the tax (EU and Swiss consumer prices do, US prices do not).
    public var included: Bool

    public init(rate: DecimalAmount, included: Bool) {
        self.rate = rate
        self.included = included
    }
}
