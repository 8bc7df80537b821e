import Testing

@testable import LocGenKit

/// A mistake made in a valid `locgen.yaml`, and the lines locgen must print for it.
struct ConfigMistake: Sendable, CustomTestStringConvertible {
    /// Text of ``SiteConfigErrorTests/valid`` to replace, or nil to append `replacement`.
    var original: String?
    var replacement: String
    var expected: [String]

    var testDescription: String { replacement }

    init(_ original: String, _ replacement: String, _ expected: String...) {
        self.original = original
        self.replacement = replacement
        self.expected = expected.map { "locgen.yaml:\($0)" }
    }

    init(appending line: String, _ expected: String...) {
        self.original = nil
        self.replacement = line
        self.expected = expected.map { "locgen.yaml:\($0)" }
    }

    /// The lines locgen prints for the config with the mistake, or nil when it accepts it.
    var reported: [String]? {
        SiteConfigErrorTests.problems(in: text)?.description.split(separator: "\n").map(String.init)
    }

    var text: String {
        guard let original else { return SiteConfigErrorTests.valid + "\n" + replacement }
        precondition(SiteConfigErrorTests.valid.contains(original), "the test's valid config has no '\(original)'")
        return SiteConfigErrorTests.valid.replacing(original, with: replacement)
    }
}

struct SiteConfigErrorTests {
    static let valid = """
        site:
          base-url: https://shop.example.com
        source-locale: en
        base-currency: EUR
        markets:
          de:
            locale: de-DE
            currency: EUR
            path: /de/
        """

