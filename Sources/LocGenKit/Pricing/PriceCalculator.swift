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
        let converted: DecimalAmount
        if let override {
            converted = override
        } else {
            converted = base * (try rate(to: currency))
        }
        guard !converted.isNegative else {
            throw LocGenError(
                .invalidPrice,
                "the price \(converted.text) \(currency.code) is negative; prices must be 0 or more"
            )
        }
        var shown = converted
        if let tax = rules.tax, tax.included {
            shown = converted * (DecimalAmount(1) + tax.rate)
        }
        if let ending = rules.ending { shown = shown.raised(to: ending) }
        let amount = round(shown, in: currency, rules.rounding)

        guard let tax = rules.tax else {
            return Price(
                amount: amount,
                net: amount,
                tax: .zero.rounded(toDigits: amount.scale),
                currency: currency,
                taxIncluded: false
            )
        }
        if tax.included {
            let exact = amount.divided(by: DecimalAmount(1) + tax.rate, digits: DecimalAmount.maximumScale) ?? amount
            let net = rules.rounding == .unrounded ? exact : exact.rounded(toDigits: amount.scale)
            return Price(amount: amount, net: net, tax: amount - net, currency: currency, taxIncluded: true)
        }
        let exactTax = amount * tax.rate
        let taxAmount = rules.rounding == .unrounded ? exactTax : exactTax.rounded(toDigits: amount.scale)
        return Price(amount: amount, net: amount, tax: taxAmount, currency: currency, taxIncluded: false)
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

    /// The amount rounded the way `rounding` says for `currency`.
    private func round(_ amount: DecimalAmount, in currency: Currency, _ rounding: PriceRounding)
        -> DecimalAmount
    {
        switch rounding {
        case .unrounded:
            return amount
        case .currency:
            if let increment = DecimalAmount(increment: currency.roundingIncrement) {
                return amount.rounded(toMultipleOf: increment)
            }
            return amount.rounded(toDigits: currency.digits)
        case .cash:
            if let increment = DecimalAmount(increment: currency.cashRoundingIncrement) {
                return amount.rounded(toMultipleOf: increment).rounded(toDigits: currency.cashDigits)
            }
            return amount.rounded(toDigits: currency.cashDigits)
        }
    }
}

extension DecimalAmount {
    /// CLDR's rounding increment, which ICU hands over as a `Double` such as 0.05: its shortest
    /// text ("0.05") is the decimal CLDR wrote, so it is read back from that text. `nil` for 0.
    init?(increment: Double) {
        guard increment > 0, let amount = DecimalAmount("\(increment)") else { return nil }
        self = amount
    }
}
