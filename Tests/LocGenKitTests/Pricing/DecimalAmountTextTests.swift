import Foundation
import Testing

@testable import LocGenKit

extension PricingTests {
    /// `DecimalAmount.text` writes most amounts from the decimal's digits; these check it against rounding the
    /// printed form, which it used to do for every amount and still does for the rest.
    struct DecimalAmountTextTests {
        private static let texts = [
            "0", "0.00", "-0.00", "7", "+7", "-0.05", "129.90", "129.9", "007.50", "1.2E3", "1.25e-1", "12E-5",
            "0.000000000000000000000000000001", "18446744073709551615", "18446744073709551616.5",
            "12345678901234567890123456789012345678", "99999.995", "-23.40", "1000000", "4E+2",
        ]

        private static func amounts() -> [DecimalAmount] {
            let parsed = texts.map { DecimalAmount($0)! }
            let rates = ["1.0832", "0.9421", "162.35", "0.00013", "3"].map { DecimalAmount($0)! }
            var amounts = parsed
            for amount in parsed.prefix(12) {
                for rate in rates {
                    let product = amount * rate
                    amounts += [product, -product, product.rounded(toDigits: 2), product.rounded(toDigits: 0)]
                    amounts.append(product.rounded(toMultipleOf: DecimalAmount("0.05")!))
                    if let quotient = amount.divided(by: rate, digits: DecimalAmount.maximumScale) {
                        amounts += [quotient, quotient.rounded(toDigits: 2)]
                    }
                }
            }
            // A scale below the digits the value has: the text is rounded.
            amounts.append(DecimalAmount(exactly: Decimal(string: "2.345")!, scale: 2))
            amounts.append(DecimalAmount(exactly: Decimal(string: "-0.004")!, scale: 2))
            amounts.append(DecimalAmount(exactly: Decimal(string: "1500")!, scale: 3))
            return amounts
        }

        @Test func writesWhatRoundingThePrintedFormWrites() {
            for amount in Self.amounts() {
                #expect(amount.text == amount.roundedText, "scale \(amount.scale), value \(amount.value)")
            }
        }

        @Test func writesExactlyItsScaleOfFractionDigits() throws {
            #expect(try #require(DecimalAmount("4E+2")).text == "400")
            #expect(try #require(DecimalAmount("12E-5")).text == "0.00012")
            #expect(try #require(DecimalAmount("-0.00")).text == "0.00")
            #expect(DecimalAmount(exactly: Decimal(string: "1500")!, scale: 3).text == "1500.000")
            #expect(DecimalAmount(exactly: Decimal(string: "2.345")!, scale: 2).text == "2.35")
            #expect(try #require(DecimalAmount("18446744073709551616.5")).text == "18446744073709551616.5")
        }
    }
}
