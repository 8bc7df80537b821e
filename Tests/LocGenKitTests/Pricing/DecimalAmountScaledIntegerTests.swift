import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

extension PricingTests {
    /// Amounts parsed from text are scaled 64-bit integers; the same amounts made from a `Decimal` take the
    /// `Decimal` arithmetic they always took. These compare the two over generated amounts, and check the
    /// edges where the integers give up (overflow, more than 18 digits) and the roundings' ties.
    struct DecimalAmountScaledIntegerTests {
        /// SplitMix64: the same amounts on every run, so a failure can be reproduced.
        private typealias Generator = ValidatorFuzzTests.SplitMix

        private static let rules: [FloatingPointRoundingRule] = [
            .toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero,
        ]

        /// A scaled integer amount: mostly prices and rates, some near the limits of 18 digits, some negative.
        private static func amount(_ generator: inout Generator) -> DecimalAmount {
            let scale = Int.random(in: 0...6, using: &generator)
            let magnitude: Int64 =
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: Int64.random(in: 0...999_999_999_999_999_999, using: &generator)
                case 1: Int64.random(in: 0...20, using: &generator)
                // Ties: a last digit of 5 rounds away, to even or as the rule says.
                case 2: Int64.random(in: 0...99_999, using: &generator) * 10 + 5
                default: Int64.random(in: 0...9_999_999, using: &generator)
                }
            let text = ScaledIntegerText.text(magnitude, scale: scale, negative: Bool.random(using: &generator))
            return DecimalAmount(text)!
        }

        /// The same amount held as a `Decimal`, which every operation on it computes in `Decimal`.
        private static func decimal(_ amount: DecimalAmount) -> DecimalAmount {
            DecimalAmount(exactly: amount.value, scale: amount.scale)
        }

        private static func isScaledInteger(_ amount: DecimalAmount) -> Bool {
            if case .units = amount.storage { return true }
            return false
        }

        /// Both results are the same amount, written the same way.
        private static func expectSame(
            _ fast: DecimalAmount?,
            _ slow: DecimalAmount?,
            _ what: @autoclosure () -> String,
            sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            #expect(fast == slow, "\(what())", sourceLocation: sourceLocation)
            #expect(fast?.scale == slow?.scale, "\(what())", sourceLocation: sourceLocation)
            #expect(fast?.text == slow?.text, "\(what())", sourceLocation: sourceLocation)
        }

        @Test func parsesPricesAndRatesAsScaledIntegers() throws {
            for text in ["129.90", "-0.05", "0", "+7", "007.50", "999999999999.999999"] {
                let amount = try #require(DecimalAmount(text))
                #expect(Self.isScaledInteger(amount), "\(text)")
                #expect(amount == Self.decimal(amount))
                #expect(amount.text == Self.decimal(amount).text)
            }
            // An exponent, or more than 18 digits, goes through `Decimal`.
            for text in ["1.2E3", "1234567890.123456789", "18446744073709551616.5"] {
                #expect(!Self.isScaledInteger(try #require(DecimalAmount(text))), "\(text)")
            }
            #expect(try #require(DecimalAmount("-0.00")).text == "0.00")
            #expect(try #require(DecimalAmount("-0.05")).text == "-0.05")
            #expect(try #require(DecimalAmount("5")).text == "5")
        }

        @Test func givesWhatDecimalGivesForGeneratedArithmetic() {
            var generator = Generator(state: 0x10C_6E17)
            var fastResults = 0
            for _ in 0..<3_000 {
                let lhs = Self.amount(&generator)
                let rhs = Self.amount(&generator)
                let (slowLeft, slowRight) = (Self.decimal(lhs), Self.decimal(rhs))
                let pair = "\(lhs.text) \(rhs.text)"
                Self.expectSame(lhs + rhs, slowLeft + slowRight, "\(pair) +")
                Self.expectSame(lhs - rhs, slowLeft - slowRight, "\(pair) -")
                Self.expectSame(lhs * rhs, slowLeft * slowRight, "\(pair) *")
                Self.expectSame(-lhs, -slowLeft, "\(pair) negated")
                #expect((lhs < rhs) == (slowLeft < slowRight), "\(pair) <")
                #expect((lhs == rhs) == (slowLeft.value == slowRight.value), "\(pair) ==")
                fastResults += Self.isScaledInteger(lhs * rhs) ? 1 : 0
                let rule = Self.rules[Int.random(in: 0..<Self.rules.count, using: &generator)]
                let digits = Int.random(in: 0...8, using: &generator)
                Self.expectSame(
                    lhs.rounded(toDigits: digits, rule),
                    slowLeft.rounded(toDigits: digits, rule),
                    "\(pair) rounded to \(digits) \(rule)"
                )
                Self.expectSame(
                    lhs.rounded(toMultipleOf: rhs, rule),
                    slowLeft.rounded(toMultipleOf: slowRight, rule),
                    "\(pair) to a multiple \(rule)"
                )
                Self.expectSame(
                    lhs.divided(by: rhs, digits: digits, rule),
                    slowLeft.divided(by: slowRight, digits: digits, rule),
                    "\(pair) divided to \(digits) \(rule)"
                )
                for ending in PriceEnding.allCases {
                    Self.expectSame(lhs.raised(to: ending), slowLeft.raised(to: ending), "\(pair) \(ending)")
                }
            }
            // Most products of two generated amounts fit; the rest checked the fallback.
            #expect(fastResults > 1_500)
            #expect(fastResults < 3_000)
        }

