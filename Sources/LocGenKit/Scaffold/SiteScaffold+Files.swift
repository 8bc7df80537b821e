extension SiteScaffold {
    /// The files of a new site, relative to its folder.
    static let files: [(path: String, contents: String)] = [
        (".gitignore", "# The build output; `locgen build` recreates it.\npublic/\n"),
        ("locgen.yaml", configuration),
        ("data/products.jsonl", products),
        ("data/rates.yaml", rates),
        ("locales/en.yaml", englishStrings),
        ("templates/README.md", templatesReadme),
        ("static/favicon.svg", favicon),
    ]

    static let configuration = """
        # The site's configuration. `locgen schema > locgen.schema.json` writes a JSON Schema of every key
        # for your editor (then add `# yaml-language-server: $schema=locgen.schema.json` as the first line);
        # docs/CONFIGURATION.md in locgen's repository documents each key with an example.
        site:
          name: Fjord & Pine           # shown in page titles, headers and footers
          base-url: https://shop.example.com   # where the site is served; page URLs start here
        source-locale: en              # the language products and strings are written in first
        base-currency: USD             # the currency of the prices in the catalog
        rates: data/rates.yaml         # exchange rates from the base currency to each market's
        catalog: data/products.jsonl   # the products: .jsonl, .json, .csv or .yaml
        output: public                 # the folder `locgen build` writes; replaced only by a good build
        x-default: us                  # the market for visitors whose language no market matches

        # One entry per market: an id (the key) and how that market shops.
        markets:
          us:
            locale: en-US              # BCP 47: formats prices, dates and plurals, picks the strings
            currency: USD
            path: /us/                 # the market's pages live under this path of base-url
            time-zone: America/New_York
            search-engines: [google, bing]
            pricing:
              ending: "0.99"           # prices end in .99
              tax: { rate: "0", included: false }   # US sales tax is added at checkout
            returns-days: 30
          de:
            locale: de-DE
            currency: EUR
            path: /de/
            time-zone: Europe/Berlin
            pricing:
              ending: "0.95"
              tax: { rate: "0.19", included: true }  # shown prices include 19 % VAT
            returns-days: 30
          jp:
            locale: ja-JP
            currency: JPY
            path: /jp/
            time-zone: Asia/Tokyo
            search-engines: [google, yahoo-japan]
            pricing:
              ending: "10"             # whole yen, rounded to tens
              tax: { rate: "0.10", included: true }  # Japan shows prices with its 10 % consumption tax
            returns-days: 14

        """

    static let rates = """
        # Units of each market currency that one unit of the base currency buys. Refresh these from your
        # bank or payment provider before each build.
        base: USD
        rates:
          EUR: "0.9210"
          JPY: "150.80"

        """

    static let englishStrings = """
        # The site's own strings. A key here overrides the built-in theme's string with the same key; every
        # other string still comes from the theme. Add de.yaml or ja.yaml beside this file the same way, and
        # check them with `locgen validate --source en locales`.
        site:
          all_products: "Everything we make"

        """

    static let templatesReadme = """
        # Templates

        This site uses the theme built into locgen. To change a page, copy the theme's template of the same
        name into this folder and edit it: a template here overrides the theme's, and the others still come
        from the theme. The theme's templates are in locgen's repository under `templates/`
        (`product.mustache`, `market-index.mustache`, `layouts/base.mustache`, `partials/price.mustache` …).
        See docs/TEMPLATES.md there for the data every page gets.

        """

    static let favicon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
          <rect width="32" height="32" rx="6" fill="#1f3b4d"/>
          <path d="M16 5 7 25h18Z" fill="#8fd19e"/>
        </svg>

        """
}
