extension ConfigKey {
    /// A market under `markets`: the keys the loader accepts and the schema documents.
    static let market = ConfigKey(
        name: memberPlaceholder,
        value: .object(marketKeys),
        summary: "A market: a locale, a currency, a URL, its search engines and its pricing.",
        example: "{ locale: en-US, currency: USD, path: /us/ }"
    )

    static let marketKeys: [ConfigKey] = [
        ConfigKey(
            name: "locale",
            value: .string(),
            summary: "The BCP 47 locale of the market's pages (`en-US`, `de-CH`, `zh-Hans-CN`, `es-419`).",
            isRequired: true,
            example: "en-US",
            aliases: ["language", "lang", "languageCode"]
        ),
        ConfigKey(
            name: "currency",
            value: .string(),
            summary: "The ISO 4217 currency the market's prices are shown in.",
            isRequired: true,
            example: "USD"
        ),
        ConfigKey(
            name: "path",
            value: .string(pattern: MarketPath.pattern),
            summary: """
                The URL path of the market's pages, starting and ending with '/' (`/us/`, or `/` for the root). \
                On the site's host it lies under base-url's path; on a host of its own it starts at the root.
                """,
            isRequired: true,
            example: "/us/",
            aliases: ["prefix", "url", "base-path", "contentDir"]
        ),
        ConfigKey(
            name: "host",
            value: .string(pattern: #"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"#),
            summary: "The market's own host name (`shop.example.cn`) when it does not live on base-url's host.",
            defaultNote: "the host of base-url",
            example: "shop.example.cn",
            aliases: ["domain", "hostname"]
        ),
        ConfigKey(
            name: "time-zone",
            value: .string(),
            summary: "The IANA time zone the market's dates and times are shown in.",
            defaultValue: "UTC",
            example: "America/New_York",
            aliases: ["tz"]
        ),
        ConfigKey(
            name: "search-engines",
            value: .list(.choice(noun: "search engine", values: searchEngineNames)),
            summary: "The search engines the market's pages are made for: sitemaps, meta tags and verification.",
            defaultValue: "[google]",
            example: "[google, bing]",
            aliases: ["engines"]
        ),
        ConfigKey(
            name: "pricing",
            value: .object(pricingKeys),
            summary: "How base-currency prices become the market's prices: rounding, price ending and tax.",
            defaultValue: "{ rounding: currency }",
            example: "{ rounding: cash, ending: \"0.95\" }",
            aliases: ["prices", "price"]
        ),
        ConfigKey(
            name: "payment-methods",
            value: .list(.string()),
            summary: "The payment methods the market accepts, as ids the theme names in each locale.",
            defaultValue: "[]",
            example: "[visa, mastercard, paypal]",
            aliases: ["payments", "payment"]
        ),
        ConfigKey(
            name: "installments",
            value: .object(installmentKeys),
            summary: """
                Payment in equal monthly installments: pages show the monthly amount next to the price \
                (\"or 12 interest-free payments of R$ 10,00\").
                """,
            example: "{ count: 12, interest-free: true, minimum: \"100\" }",
            aliases: ["installment", "instalments", "parcelas", "meses-sin-intereses"]
        ),
        ConfigKey(
            name: "returns-days",
            value: .integer(minimum: 0),
            summary: "The number of days a customer has to return goods, for the theme and structured data.",
            example: "30",
            aliases: ["returns", "return-days"]
        ),
        ConfigKey(
            name: "delivery-days",
            value: .integer(minimum: 0),
            summary: "The days from ordering to delivery; pages show the estimated delivery date counted from the build's date.",
            example: "3",
            aliases: ["delivery", "shipping-days"]
        ),
        ConfigKey(
            name: "verification",
            value: .map(
                names: .choice(noun: "search engine", values: searchEngineNames),
                member: ConfigKey(
                    name: memberPlaceholder,
                    value: .string(),
                    summary: "The engine's site-verification code, for its meta tag.",
                    example: "\"abc123\""
                )
            ),
            summary: "Site-verification codes by search engine, written as those engines' meta tags.",
            example: "{ google: \"abc123\" }"
        ),
    ]

    static let pricingKeys: [ConfigKey] = [
        ConfigKey(
            name: "rounding",
            value: .choice(noun: "rounding", values: PriceRounding.allCases.map(\.rawValue)),
            summary: """
                How a converted price is rounded: `currency` to the currency's digits, `cash` to its cash \
                rounding (CHF 0.05), `none` not at all.
                """,
            defaultValue: "currency",
            example: "cash"
        ),
        ConfigKey(
            name: "ending",
            value: .choice(noun: "price ending", values: PriceEnding.allCases.map(\.rawValue)),
            summary: """
                The ending prices are moved to after rounding: \"0.99\", \"0.95\", \"0.90\", `whole`, \
                \"10\" or \"100\" (round to tens or hundreds, e.g. for JPY or KRW).
                """,
            example: "\"0.99\""
        ),
        ConfigKey(
            name: "tax",
            value: .object(taxKeys),
            summary: "The sales tax or VAT the market shows prices with.",
            example: "{ rate: \"0.19\", included: true }",
            aliases: ["vat"]
        ),
    ]

    static let installmentKeys: [ConfigKey] = [
        ConfigKey(
            name: "count",
            value: .integer(minimum: 2),
            summary: "The number of monthly payments, 2 or more.",
            isRequired: true,
            example: "12",
            aliases: ["months", "payments", "installments"]
        ),
        ConfigKey(
            name: "interest-free",
            value: .boolean,
            summary: "Whether the installments cost nothing on top of the price (\"sin intereses\", \"sem juros\").",
            defaultValue: "false",
            example: "true",
            aliases: ["interest", "no-interest", "interestFree"]
        ),
        ConfigKey(
            name: "minimum",
            value: .amount,
            summary: "The lowest price, in the market's currency, that can be paid in installments.",
            defaultNote: "every price",
            example: "\"100\"",
            aliases: ["min", "minimum-price", "min-price"]
        ),
    ]

    static let taxKeys: [ConfigKey] = [
        ConfigKey(
            name: "rate",
            value: .rate,
            summary: "The tax rate as a decimal of at least 0 and below 1 (\"0.19\" for 19 %), quoted or not.",
            isRequired: true,
            example: "\"0.19\""
        ),
        ConfigKey(
            name: "included",
            value: .boolean,
            summary: "Whether the shown price includes the tax, as consumer prices in the EU must.",
            defaultValue: "true",
            example: "true",
            aliases: ["inclusive"]
        ),
    ]
}
