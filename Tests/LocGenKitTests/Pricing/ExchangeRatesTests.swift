import LocGenICU
import LocGenKit
import Testing

extension PricingTests {
    struct ExchangeRatesTests {
        @Test func readsRatesFromTheirTextWhetherQuotedOrNot() throws {
            let folder = try TemporaryDirectory()
            let path = try folder.write(
                "data/rates.yaml",
                """
                base: EUR
                rates:
                  USD: "1.0832"
                  CHF: 0.9421
                  jpy: 162.35
                  KWD: 0.333333333333333333333333
                """
            )
            let rates = try ExchangeRates.load(path: path, expectedBase: Currency("EUR"))
            #expect(rates.base == (try Currency("EUR")))
            #expect(rates.rate(to: try Currency("USD"))?.text == "1.0832")
            #expect(rates.rate(to: try Currency("CHF"))?.text == "0.9421")
            #expect(rates.rate(to: try Currency("JPY"))?.text == "162.35")
            #expect(rates.rate(to: try Currency("KWD"))?.text == "0.333333333333333333333333")
            #expect(rates.rate(to: try Currency("EUR"))?.text == "1")
            #expect(rates.rate(to: try Currency("GBP")) == nil)
            #expect(rates.path == path)
        }

        @Test(arguments: [
            (
                "base: EUR\nrates:\n  USD: 1.08\n  XYZ: 2\n", 4, 3,
                "unknown currency 'XYZ'; use an ISO 4217 code such as 'EUR' or 'JPY'"
            ),
            (
                "base: EUR\nrates:\n  USD: -1.08\n", 3, 8,
                "the rate for USD is '-1.08'; write a positive decimal number such as \"1.0832\""
            ),
            (
                "base: EUR\nrates:\n  USD: \"0\"\n", 3, 8,
                "the rate for USD is '0'; write a positive decimal number such as \"1.0832\""
            ),
            (
                "base: EUR\nrates:\n  USD: 1,08\n", 3, 8,
                "the rate for USD is '1,08'; write a positive decimal number such as \"1.0832\""
            ),
            (
                "base: EUR\nrates:\n  USD: [1]\n", 3, 8,
                "the rate for USD is not a number; write a positive decimal number such as \"1.0832\""
            ),
            (
                "base: USD\nrates:\n  EUR: 0.92\n", 1, 7,
                "the rates start from USD but the site's base currency is EUR; set base: EUR and give rates from it"
            ),
            ("base: EUR\nrate:\n  USD: 1.08\n", 2, 1, "unknown key 'rate'; a rates file has only 'base' and 'rates'"),
            ("rates:\n  USD: 1.08\n", 1, 1, "missing 'base'; add the currency the rates start from, such as base: EUR"),
            ("base: EUR\nrates: [USD]\n", 2, 8, "'rates' must map currency codes to rates, such as USD: \"1.0832\""),
            ("base: EUR\nrates:\n  USD: 1.08\n usd: 1.09\n", 4, 2, "invalid YAML: did not find expected key"),
        ])
        func reportsEachProblemWithItsPosition(yaml: String, line: Int, column: Int, message: String) throws {
            let error = try #require(throws: LocGenError.self) {
                try ExchangeRates.parse(yaml: yaml, path: "data/rates.yaml", expectedBase: Currency("EUR"))
            }
            #expect(error.code == .invalidRates)
            #expect(error.message.hasPrefix(message))
            #expect(error.location == SourceLocation(file: "data/rates.yaml", line: line, column: column))
        }

        @Test func reportsAMissingFile() throws {
            let error = try #require(throws: LocGenError.self) {
                try ExchangeRates.load(path: "/nonexistent/rates.yaml")
            }
            #expect(error.code == .unreadableFile)
            #expect(error.message == "cannot read '/nonexistent/rates.yaml': no such file or directory")
        }
    }
}
