import LocGenKit
import Testing

extension PricingTests {
    struct DecimalAmountTests {
        private func amount(_ text: String) throws -> DecimalAmount { try #require(DecimalAmount(text)) }

        @Test func addsTenthsExactly() throws {
            #expect(try amount("0.1") + amount("0.2") == amount("0.3"))
            #expect(try (amount("0.1") + amount("0.2")).text == "0.3")
        }

        @Test func keepsTheDigitsItIsWrittenWith() throws {
            #expect(try amount("129.90").text == "129.90")
            #expect(try amount("129.90") == amount("129.9"))
            #expect(try amount("129.90").hashValue == amount("129.9").hashValue)
            #expect(try amount("-0.05").text == "-0.05")
            #expect(try amount("+7").text == "7")
            #expect(try amount("1.2E3").text == "1200")
            #expect(try amount("1.25e-1").text == "0.125")
            #expect(try amount("007.50").text == "7.50")
        }

        @Test(arguments: [
            "", "abc", "12abc", "1,5", " 12", "12 ", "1.2.3", ".", "-", "1e", "1e1000", "0x10", "NaN", "١٢",
        ])
        func rejectsTextThatIsNotADecimalNumber(text: String) {
            #expect(DecimalAmount(text) == nil)
        }

        @Test func keepsThirtyEightDigitsAndRejectsMore() throws {
            let big = try amount("12345678901234567890123456789012345678")
            #expect(big.text == "12345678901234567890123456789012345678")
            #expect(DecimalAmount("123456789012345678901234567890123456789") == nil)
            let small = try amount("0.000000000000000000000000000001")
            #expect(small.text == "0.000000000000000000000000000001")
        }

        @Test func multipliesWithTheSumOfTheScales() throws {
            let product = try amount("129.90") * amount("1.0832")
            #expect(product.text == "140.707680")
            #expect(try (amount("129.90") * amount("162.35")).text == "21089.2650")
        }

        @Test(arguments: [
            ("2.345", 2, "2.35"), ("2.344", 2, "2.34"), ("-2.345", 2, "-2.35"), ("2.5", 0, "3"), ("3.5", 0, "4"),
            ("-2.5", 0, "-3"), ("1.005", 2, "1.01"), ("0.125", 2, "0.13"), ("1234.5", 2, "1234.50"),
            ("0.004", 2, "0.00"),
            ("-0.004", 2, "0.00"),
        ])
        func roundsHalvesAwayFromZeroByDefault(text: String, digits: Int, expected: String) throws {
            #expect(try amount(text).rounded(toDigits: digits).text == expected)
        }

        @Test func roundsWithEveryRule() throws {
            let half = try amount("2.5")
            let negativeHalf = try amount("-2.5")
            #expect(half.rounded(toDigits: 0, .toNearestOrEven).text == "2")
            #expect(try amount("3.5").rounded(toDigits: 0, .toNearestOrEven).text == "4")
            #expect(half.rounded(toDigits: 0, .up).text == "3")
            #expect(negativeHalf.rounded(toDigits: 0, .up).text == "-2")
            #expect(half.rounded(toDigits: 0, .down).text == "2")
            #expect(negativeHalf.rounded(toDigits: 0, .down).text == "-3")
            #expect(negativeHalf.rounded(toDigits: 0, .towardZero).text == "-2")
            #expect(negativeHalf.rounded(toDigits: 0, .awayFromZero).text == "-3")
            #expect(try amount("2.01").rounded(toDigits: 0, .awayFromZero).text == "3")
        }

        @Test func roundsToAnIncrement() throws {
            let fiveCents = try amount("0.05")
            #expect(try amount("23.42").rounded(toMultipleOf: fiveCents).text == "23.40")
            #expect(try amount("23.425").rounded(toMultipleOf: fiveCents).text == "23.45")
            #expect(try amount("23.475").rounded(toMultipleOf: fiveCents).text == "23.50")
            #expect(try amount("1234").rounded(toMultipleOf: DecimalAmount(10), .up).text == "1240")
        }

        @Test func subtractsNegatesAndCompares() throws {
            #expect(try (amount("1.00") - amount("2.5")).text == "-1.50")
            #expect(try (-amount("3.10")).text == "-3.10")
            #expect(try amount("-1") < amount("0.001"))
            #expect(try amount("-1").isNegative)
            #expect(try amount("10").divided(by: amount("3"), digits: 4)?.text == "3.3333")
            #expect(try amount("1").divided(by: .zero, digits: 2) == nil)
        }
    }
}
