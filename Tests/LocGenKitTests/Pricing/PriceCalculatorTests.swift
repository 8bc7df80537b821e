import LocGenICU
import LocGenKit
import Testing

extension PricingTests {
    struct PriceCalculatorTests {
        private let calculator: PriceCalculator

        init() throws {
            calculator = try PricingTests.calculator()
        }

        private func price(
            _ base: String,
            override: String? = nil,
            in code: String,
            _ rules: PricingRules = PricingRules()
        ) throws -> Price {
            let overrideAmount = try override.map { try #require(DecimalAmount($0)) }
            return try calculator.price(
                base: #require(DecimalAmount(base)),
                override: overrideAmount,
                currency: Currency(code),
                rules: rules
            )
        }

        @Test(arguments: [
            ("129.90", "USD", "140.71"), ("129.90", "CHF", "122.38"), ("129.90", "JPY", "21089"),
            ("129.90", "EUR", "129.90"),
            ("100", "USD", "108.32"), ("0.01", "JPY", "2"),
        ])
        func convertsFromTheBaseCurrencyAndRoundsToTheCurrencysDigits(base: String, currency: String, expected: String)
            throws
        {
            let result = try price(base, in: currency)
            #expect(result.amount.text == expected)
            #expect(result.net.text == expected)
            #expect(result.currency == (try Currency(currency)))
            #expect(!result.taxIncluded)
        }

        @Test func usesAnOverridePriceAsItIs() throws {
            #expect(try price("129.90", override: "899", in: "JPY").amount.text == "899")
            #expect(try price("129.90", override: "899.5", in: "JPY").amount.text == "900")
            #expect(try price("129.90", override: "1234", in: "JPY", PricingRules(ending: .tens)).amount.text == "1240")
        }

        @Test(arguments: [
            (PriceEnding.ninetyNine, "23.40", "23.99"), (.ninetyNine, "23.99", "23.99"),
            (.ninetyNine, "23.991", "24.99"),
            (.ninetyNine, "23", "23.99"), (.ninetyFive, "23.40", "23.95"), (.ninetyFive, "23.96", "24.95"),
            (.ninety, "23.40", "23.90"), (.ninety, "23.90", "23.90"), (.whole, "23.40", "24.00"),
            (.whole, "23.00", "23.00"),
            (.tens, "23.40", "30.00"), (.tens, "1230", "1230.00"), (.hundreds, "23.40", "100.00"),
            (.hundreds, "1201", "1300.00"),
            (.ninetyNine, "0", "0.00"),
        ])
        func raisesToThePriceEnding(ending: PriceEnding, base: String, expected: String) throws {
            #expect(try price(base, in: "EUR", PricingRules(ending: ending)).amount.text == expected)
        }

        @Test func roundsUpToTensForYen() throws {
            // 12.34 EUR × 162.35 = 2003.399 → tens → 2010.
            #expect(try price("12.34", in: "JPY", PricingRules(ending: .tens)).amount.text == "2010")
            #expect(try price("12.34", in: "JPY", PricingRules(ending: .hundreds)).amount.text == "2100")
        }

        @Test func addsIncludedTaxAndKeepsTheNet() throws {
            let tax = TaxRule(rate: try #require(DecimalAmount("0.19")), included: true)
            let result = try price("100.00", in: "EUR", PricingRules(tax: tax))
            #expect(result.amount.text == "119.00")
            #expect(result.net.text == "100.00")
            #expect(result.tax.text == "19.00")
            #expect(result.taxIncluded)
        }

        @Test func takesNetAndTaxBackOutOfAnEndedPrice() throws {
            let tax = TaxRule(rate: try #require(DecimalAmount("0.19")), included: true)
            let result = try price("100.00", in: "EUR", PricingRules(ending: .ninetyNine, tax: tax))
            #expect(result.amount.text == "119.99")
            #expect(result.net.text == "100.83")
            #expect(result.tax.text == "19.16")
        }

        @Test func reportsExcludedTaxWithoutAddingIt() throws {
            let tax = TaxRule(rate: try #require(DecimalAmount("0.0725")), included: false)
            let result = try price("100.00", in: "USD", PricingRules(tax: tax))
            #expect(result.amount.text == "108.32")
            #expect(result.net.text == "108.32")
            #expect(result.tax.text == "7.85")
            #expect(!result.taxIncluded)
        }

        @Test func roundsSwissFrancsToFiveRappenForCash() throws {
            #expect(try price("129.90", in: "CHF", PricingRules(rounding: .cash)).amount.text == "122.40")
            #expect(try price("10", override: "23.42", in: "CHF", PricingRules(rounding: .cash)).amount.text == "23.40")
            #expect(
                try price("10", override: "23.425", in: "CHF", PricingRules(rounding: .cash)).amount.text == "23.45"
            )
            #expect(
                try price("10", override: "23.43", in: "CHF", PricingRules(rounding: .cash, ending: .ninetyFive)).amount
                    .text == "23.95"
            )
            #expect(
                try price("10", override: "23.95", in: "CHF", PricingRules(rounding: .cash, ending: .ninetyFive)).amount
                    .text == "23.95"
            )
            // A .99 ending does not survive 0.05 cash rounding; the configuration rejects the pair.
            #expect(
                try price("10", override: "23.40", in: "CHF", PricingRules(rounding: .cash, ending: .ninetyNine)).amount
                    .text == "24.00"
            )
        }

        @Test func keepsEveryDigitWithoutRounding() throws {
            #expect(try price("129.90", in: "USD", PricingRules(rounding: .unrounded)).amount.text == "140.707680")
        }

        @Test func reportsAMissingRate() throws {
            let error = try #require(throws: LocGenError.self) { try price("10", in: "GBP") }
            #expect(error.code == .missingRate)
            #expect(
                error.message
                    == "no exchange rate from EUR to GBP in 'data/rates.yaml'; add GBP under 'rates', or give the product a price override for the market"
            )
        }

        @Test func reportsRatesFromAnotherBase() throws {
            let rates = ExchangeRates(base: try Currency("USD"), rates: [:])
            let calculator = PriceCalculator(baseCurrency: try Currency("EUR"), rates: rates)
            let error = try #require(throws: LocGenError.self) {
                try calculator.price(
                    base: DecimalAmount(1),
                    override: nil,
                    currency: Currency("JPY"),
                    rules: PricingRules()
                )
            }
            #expect(error.message == "the rates start from USD but catalog prices are in EUR; give rates from EUR")
        }

        @Test func rejectsANegativePrice() throws {
            let error = try #require(throws: LocGenError.self) { try price("10", override: "-5", in: "EUR") }
            #expect(error.code == .invalidPrice)
            #expect(error.message == "the price -5 EUR is negative; prices must be 0 or more")
        }
    }
}