        @Test func pricesAsDecimalDoesForGeneratedMarkets() throws {
            var generator = Generator(state: 0x9_1CE5)
            let currencies = try ["EUR", "CHF", "JPY", "KWD", "SEK"].map { try Currency($0) }
            let roundings: [PriceRounding] = [.currency, .cash, .unrounded]
            for _ in 0..<400 {
                let rate = DecimalAmount(
                    ScaledIntegerText.text(
                        Int64.random(in: 1...9_999_999, using: &generator),
                        scale: Int.random(in: 0...6, using: &generator),
                        negative: false
                    )
                )!
                let taxRate = DecimalAmount(
                    ScaledIntegerText.text(Int64.random(in: 0...300, using: &generator), scale: 3, negative: false)
                )!
                let rules = PricingRules(
                    rounding: roundings.randomElement(using: &generator)!,
                    ending: ([nil] + PriceEnding.allCases).randomElement(using: &generator)!,
                    tax: Bool.random(using: &generator)
                        ? TaxRule(rate: taxRate, included: Bool.random(using: &generator)) : nil
                )
                let currency = currencies.randomElement(using: &generator)!
                let fast = MarketPricing(currency: currency, rules: rules, rate: .success(rate))
                let slowRules = PricingRules(
                    rounding: rules.rounding,
                    ending: rules.ending,
                    tax: rules.tax.map { TaxRule(rate: Self.decimal($0.rate), included: $0.included) }
                )
                let slow = MarketPricing(currency: currency, rules: slowRules, rate: .success(Self.decimal(rate)))
                for _ in 0..<5 {
                    let base = Self.amount(&generator)
                    guard !base.isNegative else { continue }
                    let fastAmount = try fast.amount(base: base, override: nil)
                    let slowAmount = try slow.amount(base: Self.decimal(base), override: nil)
                    Self.expectSame(fastAmount, slowAmount, "\(base.text) × \(rate.text), \(rules), \(currency)")
                }
            }
        }

        @Test func fallsBackToDecimalOnOverflow() throws {
            let large = try #require(DecimalAmount("999999999999999999"))
            let product = large * large
            #expect(!Self.isScaledInteger(product))
            #expect(product.text == "999999999999999998000000000000000001")
            // Aligning 1,999,999,999,999,999,998 to one fraction digit overflows 64 bits.
            let sum = (large + large) + DecimalAmount("0.1")!
            #expect(!Self.isScaledInteger(sum))
            #expect(sum.text == "1999999999999999998.1")
            // A scale past 18 does not fit either.
            let tiny = try #require(DecimalAmount("0.0000000001")) * DecimalAmount("0.000000001")!
            #expect(!Self.isScaledInteger(tiny))
            #expect(tiny.text == "0.0000000000000000001")
            let smallest = DecimalAmount(units: .min, scale: 0)
            #expect((-smallest).text == "9223372036854775808")
            #expect(try #require(DecimalAmount("1")).divided(by: .zero, digits: 2) == nil)
        }

        @Test func roundsTiesAsDecimalDoes() throws {
            let cases: [(String, Int, FloatingPointRoundingRule, String)] = [
                ("2.345", 2, .toNearestOrAwayFromZero, "2.35"), ("-2.345", 2, .toNearestOrAwayFromZero, "-2.35"),
                ("2.345", 2, .toNearestOrEven, "2.34"), ("2.355", 2, .toNearestOrEven, "2.36"),
                ("-2.355", 2, .toNearestOrEven, "-2.36"), ("-0.004", 2, .toNearestOrAwayFromZero, "0.00"),
                ("-2.341", 2, .up, "-2.34"), ("-2.341", 2, .down, "-2.35"), ("2.349", 2, .towardZero, "2.34"),
                ("-2.341", 2, .awayFromZero, "-2.35"), ("7", 3, .down, "7.000"),
            ]
            for (text, digits, rule, expected) in cases {
                let amount = try #require(DecimalAmount(text))
                let rounded = amount.rounded(toDigits: digits, rule)
                #expect(Self.isScaledInteger(rounded))
                #expect(rounded.text == expected, "\(text) \(rule)")
                #expect(Self.decimal(amount).rounded(toDigits: digits, rule).text == expected, "\(text) \(rule)")
            }
            let cash = try #require(DecimalAmount("0.05"))
            #expect(try #require(DecimalAmount("23.425")).rounded(toMultipleOf: cash).text == "23.45")
            #expect(try #require(DecimalAmount("-23.425")).rounded(toMultipleOf: cash).text == "-23.45")
        }
    }

    /// Decimal text from digits, for the generated amounts.
    enum ScaledIntegerText {
        static func text(_ magnitude: Int64, scale: Int, negative: Bool) -> String {
            var digits = String(magnitude)
            if digits.count <= scale { digits = String(repeating: "0", count: scale + 1 - digits.count) + digits }
            let body = scale == 0 ? digits : digits.dropLast(scale) + "." + digits.suffix(scale)
            return negative ? "-" + body : body
        }
    }
}
