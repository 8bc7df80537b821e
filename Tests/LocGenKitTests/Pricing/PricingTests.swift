import LocGenICU
import LocGenKit
import Testing

/// The pricing suites, grouped so that `swift test --filter Pricing` runs them all.
enum PricingTests {
    /// A calculator from EUR with rates to USD, CHF and JPY, as if read from `data/rates.yaml`.
    static func calculator() throws -> PriceCalculator {
        let rates = ExchangeRates(
            base: try Currency("EUR"),
            rates: [
                try Currency("USD"): try #require(DecimalAmount("1.0832")),
                try Currency("CHF"): try #require(DecimalAmount("0.9421")),
                try Currency("JPY"): try #require(DecimalAmount("162.35")),
            ],
            path: "data/rates.yaml"
        )
        return PriceCalculator(baseCurrency: try Currency("EUR"), rates: rates)
    }
}