    static func problems(in text: String) -> SiteConfigErrors? {
        do {
            _ = try SiteConfig.decode(text, file: "locgen.yaml", directory: ".")
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsTheBaseConfig() throws {
        #expect(Self.problems(in: Self.valid) == nil)
    }

    @Test(arguments: [
        ConfigMistake(
            "    currency: EUR",
            "    curency: EUR",
            "6:3: error: missing key 'currency' in 'markets.de'; add it, e.g. `currency: USD`",
            "8:5: error: unknown key 'curency' in 'markets.de'; did you mean 'currency'?"
        ),
        ConfigMistake(
            "  base-url:",
            "  baseURL:",
            "1:1: error: missing key 'base-url' in 'site'; add it, e.g. `base-url: https://shop.example.com`",
            "2:3: error: unknown key 'baseURL' in 'site'; did you mean 'base-url'?"
        ),
        ConfigMistake(
            appending: "publishDir: dist",
            "10:1: error: unknown key 'publishDir' at the top level; did you mean 'output'?"
        ),
        ConfigMistake(
            appending: "timezone: Europe/Berlin",
            "10:1: error: unknown key 'timezone' at the top level; did you mean 'markets.<id>.time-zone'?"
        ),
        ConfigMistake(
            appending: "    colour: red",
            "10:5: error: unknown key 'colour' in 'markets.de'; the keys here are: locale, currency, path, host, "
                + "time-zone, search-engines, pricing, payment-methods, installments, returns-days, delivery-days, verification"
        ),
    ])
    func reportsUnknownKeysWithTheKeyTheyResemble(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test(arguments: [
        ConfigMistake(
            appending: "    search-engines: google",
            "10:21: error: expected a list for 'markets.de.search-engines', found the string 'google'; "
                + "e.g. `search-engines: [google, bing]`"
        ),
        ConfigMistake(
            appending: "    pricing: [cash]",
            "10:14: error: expected a mapping for 'markets.de.pricing', found a list; "
                + "e.g. `pricing: { rounding: cash, ending: \"0.95\" }`"
        ),
        ConfigMistake(
            appending: "    returns-days: thirty",
            "10:19: error: expected a whole number (0 or more) for 'markets.de.returns-days', found the string "
                + "'thirty'; e.g. `returns-days: 30`"
        ),
        ConfigMistake(
            appending: "    returns-days: -1",
            "10:19: error: expected a whole number (0 or more) for 'markets.de.returns-days', found the number -1; "
                + "e.g. `returns-days: 30`"
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { rate: \"0.19\", included: \"yes\" } }",
            "10:47: error: expected true or false for 'markets.de.pricing.tax.included', found the string 'yes'; "
                + "e.g. `included: true`"
        ),
        ConfigMistake(
            appending: "    installments: { count: 1 }",
            "10:28: error: expected a whole number (2 or more) for 'markets.de.installments.count', found the number 1; "
                + "e.g. `count: 12`"
        ),
        ConfigMistake(
            appending: "    installments: { interest-free: true }",
            "10:5: error: missing key 'count' in 'markets.de.installments'; add it, e.g. `count: 12`"
        ),
        ConfigMistake(
            appending: "    installments: { count: 12, months: 12 }",
            "10:32: error: unknown key 'months' in 'markets.de.installments'; did you mean 'count'?"
        ),
        ConfigMistake(
            appending: "    installments: { count: 12, minimum: \"1,000\" }",
            "10:41: error: installment minimum '1,000' is not a price; write it in the market's currency as a plain "
                + "decimal number, e.g. \"100\" or \"99.90\""
        ),
        ConfigMistake(
            appending: "    installments: { count: 12, minimum: -5 }",
            "10:41: error: installment minimum '-5' is not a price; write it in the market's currency as a plain "
                + "decimal number, e.g. \"100\" or \"99.90\""
        ),
        ConfigMistake(
            appending: "output:",
            "10:8: error: expected a string for 'output', found nothing; e.g. `output: public`"
        ),
        ConfigMistake(
            appending: "seo: [sitemaps]",
            "10:6: error: expected a mapping for 'seo', found a list; e.g. `seo: { robots: { disallow: [/cart/] }, "
                + "indexnow: { key: 3f6c1d2e9a8b4c7d } }`"
        ),
        ConfigMistake(
            appending: "  fr: [fr-FR, EUR]",
            "10:7: error: expected a mapping for 'markets.fr', found a list; e.g. `{ locale: en-US, currency: USD, path: /us/ }`"
        ),
    ])
    func reportsValuesOfTheWrongType(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test(arguments: [
        ConfigMistake(
            "    locale: de-DE",
            "    locale: en-UK",
            "7:13: error: unknown region 'UK' in 'en-UK'; did you mean 'en-GB'? (ISO 3166 uses 'GB')"
        ),
        ConfigMistake(
            "source-locale: en",
            "source-locale: jp",
            "3:16: error: unknown language 'jp' in 'jp'; did you mean 'ja'?"
        ),
        ConfigMistake(
            "    currency: EUR",
            "    currency: EURO",
            "8:15: error: unknown currency 'EURO'; use an ISO 4217 code such as 'EUR' or 'JPY'"
        ),
        ConfigMistake(
            appending: "    time-zone: Europe/Berln",
            "10:16: error: unknown time zone 'Europe/Berln'; use an IANA name such as 'Europe/Berlin' or 'UTC'"
        ),
        ConfigMistake(
            appending: "    search-engines: [google, gogle]",
            "10:30: error: unknown search engine 'gogle' in 'markets.de.search-engines'; did you mean 'google'?"
        ),
        ConfigMistake(
            appending: "    search-engines: [google, ask]",
            "10:30: error: unknown search engine 'ask' in 'markets.de.search-engines'; use one of: google, bing, "
                + "yandex, baidu, naver, seznam, yahoo-japan"
        ),
        ConfigMistake(
            appending: "    search-engines: [google, bing, google]",
            "10:36: error: 'google' is listed twice in 'markets.de.search-engines' (first at line 10); remove one"
        ),
        ConfigMistake(
            appending: "    verification: { yahoo: abc }",
            "10:21: error: unknown search engine 'yahoo' in 'markets.de.verification'; did you mean 'yahoo-japan'?"
        ),
        ConfigMistake(
            appending: "    pricing: { rounding: cents }",
            "10:26: error: unknown rounding 'cents' in 'markets.de.pricing.rounding'; use one of: currency, cash, none"
        ),
        ConfigMistake(
            appending: "  DE:\n    locale: de-AT\n    currency: EUR\n    path: /at/",
            "10:3: error: market id 'DE' in 'markets' is not allowed; write it in lower case, 'de'"
        ),
        ConfigMistake(
            appending: "  de ch: { locale: de-CH, currency: EUR, path: /ch/ }",
            "10:3: error: market id 'de ch' in 'markets' is not allowed; use lower-case letters, digits, '-' and '_', "
                + "starting with a letter or digit, e.g. 'de-ch'"
        ),
    ])
    func reportsUnknownLocalesCurrenciesZonesAndNames(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test(arguments: [
        ConfigMistake(
            "https://shop.example.com",
            "shop.example.com",
            "2:13: error: base-url 'shop.example.com' is not an absolute URL; write it with its scheme, "
                + "e.g. 'https://shop.example.com'"
        ),
        ConfigMistake(
            "https://shop.example.com",
            "https://shop.example.com/?utm_source=x",
            "2:13: error: base-url 'https://shop.example.com/?utm_source=x' has a query ('?utm_source=x'); "
                + "a base URL is scheme, host and path only, so remove it"
        ),
        ConfigMistake(
            "https://shop.example.com",
            "https://shop.example.com/#top",
            "2:13: error: base-url 'https://shop.example.com/#top' has a fragment ('#top'); "
                + "a base URL is scheme, host and path only, so remove it"
        ),
        ConfigMistake(
            "https://shop.example.com",
            "ftp://shop.example.com",
            "2:13: error: base-url 'ftp://shop.example.com' must start with 'https://' or 'http://', not 'ftp://'"
        ),
        ConfigMistake(
            "https://shop.example.com",
            "https://shop.example.com:99999",
            "2:13: error: base-url 'https://shop.example.com:99999' has the port '99999'; "
                + "a port is a number from 1 to 65535"
        ),
        ConfigMistake(
            "https://shop.example.com",
            "https://shöp.example.com",
            "2:13: error: base-url 'https://shöp.example.com' has the host 'shöp.example.com', which is not ASCII; "
                + "write an internationalised domain in its punycode form ('xn--…')"
        ),
        ConfigMistake("path: /de/", "path: de/", "9:11: error: path 'de/' must start with '/', e.g. '/de/'"),
        ConfigMistake("path: /de/", "path: /de", "9:11: error: path '/de' must end with '/', e.g. '/de/'"),
        ConfigMistake(
            "path: /de/",
            "path: /../de/",
            "9:11: error: path '/../de/' contains a '.' or '..' segment; write the path without them"
        ),
        ConfigMistake(
            "path: /de/",
            "path: /d%C3%A9/",
            "9:11: error: path '/d%C3%A9/' contains '%'; write the path unencoded (locgen percent-encodes links itself)"
        ),
        ConfigMistake(
            appending: "    host: shop_example.cn",
            "10:11: error: host 'shop_example.cn' is not a valid host name; use letters, digits, "
                + "'-' and '.', e.g. 'shop.example.com'"
        ),
    ])
    func reportsBadURLsAndPaths(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test(arguments: [
        ConfigMistake(
            appending: "  de:\n    locale: de-AT\n    currency: EUR\n    path: /at/",
            "10:3: error: duplicate key 'de' in 'markets'; the first is at line 6, column 3, so remove or rename one"
        ),
        ConfigMistake(
            appending: "  at:\n    locale: de-AT\n    currency: EUR\n    path: /de/",
            "13:11: error: markets 'de' and 'at' both live at https://shop.example.com/de/; give each its own path or host"
        ),
        ConfigMistake(
            appending: "  at: { locale: de-AT, currency: EUR, path: /de/, host: SHOP.example.com }",
            "10:45: error: markets 'de' and 'at' both live at https://shop.example.com/de/; give each its own path or host"
        ),
        ConfigMistake(
            appending: "x-default: dee",
            "10:12: error: x-default names the market 'dee', which 'markets' does not have; did you mean 'de'? "
                + "use a market id (de) or 'selector'"
        ),
        ConfigMistake(
            "path: /de/",
            "path: /\nx-default: selector",
            "10:12: error: x-default 'selector' puts the language selector page at https://shop.example.com/, where "
                + "market 'de' lives; give 'de' a path of its own such as '/de/', or set x-default to a market id"
        ),
        ConfigMistake(
            "    currency: EUR",
            "    currency: CHF",
            "8:15: error: market 'de' shows prices in CHF, but base-currency is EUR and there is no 'rates' file; "
                + "add one, e.g. `rates: data/rates.yaml`, with the EUR → CHF rate"
        ),
        ConfigMistake(
            appending: "output: .",
            "10:9: error: output '.' is the site's own folder; locgen replaces the output folder on every build, so "
                + "use a folder of its own such as 'public'"
        ),
        ConfigMistake(
            appending: "output: static/site",
            "10:9: error: output 'static/site' is inside 'static', which the site reads; locgen replaces the output "
                + "folder on every build, so use a folder of its own such as 'public'"
        ),
        ConfigMistake(
            appending: "catalog: data/products.xml",
            "10:10: error: catalog 'data/products.xml' has no format locgen reads; name it .json, .jsonl (JSON Lines), "
                + ".csv, .yaml or .yml"
        ),
    ])
    func reportsMarketsThatClashAndUnsafePaths(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }

    @Test(arguments: [
        ConfigMistake(
            appending: "    pricing: { tax: { rate: \"19%\" } }",
            "10:29: error: tax rate '19%' must be at least 0 and below 1; for 19 % write \"0.19\""
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { rate: 8.1 } }",
            "10:29: error: tax rate '8.1' must be at least 0 and below 1; for 8.1 % write \"0.081\""
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { rate: \"0,19\" } }",
            "10:29: error: tax rate '0,19' has a decimal comma; write \"0.19\""
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { rate: -0.1 } }",
            "10:29: error: tax rate '-0.1' must be at least 0 and below 1; write it as a fraction of 1, e.g. \"0.19\" for 19 %"
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { rate: nineteen } }",
            "10:29: error: tax rate 'nineteen' is not a decimal number; write the rate as a fraction of 1, e.g. \"0.19\" "
                + "for 19 %"
        ),
        ConfigMistake(
            appending: "    pricing: { tax: { included: true } }",
            "10:16: error: missing key 'rate' in 'markets.de.pricing.tax'; add it, e.g. `rate: \"0.19\"`"
        ),
        ConfigMistake(
            "    currency: EUR",
            "    currency: JPY\n    pricing: { ending: \"0.99\" }",
            "8:15: error: market 'de' shows prices in JPY, but base-currency is EUR and there is no 'rates' file; add "
                + "one, e.g. `rates: data/rates.yaml`, with the EUR → JPY rate",
            "9:24: error: price ending '0.99' needs cents, but JPY prices have no decimals; use 'whole', '10' or '100'"
        ),
    ])
    func reportsTaxRatesAndPriceEndingsThatCannotWork(mistake: ConfigMistake) {
        #expect(mistake.reported == mistake.expected)
    }
}
