import LocGenICU
import LocGenKit
import Testing

extension PricingTests {
    struct MarketPricingTests {
        private let calculator: PriceCalculator

        init() throws {
            calculator = try PricingTests.calculator()
        }

        private static let rules: [PricingRules] = [
            PricingRules(),
            PricingRules(rounding: .cash),
            PricingRules(rounding: .unrounded),
            PricingRules(ending: .ninetyNine),
            PricingRules(ending: .tens),
            PricingRules(tax: TaxRule(rate: DecimalAmount("0.19")!, included: true)),
            PricingRules(
                rounding: .cash,
                ending: .ninetyFive,
                tax: TaxRule(rate: DecimalAmount("0.077")!, included: true)
            ),
            PricingRules(tax: TaxRule(rate: DecimalAmount("0.0825")!, included: false)),
        ]

        @Test(arguments: ["EUR", "USD", "CHF", "JPY"])
        func givesTheAmountOfThePriceForEveryRule(currency code: String) throws {
            let currency = try Currency(code)
            for rules in Self.rules {
                let pricing = calculator.pricing(currency: currency, rules: rules)
                for base in ["129.90", "0.01", "23.995", "0", "1999"] {
                    for override in [nil, "17.42"] {
                        let baseAmount = try #require(DecimalAmount(base))
                        let overrideAmount = try override.map { try #require(DecimalAmount($0)) }
                        let amount = try pricing.amount(base: baseAmount, override: overrideAmount)
                        let price = try calculator.price(
                            base: baseAmount,
                            override: overrideAmount,
                            currency: currency,
                            rules: rules
                        )
                        #expect(amount.text == price.amount.text, "\(base) \(override ?? "-") \(code) \(rules)")
                        #expect(price.currency == currency)
                        #expect(price.taxIncluded == (rules.tax?.included ?? false))
                    }
                }
            }
        }

        @Test func roundsSwissCashToFiveRappenWithTheIncrementReadOnce() throws {
            let pricing = calculator.pricing(currency: try Currency("CHF"), rules: PricingRules(rounding: .cash))
            let override = try #require(DecimalAmount("23.42"))
            let amount = try pricing.amount(base: .zero, override: override)
            #expect(amount.text == "23.40")
            #expect(try pricing.amount(base: #require(DecimalAmount("100")), override: nil).text == "94.20")
        }

        @Test func needsTheRateOnlyForAPriceWithoutOverride() throws {
            let pricing = calculator.pricing(currency: try Currency("GBP"), rules: PricingRules())
            let override = try #require(DecimalAmount("8.5"))
            #expect(try pricing.amount(base: DecimalAmount(10), override: override).text == "8.50")
            let error = #expect(throws: LocGenError.self) {
                try pricing.amount(base: DecimalAmount(10), override: nil)
            }
            #expect(error?.code == .missingRate)
            #expect(
                error?.message
                    == "no exchange rate from EUR to GBP in 'data/rates.yaml'; add GBP under 'rates', or give the product a price override for the market"
            )
        }

        @Test func refusesANegativeOverride() throws {
            let pricing = calculator.pricing(currency: try Currency("USD"), rules: PricingRules())
            let override = try #require(DecimalAmount("-1.50"))
            let error = #expect(throws: LocGenError.self) {
                try pricing.amount(base: DecimalAmount(10), override: override)
            }
            #expect(error?.code == .invalidPrice)
            #expect(error?.message == "the price -1.50 USD is negative; prices must be 0 or more")
        }
    }
}
