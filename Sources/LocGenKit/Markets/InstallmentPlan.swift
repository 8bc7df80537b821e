/// Payment in equal monthly installments, as a market offers it ("12 meses sin intereses", "10x sem juros").
public struct InstallmentPlan: Sendable, Hashable {
    /// The number of payments, 2 or more.
    public var count: Int
    /// Whether the installments cost nothing on top of the price.
    public var isInterestFree: Bool
    /// The lowest price, in the market's currency, that can be paid this way; every price when nil.
    public var minimum: DecimalAmount?

    public init(count: Int, isInterestFree: Bool = false, minimum: DecimalAmount? = nil) {
        self.count = count
        self.isInterestFree = isInterestFree
        self.minimum = minimum
    }

    /// The amount of each payment for a price in a currency with `digits` fraction digits, or nil when the
    /// price is below ``minimum`` (or zero).
    ///
    /// The price divided by ``count``, rounded to the currency's digits with halves away from zero, as prices
    /// are; the card issuer settles the cent the rounding moves on the last payment.
    public func payment(of price: DecimalAmount, digits: Int) -> DecimalAmount? {
        guard price > .zero, minimum.map({ !(price < $0) }) ?? true else { return nil }
        return price.divided(by: DecimalAmount(count), digits: digits)
    }
}
