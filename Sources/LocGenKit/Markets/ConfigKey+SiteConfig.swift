extension ConfigKey {
    /// The top-level keys of `locgen.yaml`: what the loader accepts and what the schema documents.
    static let siteConfig: [ConfigKey] = [
        ConfigKey(
            name: "site",
            value: .object(siteKeys),
            summary: "The site as a whole: its name and the URL it is published at.",
            isRequired: true,
            example: "{ name: Nordlicht Outfitters, base-url: \"https://shop.example.com\" }"
        ),
        ConfigKey(
            name: "source-locale",
            value: .string(),
            summary: """
                The BCP 47 locale the messages and catalog text are written in (`en`, `de-CH`); every other \
                locale falls back to it.
                """,
            isRequired: true,
            example: "en",
            aliases: ["defaultContentLanguage", "defaultLocale", "language", "locale", "source-language"]
        ),
        ConfigKey(
            name: "base-currency",
            value: .string(),
            summary: "The ISO 4217 currency the catalog's prices are written in; markets convert from it.",
            isRequired: true,
            example: "EUR",
            aliases: ["currency"]
        ),
        ConfigKey(
            name: "rates",
            value: .string(),
            summary: """
                The exchange-rates file (from base-currency to each market's currency), relative to the folder \
                of locgen.yaml. Needed when a market's currency is not base-currency.
                """,
            example: "data/rates.yaml",
            aliases: ["exchange-rates"]
        ),
        ConfigKey(
            name: "catalog",
            value: .string(pattern: #"\.(json|jsonl|csv|yaml|yml)$"#),
            summary: """
                The product catalog, relative to the folder of locgen.yaml; its extension says its format: \
                .json, .jsonl (JSON Lines), .csv, .yaml or .yml.
                """,
            example: "data/products.json",
            aliases: ["products", "data"]
        ),
        ConfigKey(
            name: "output",
            value: .string(),
            summary: """
                The folder the site is written to, relative to the folder of locgen.yaml. Every successful \
                build replaces it, so it must be a folder of its own.
                """,
            defaultValue: "public",
            example: "public",
            aliases: ["publishDir", "outDir", "distDir", "destination", "output-dir"]
        ),
        ConfigKey(
            name: "x-default",
            value: .string(),
            summary: """
                Where hreflang x-default points: a market id, or `selector` for a language selector page at \
                the root of the site. Leave it out for no x-default link.
                """,
            example: "us",
            aliases: ["default-market"]
        ),
        ConfigKey(
            name: "markets",
            value: .map(names: marketID, member: market),
            summary: """
                The markets the site sells in, by id. A market is a locale, a currency, a URL, its search \
                engines and its pricing; each gets a page per product.
                """,
            isRequired: true,
            example: "{ us: { locale: en-US, currency: USD, path: /us/ } }",
            aliases: ["languages", "locales"]
        ),
        ConfigKey(
            name: "validate",
            value: .skipped,
            summary: "Settings of `locgen validate` (checks, severities, length budgets); read by that command."
        ),
        ConfigKey(
            name: "seo",
            value: .object(seoKeys),
            summary: "Search-engine settings for the whole site: robots.txt rules per engine and IndexNow.",
            example: "{ robots: { disallow: [/cart/] }, indexnow: { key: 3f6c1d2e9a8b4c7d } }"
        ),
    ]

    static let siteKeys: [ConfigKey] = [
        ConfigKey(
            name: "name",
            value: .string(),
            summary: "The site's name, for page titles and og:site_name.",
            defaultNote: "the host of base-url",
            example: "Nordlicht Outfitters",
            aliases: ["title"]
        ),
        ConfigKey(
            name: "base-url",
            value: .string(pattern: #"^https?://[^/?#@\s]+(/[^?#\s]*)?$"#),
            summary: """
                The absolute URL the site is published at: scheme, host and an optional path prefix \
                (`https://shop.example.com`, `https://example.github.io/shop/`); no query or fragment.
                """,
            isRequired: true,
            example: "https://shop.example.com",
            aliases: ["baseURL", "url", "base", "basePath"]
        ),
    ]

    /// Market ids: they name markets on the command line (`--market de-ch`) and in reports.
    static let marketID = ConfigName.pattern(
        "^[a-z0-9][a-z0-9_-]*$",
        noun: "market id",
        hint: "use lower-case letters, digits, '-' and '_', starting with a letter or digit, e.g. 'de-ch'",
        check: { id in
            guard let first = id.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
            return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" || $0 == "_" }
        }
    )

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static let searchEngineNames = SearchEngine.allCases.map(\.rawValue)
}
