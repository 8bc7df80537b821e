public import LocGenICU

/// One market's pricing with what does not depend on the product worked out once: the rate, the tax factor
/// and the rounding step. ``PriceCalculator/price(base:override:currency:rules:)`` goes through it, so a
/// price made here is the same price, step for step.
///
/// A build prices every product in every market (and every related product again for each card): asking ICU
/// for the currency's digits, reading its rounding increment back from text and dividing out the tax for each
/// of them cost more than the arithmetic of the price itself.
public struct MarketPricing: Sendable {
    /// The market's currency.
    public let currency: Currency
    /// The market's rules.
    public let rules: PricingRules
    /// The rate from the base currency, or why there is none (thrown only for a price that needs it).
    private let rate: Result<DecimalAmount, LocGenError>
    /// 1 + the tax rate when prices include tax.
    private let taxFactor: DecimalAmount?
    private let rounding: Rounding

    /// How the shown amount is rounded, as ``PriceCalculator`` reads ``PriceRounding`` for the currency.
    private enum Rounding {
        case unrounded
        case digits(Int)
        /// To a multiple of the increment, then (cash) to the digits.
        case multiple(DecimalAmount, thenDigits: Int?)
    }

    init(currency: Currency, rules: PricingRules, rate: Result<DecimalAmount, LocGenError>) {
        self.currency = currency
        self.rules = rules
        self.rate = rate
        taxFactor = rules.tax.flatMap { $0.included ? DecimalAmount(1) + $0.rate : nil }
        switch rules.rounding {
        case .unrounded:
            rounding = .unrounded
        case .currency:
            rounding =
                DecimalAmount(increment: currency.roundingIncrement).map { .multiple($0, thenDigits: nil) }
                ?? .digits(currency.digits)
        case .cash:
            let digits = currency.cashDigits
            rounding =
                DecimalAmount(increment: currency.cashRoundingIncrement).map { .multiple($0, thenDigits: digits) }
                ?? .digits(digits)
        }
    }

    /// The amount a market shows for a product: converted (or the override), taxed, raised to the ending and
    /// rounded; what ``Price/amount`` holds, without working out the net and the tax.
    ///
    /// Throws ``LocGenError/Code/missingRate`` when a price without override needs a rate the rates lack and
    /// ``LocGenError/Code/invalidPrice`` for a negative price.
    public func amount(base: DecimalAmount, override: DecimalAmount?) throws(LocGenError) -> DecimalAmount {
        let converted: DecimalAmount
        if let override {
            converted = override
        } else {
            converted = base * (try rate.get())
        }
        guard !converted.isNegative else {
            throw LocGenError(
                .invalidPrice,
                "the price \(converted.text) \(currency.code) is negative; prices must be 0 or more"
            )
        }
        var shown = converted
        if let taxFactor { shown = converted * taxFactor }
        if let ending = rules.ending { shown = shown.raised(to: ending) }
        switch rounding {
        case .unrounded: return shown
        case .digits(let digits): return shown.rounded(toDigits: digits)
        case .multiple(let increment, let digits?):
            return shown.rounded(toMultipleOf: increment).rounded(toDigits: digits)
        case .multiple(let increment, nil): return shown.rounded(toMultipleOf: increment)
        }
    }

    /// The price a market shows for a product, with its net and tax; throws as ``amount(base:override:)``.
    ///
    /// With tax included, the net and tax are taken back out of the rounded amount (net = amount ÷ (1 + rate),
    /// rounded the same way; tax = amount − net), so that net + tax is always exactly the shown amount.
    public func price(base: DecimalAmount, override: DecimalAmount?) throws(LocGenError) -> Price {
        let amount = try amount(base: base, override: override)
        guard let tax = rules.tax else {
            return Price(
                amount: amount,
                net: amount,
                tax: .zero.rounded(toDigits: amount.scale),
                currency: currency,
                taxIncluded: false
            )
        }
        if let taxFactor {
            let exact = amount.divided(by: taxFactor, digits: DecimalAmount.maximumScale) ?? amount
            let net = rules.rounding == .unrounded ? exact : exact.rounded(toDigits: amount.scale)
            return Price(amount: amount, net: net, tax: amount - net, currency: currency, taxIncluded: true)
        }
        let exactTax = amount * tax.rate
        let taxAmount = rules.rounding == .unrounded ? exactTax : exactTax.rounded(toDigits: amount.scale)
        return Price(amount: amount, net: amount, tax: taxAmount, currency: currency, taxIncluded: false)
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
