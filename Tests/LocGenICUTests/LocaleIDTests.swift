import LocGenICU
import Testing

struct LocaleIDTests {
    @Test(arguments: [
        ("de-CH", "de-CH", "de_CH"),
        ("de_CH", "de-CH", "de_CH"),
        ("EN-us", "en-US", "en_US"),
        ("es-419", "es-419", "es_419"),
        ("zh-hant-hk", "zh-Hant-HK", "zh_Hant_HK"),
        ("iw", "he", "he"),
        ("sr-Latn-RS", "sr-Latn-RS", "sr_Latn_RS"),
    ])
    func canonicalisesTags(input: String, tag: String, icuID: String) throws {
        let locale = try LocaleID(input)
        #expect(locale.tag == tag)
        #expect(locale.icuID == icuID)
    }

    @Test func saysWhichFormIsCanonicalForICUIDs() throws {
        let parsed = try LocaleID.parse("de_CH")
        #expect(parsed.locale.tag == "de-CH")
        #expect(parsed.notes == ["'de_CH' is ICU's locale ID form; the BCP 47 tag is 'de-CH'"])
    }

    @Test(arguments: [
        ("en-UK", "unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')"),
        ("jp", "unknown language 'jp' in 'jp'; did you mean 'ja'?"),
        ("xx", "unknown language 'xx' in 'xx'; use an ISO 639 code such as 'en', 'de' or 'zh'"),
        ("en-US-", "'en-US-' is not a well-formed BCP 47 tag (problem at character 6)"),
        ("", "empty locale tag; expected a BCP 47 tag such as 'en-US'"),
        ("und", "'und' names no language; start the tag with one, as in 'en-US'"),
        ("de-Xxxx", "unknown script 'Xxxx' in 'de-Xxxx'; use an ISO 15924 code such as 'Latn', 'Hans' or 'Cyrl'"),
        ("de-QQ", "unknown region 'QQ' in 'de-QQ'; use an ISO 3166 code such as 'US' or a UN M.49 code such as '419'"),
        ("de CH", "'de CH' is not a BCP 47 tag: use letters, digits and '-' only, as in 'de-CH'"),
        ("日本", "'日本' is not a BCP 47 tag: use letters, digits and '-' only, as in 'de-CH'"),
    ])
    func rejectsNonsenseWithASuggestion(input: String, message: String) {
        #expect {
            try LocaleID(input)
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.code == .invalidLocale && error.message == message
        }
    }

    @Test(arguments: [
        ("es-MX", ["es-MX", "es-419", "es"]),
        ("en-IN", ["en-IN", "en-001", "en"]),
        ("en-GB", ["en-GB", "en-001", "en"]),
        ("zh-Hant-HK", ["zh-Hant-HK", "zh-Hant"]),
        ("zh-TW", ["zh-TW", "zh-Hant"]),
        ("de-CH", ["de-CH", "de"]),
        ("pt-PT", ["pt-PT", "pt"]),
        ("sr-ME", ["sr-ME", "sr-Latn"]),
    ])
    func followsCLDRFallbackChains(tag: String, chain: [String]) throws {
        #expect(try LocaleID(tag).fallbackChain.map(\.tag) == chain)
    }

    @Test func rootHasNoParent() throws {
        #expect(LocaleID.root.parent == nil)
        #expect(try LocaleID("zh-Hant").parent == .root)
    }

    @Test(arguments: [("ar-EG", true), ("he", true), ("fa-IR", true), ("ur", true), ("en-US", false), ("ja", false), ("ru", false)])
    func knowsTextDirection(tag: String, isRightToLeft: Bool) throws {
        let locale = try LocaleID(tag)
        #expect(locale.isRightToLeft == isRightToLeft)
        #expect(locale.direction == (isRightToLeft ? .rightToLeft : .leftToRight))
    }

    @Test func addsAndRemovesLikelySubtags() throws {
        #expect(try LocaleID("en").maximized.tag == "en-Latn-US")
        #expect(try LocaleID("zh-TW").maximized.tag == "zh-Hant-TW")
        #expect(try LocaleID("en-Latn-US").minimized.tag == "en")
        #expect(try LocaleID("sr-Cyrl-RS").minimized.tag == "sr")
    }

    @Test(.enabled(if: ICU.majorVersion == 72))
    func namesLocalesInThemselvesAndInOthers() throws {
        let swissGerman = try LocaleID("de-CH")
        #expect(swissGerman.nativeName == "Deutsch (Schweiz)")
        #expect(swissGerman.displayName(in: try LocaleID("en")) == "German (Switzerland)")
        #expect(swissGerman.displayName(in: try LocaleID("fr")) == "Allemand (Suisse)")
        #expect(try LocaleID("ja-JP").nativeName == "日本語 (日本)")
        #expect(try LocaleID("ar-EG").nativeName == "العربية (مصر)")
    }

    @Test func partsOfATag() throws {
        let locale = try LocaleID("zh-Hant-HK")
        #expect(locale.language == "zh")
        #expect(locale.script == "Hant")
        #expect(locale.region == "HK")
        #expect(try LocaleID("de").region == nil)
    }

    @Test func findsTheCurrencyOfTheRegion() throws {
        #expect(try LocaleID("de-CH").defaultCurrency?.code == "CHF")
        #expect(try LocaleID("ja").defaultCurrency?.code == "JPY")
        #expect(try LocaleID("es-MX").defaultCurrency?.code == "MXN")
        #expect(try LocaleID("en-IN").defaultCurrency?.code == "INR")
    }

    @Test(pinnedICU)
    func knowsNumberSymbols() throws {
        #expect(try LocaleID("de-DE").numberSymbols == NumberSymbols(decimalSeparator: ",", groupingSeparator: ".", numberingSystem: "latn"))
        #expect(try LocaleID("de-CH").numberSymbols.groupingSeparator == "’")
        #expect(try LocaleID("ar-EG").numberSymbols.numberingSystem == "arab")
        #expect(try LocaleID("fr-FR").numberSymbols.groupingSeparator == "\u{202F}")
    }
}
