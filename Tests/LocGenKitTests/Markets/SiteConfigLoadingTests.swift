import LocGenICU
import Testing

@testable import LocGenKit

struct SiteConfigLoadingTests {
    /// Every key locgen.yaml knows, set to a value other than its default.
    static let fullConfig = """
        # yaml-language-server: $schema=locgen.schema.json
        site:
          name: Nordlicht Outfitters
          base-url: https://shop.example.com/store
        source-locale: en
        base-currency: EUR
        rates: data/rates.yaml
        catalog: data/products.json
        output: dist
        x-default: us
        markets:
          us:
            locale: en-US
            currency: USD
            path: /us/
            host: shop.example.com
            time-zone: America/New_York
            search-engines: [google, bing]
            pricing:
              rounding: currency
              ending: "0.99"
              tax: { rate: "0.07", included: false }
            payment-methods: [visa, mastercard, paypal]
            installments: { count: 12, interest-free: true, minimum: "99.90" }
            returns-days: 30
            delivery-days: 3
            verification: { google: "abc", bing: "def" }
          de-ch:
            locale: de_CH
            currency: chf
            path: /ch/
            time-zone: Europe/Zurich
            search-engines: [google]
            pricing: { rounding: cash, tax: { rate: 0.081 } }
          cn:
            locale: zh-Hans-CN
            currency: CNY
            path: /
            host: Shop.Example.CN
            search-engines: [baidu]
            pricing: { rounding: none, ending: whole }
        validate:
          checks: { untranslated: error }
        seo:
          robots:
            allow: [/search/help]
            disallow: [/cart/]
            groups:
              yandex: { allow: [/compare/], disallow: [/search], clean-param: ["utm_source /"] }
              bing: { crawl-delay: 5 }
          indexnow: { key: 3f6c1d2e9a8b4c7d }
        """

    @Test func decodesEveryKeyOfAFullConfig() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("site/locgen.yaml", Self.fullConfig)
        let config = try SiteConfig.load(path: path)

