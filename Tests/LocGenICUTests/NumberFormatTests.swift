import LocGenICU
import Testing

struct NumberFormatTests {
    @Test(pinnedICU, arguments: [
        ("de-DE", "EUR", false, "1234.5", "1.234,50\u{A0}€"),
        ("de-CH", "CHF", false, "1234.567", "CHF\u{A0}1’234.57"),
        ("de-CH", "CHF", true, "1234.567", "CHF\u{A0}1’234.55"),
        ("de-CH", "CHF", true, "0.024", "CHF\u{A0}0.00"),
        ("de-CH", "CHF", true, "19.974", "CHF\u{A0}19.95"),
        ("ja-JP", "JPY", false, "1234.5", "￥1,234"),
        ("ja-JP", "JPY", false, "1235.5", "￥1,236"),
        ("en-IN", "INR", false, "1234567.891", "₹12,34,567.89"),
        ("ar-EG", "EGP", false, "1234.5", "\u{200F}١٬٢٣٤٫٥٠\u{A0}ج.م.\u{200F}"),
        ("sv-SE", "SEK", false, "1234.5", "1\u{A0}234,50\u{A0}kr"),
        ("fr-FR", "EUR", false, "1234.5", "1\u{202F}234,50\u{A0}€"),
        ("en-US", "USD", false, "-0.5", "-$0.50"),
    ])
    func formatsCurrenciesWithTheirOwnDigitsAndRounding(tag: String, code: String, cash: Bool, amount: String, expected: String) throws {
        let format = try NumberFormat.currency(try Currency(code), locale: try locale(tag), cash: cash)
        #expect(visible(try format.format(decimal: amount)) == visible(expected))
    }

    @Test func keepsDecimalAmountsExact() throws {
        // 0.1 + 0.2 in binary is 0.30000000000000004; decimal text stays 0.3.
        let format = try NumberFormat(locale: try locale("en"), skeleton: ".00000000000000000")
        #expect(try format.format(decimal: "0.3") == "0.30000000000000000")
        #expect(try format.format(decimal: "12345678901234567.25").hasPrefix("12,345,678,901,234,567.25"))
    }

    @Test(pinnedICU, arguments: [
        ("en", "percent scale/100", "0.256", "25.6%"),
        ("ar-EG", "percent scale/100", "0.256", "٢٥٫٦٪؜"),
        ("de", "percent scale/100", "0.256", "25,6\u{A0}%"),
        ("en", "compact-short", "1234567", "1.2M"),
        ("ja", "compact-short", "123456789", "1.2億"),
        ("de", ".00", "3", "3,00"),
        ("en", "precision-integer", "2.5", "2"),
        ("hi-IN", "numbering-system/deva", "1234567", "१२,३४,५६७"),
        ("en-US", "measure-unit/length-kilometer unit-width-full-name", "12", "12 kilometers"),
        ("de", "measure-unit/length-kilometer unit-width-short", "12.5", "12,5 km"),
    ])
    func formatsThroughSkeletons(tag: String, skeleton: String, value: String, expected: String) throws {
        let format = try NumberFormat(locale: try locale(tag), skeleton: skeleton)
        #expect(visible(try format.format(decimal: value)) == visible(expected))
    }

    @Test(pinnedICU)
    func appliesLocaleUnitPreferences() throws {
        // `usage/road` converts to the unit a region uses for road distances: miles in the US.
        let us = try NumberFormat(locale: try locale("en-US"), skeleton: "measure-unit/length-kilometer usage/road unit-width-short")
        let de = try NumberFormat(locale: try locale("de-DE"), skeleton: "measure-unit/length-kilometer usage/road unit-width-short")
        #expect(try us.format(decimal: "16.09344") == "10 mi")
        #expect(try de.format(decimal: "16") == "16 km")
    }

    @Test func reportsSkeletonErrorsWithTheirOffset() throws {
        #expect {
            try NumberFormat(locale: try locale("en"), skeleton: "currency/EUR precision-bogus")
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .invalidSkeleton && error.offset == 13
                && error.message.hasPrefix("invalid number skeleton 'currency/EUR precision-bogus' at character 14")
        }
    }

    @Test func rejectsTextThatIsNotANumber() throws {
        let format = try NumberFormat.cached(locale: try locale("en"), skeleton: "")
        for text in ["abc", "1,5", "", "1e", "--1", "1.2.3", "NaN"] {
            #expect(throws: ICUError.self) { try format.format(decimal: text) }
        }
    }

    @Test func sharesCachedFormatters() throws {
        let first = try NumberFormat.cached(locale: try locale("de"), skeleton: "percent")
        let second = try NumberFormat.cached(locale: try locale("de"), skeleton: "percent")
        #expect(first === second)
    }
}

struct CurrencyTests {
    @Test func knowsDigitsAndCashRounding() throws {
        #expect(try Currency("EUR").digits == 2)
        #expect(try Currency("JPY").digits == 0)
        #expect(try Currency("KWD").digits == 3)
        #expect(try Currency("CHF").cashRoundingIncrement == 0.05)
        #expect(try Currency("CHF").cashDigits == 2)
        #expect(try Currency("EUR").cashRoundingIncrement == 0)
        #expect(try Currency("chf").code == "CHF")
    }

    @Test(arguments: ["XYZ", "EURO", "", "€", "12A"])
    func rejectsUnknownCodes(code: String) {
        #expect {
            try Currency(code)
        } throws: { error in
            (error as? ICUError)?.message == "unknown currency '\(code)'; use an ISO 4217 code such as 'EUR' or 'JPY'"
        }
    }

    @Test(pinnedICU)
    func namesCurrenciesInALocale() throws {
        #expect(try Currency("CHF").name(in: try locale("de")) == "Schweizer Franken")
        #expect(try Currency("EUR").symbol(in: try locale("de")) == "€")
        #expect(try Currency("USD").symbol(in: try locale("en-CA")) == "US$")
    }
}

struct NumberPartsTests {
    @Test(pinnedICU)
    func splitsAPriceIntoItsParts() throws {
        let swiss = try NumberFormat.currency(try Currency("CHF"), locale: try locale("de-CH")).parts(decimal: "1234.55")
        #expect(swiss == NumberParts(text: "CHF\u{A0}1’234.55", currency: "CHF", integer: "1’234", decimalSeparator: ".", fraction: "55"))
        let euro = try NumberFormat.currency(try Currency("EUR"), locale: try locale("de-DE")).parts(decimal: "-9.5")
        #expect(euro.sign == "-")
        #expect(euro.integer == "9")
        #expect(euro.fraction == "50")
        #expect(euro.currency == "€")
        let yen = try NumberFormat.currency(try Currency("JPY"), locale: try locale("ja-JP")).parts(decimal: "50150")
        #expect(yen.integer == "50,150")
        #expect(yen.fraction == nil)
        #expect(yen.decimalSeparator == nil)
    }

    @Test(pinnedICU)
    func keepsArabicDigitsInTheirParts() throws {
        let parts = try NumberFormat.currency(try Currency("EGP"), locale: try locale("ar-EG")).parts(decimal: "1234.5")
        #expect(parts.integer == "١٬٢٣٤")
        #expect(parts.fraction == "٥٠")
        #expect(parts.decimalSeparator == "٫")
    }

    @Test func rejectsTextThatIsNotANumber() throws {
        #expect(throws: ICUError.self) { try NumberFormat.cached(locale: try locale("en"), skeleton: "").parts(decimal: "x") }
    }
}
