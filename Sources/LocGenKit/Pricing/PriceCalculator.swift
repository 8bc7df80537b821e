public import LocGenICU

/// Turns a catalog price in the base currency into the price a market shows.
///
/// The steps, in this order, all in decimal:
///
/// 1. **Convert** the base price with the rate to the market's currency. An override price is
///    already in the market's currency and is used as it is.
/// 2. **Add tax** when the market's prices include it (EU VAT): gross = net × (1 + rate). Tax comes
///    before the ending so that the ending is what the shopper reads.
/// 3. **Raise to the price ending** (`.99`, `.95`, `.90`, whole, tens, hundreds): the smallest amount
///    at or above the price that ends that way, so an ending never lowers a price below what the
///    rates and tax give. A zero price stays zero: a free product does not become 0.99.
/// 4. **Round** to the currency's digits (2 for EUR, 0 for JPY) or, with cash rounding, to its cash
///    increment (0.05 for CHF). Halves round away from zero ("half-up"): that is how shops, tills
///    and Swiss "Rappenrundung" round a single shown price, and what shoppers check a price
///    against; bankers' rounding only pays off when many rounded amounts are summed, which a
///    price page never does.
///
/// With tax included, the net and tax are then taken back out of the rounded amount
/// (net = amount ÷ (1 + rate), rounded the same way; tax = amount − net) so that
/// net + tax is always exactly the shown amount.
public struct PriceCalculator: Sendable {
    /// The currency catalog prices are written in.
    public let baseCurrency: Currency
    /// The rates from ``baseCurrency``.
    public let rates: ExchangeRates

    /// A calculator for catalog prices in `baseCurrency`; `rates` should start from it.
    public init(baseCurrency: Currency, rates: ExchangeRates) {
        self.baseCurrency = baseCurrency
        self.rates = rates
    }

    /// The price a market shows for a product.
    ///
    /// Throws ``LocGenError/Code/missingRate`` when the rates have no rate to `currency` (or start
    /// from another base currency) and ``LocGenError/Code/invalidPrice`` for a negative price.
    public func price(
        base: DecimalAmount,
        override: DecimalAmount?,
        currency: Currency,
        rules: PricingRules
    ) throws(LocGenError) -> Price {
        try pricing(currency: currency, rules: rules).price(base: base, override: override)
    }

    /// A market's pricing with its rate, tax factor and rounding worked out once, for pricing many products.
    public func pricing(currency: Currency, rules: PricingRules) -> MarketPricing {
        let rate: Result<DecimalAmount, LocGenError>
        do {
            rate = .success(try self.rate(to: currency))
        } catch {
            rate = .failure(error)
        }
        return MarketPricing(currency: currency, rules: rules, rate: rate)
    }

    private func rate(to currency: Currency) throws(LocGenError) -> DecimalAmount {
        let file = rates.path.map { " in '\($0)'" } ?? ""
        guard rates.base == baseCurrency else {
            throw LocGenError(
                .missingRate,
                "the rates\(file) start from \(rates.base.code) but catalog prices are in \(baseCurrency.code); give rates from \(baseCurrency.code)"
            )
        }
        guard let rate = rates.rate(to: currency) else {
            throw LocGenError(
                .missingRate,
                "no exchange rate from \(baseCurrency.code) to \(currency.code)\(file); add \(currency.code) under 'rates', or give the product a price override for the market"
            )
        }
        return rate
    }
}