        #expect(config.name == "Nordlicht Outfitters")
        #expect(config.baseURL == SiteURL(scheme: "https", host: "shop.example.com", pathPrefix: "/store/"))
        #expect(config.sourceLocale == (try LocaleID("en")))
        #expect(config.baseCurrency == (try Currency("EUR")))
        #expect(config.directory == folder.path + "/site")
        #expect(config.ratesPath == folder.path + "/site/data/rates.yaml")
        #expect(config.catalogPath == folder.path + "/site/data/products.json")
        #expect(config.outputPath == folder.path + "/site/dist")
        #expect(config.xDefault == .market("us"))
        #expect(config.seo.robots == .init(allow: ["/search/help"], disallow: ["/cart/"]))
        #expect(
            config.seo.robotsGroups == [
                .yandex: .init(allow: ["/compare/"], disallow: ["/search"], cleanParams: ["utm_source /"]),
                .bing: .init(crawlDelay: 5),
            ]
        )
        #expect(config.seo.indexNowKey == "3f6c1d2e9a8b4c7d")
        #expect(config.markets.map(\.id) == ["cn", "de-ch", "us"])

        let us = try #require(config.market(id: "us"))
        #expect(us.locale.tag == "en-US")
        #expect(us.currency.code == "USD")
        #expect(us.path == "/us/")
        #expect(us.host == "shop.example.com")
        #expect(us.url.description == "https://shop.example.com/store/us/")
        #expect(us.timeZone.identifier == "America/New_York")
        #expect(us.searchEngines == [.google, .bing])
        #expect(
            us.pricing
                == PricingRules(rounding: .currency, ending: .ninetyNine, tax: TaxRule(rate: DecimalAmount("0.07")!, included: false))
        )
        #expect(us.paymentMethods == ["visa", "mastercard", "paypal"])
        #expect(us.paymentMethodLocations["paypal"] == SourceLocation(file: path, line: 23, column: 41))
        #expect(us.installments == InstallmentPlan(count: 12, isInterestFree: true, minimum: DecimalAmount("99.90")))
        #expect(us.returnsDays == 30)
        #expect(us.deliveryDays == 3)
        #expect(us.verification == [.google: "abc", .bing: "def"])

        let swiss = try #require(config.market(id: "de-ch"))
        #expect(swiss.locale.tag == "de-CH")
        #expect(swiss.currency.code == "CHF")
        #expect(swiss.url.description == "https://shop.example.com/store/ch/")
        #expect(swiss.pricing == PricingRules(rounding: .cash, tax: TaxRule(rate: DecimalAmount("0.081")!, included: true)))
        #expect(swiss.paymentMethods.isEmpty)
        #expect(swiss.installments == nil)
        #expect(swiss.returnsDays == nil)

        let china = try #require(config.market(id: "cn"))
        #expect(china.locale.tag == "zh-Hans-CN")
        #expect(china.host == "shop.example.cn")
        // A market on its own host starts at that host's root, not under base-url's path.
        #expect(china.url == SiteURL(scheme: "https", host: "shop.example.cn", pathPrefix: "/"))
        #expect(china.searchEngines == [.baidu])
        #expect(china.pricing == PricingRules(rounding: .unrounded, ending: .whole))
        #expect(china.timeZone == .utc)
    }

    @Test func fillsInDefaultsForAMinimalConfig() throws {
        let config = try SiteConfig.decode(
            """
            site:
              base-url: http://localhost:8080
            source-locale: de
            base-currency: EUR
            markets:
              de: { locale: de-DE, currency: EUR, path: / }
            """,
            file: "locgen.yaml",
            directory: "."
        )
        #expect(config.name == "localhost")
        #expect(config.baseURL.origin == "http://localhost:8080")
        #expect(config.ratesPath == nil)
        #expect(config.catalogPath == nil)
        #expect(config.outputPath == "public")
        #expect(config.xDefault == nil)
        let market = try #require(config.markets.first)
        #expect(market.url.description == "http://localhost:8080/")
        #expect(market.host == "localhost")
        #expect(market.timeZone == .utc)
        #expect(market.searchEngines == [.google])
        #expect(market.pricing == PricingRules())
        #expect(market.verification.isEmpty)
    }

    @Test func readsXDefaultSelectorAndEndingsWrittenAsNumbers() throws {
        let config = try SiteConfig.decode(
            """
            site: { base-url: "https://shop.example.com" }
            source-locale: en
            base-currency: JPY
            x-default: selector
            markets:
              jp: { locale: ja-JP, currency: JPY, path: /jp/, pricing: { ending: 10 } }
              kr: { locale: ko-KR, currency: KRW, path: /kr/, pricing: { ending: 100 } }
              us: { locale: en-US, currency: USD, path: /us/, pricing: { ending: 0.9 } }
            rates: data/rates.json
            """,
            file: "site/locgen.yaml",
            directory: "site"
        )
        #expect(config.xDefault == .selector)
        #expect(config.ratesPath == "site/data/rates.json")
        #expect(config.market(id: "jp")?.pricing.ending == .tens)
        #expect(config.market(id: "kr")?.pricing.ending == .hundreds)
        #expect(config.market(id: "us")?.pricing.ending == .ninety)
    }

    @Test func skipsAByteOrderMark() throws {
        let folder = try TemporaryDirectory()
        let text = "site: { base-url: \"https://a.example\" }\nsource-locale: en\nbase-currency: EUR\nmarkets: {}\n"
        let path = try folder.write("locgen.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        let error = try #require(throws: SiteConfigErrors.self) { try SiteConfig.load(path: path) }
        // The position is counted from after the mark, as editors show it.
        #expect(error.errors.map(\.location) == [SourceLocation(file: path, line: 4, column: 10)])
    }

    @Test func reportsAMissingFileWithoutAPosition() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path + "/nowhere/locgen.yaml"
        let error = try #require(throws: SiteConfigErrors.self) { try SiteConfig.load(path: path) }
        let only = try #require(error.errors.first)
        #expect(error.errors.count == 1)
        #expect(only.code == .unreadableFile)
        #expect(only.location == nil)
        #expect(
            error.description
                == "error: cannot read '\(path)': no such file or directory; run locgen in a site folder, pass --site, or create a site with 'locgen init'"
        )
    }

    @Test func reportsAFolderGivenAsTheFile() throws {
        let folder = try TemporaryDirectory()
        let error = try #require(throws: SiteConfigErrors.self) { try SiteConfig.load(path: folder.path) }
        #expect(error.description == "error: cannot read '\(folder.path)': is a directory")
    }

    @Test func reportsBytesThatAreNotUTF8AtTheirPosition() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("locgen.yaml", bytes: Array("site:\n  name: Sch".utf8) + [0xF6, 0x6E])
        let error = try #require(throws: SiteConfigErrors.self) { try SiteConfig.load(path: path) }
        #expect(error.errors.first?.code == .invalidDocument)
        #expect(error.description == "\(path):2:12: error: the file is not valid UTF-8 (byte 0xF6); save it as UTF-8")
    }
}
