import LocGenICU

/// Turns a checked `locgen.yaml` into a ``SiteConfig``: parses locales, currencies, time zones, URLs, paths and
/// tax rates, and checks the markets against each other. Every problem is collected, none stops the others.
struct SiteConfigBuilder {
    /// The folder of `locgen.yaml`; paths in the file are relative to it.
    let directory: String
    private(set) var problems: [LocGenError] = []

    init(directory: String) {
        self.directory = directory
    }

    mutating func report(
        _ message: String,
        at location: SourceLocation,
        code: LocGenError.Code = .invalidConfiguration,
        underlyingError: (any Error & Sendable)? = nil
    ) {
        problems.append(LocGenError(code, message, at: location, underlyingError: underlyingError))
    }

    /// The configuration, or nil when the file has a problem (then ``problems`` or the checker's says which).
    mutating func build(_ root: ConfigEntry?) -> SiteConfig? {
        guard let root else { return nil }
        let site = root["site"]
        let baseURL = parse(site?["base-url"], SiteURL.init)
        let sourceLocale = parse(root["source-locale"], LocaleID.init)
        let baseCurrency = parse(root["base-currency"], Currency.init)
        let ratesPath = filePath(root["rates"])
        let catalogPath = catalogPath(root["catalog"])
        let outputPath = outputPath(root["output"])
        let marketEntries = root["markets"]?.members ?? []
        let markets = marketEntries.map { market($0, baseURL: baseURL) }
        checkAddresses(of: markets)
        if let baseCurrency { checkRates(of: markets, baseCurrency: baseCurrency, ratesFile: root["rates"]) }
        let xDefault = xDefault(root["x-default"], markets: markets, baseURL: baseURL)
        let seo = seoSettings(root["seo"])
        // A value missing here was reported by the checker or above.
        guard problems.isEmpty, let baseURL, let sourceLocale, let baseCurrency, let outputPath else { return nil }
        return SiteConfig(
            name: site?["name"]?.text ?? baseURL.host,
            baseURL: baseURL,
            sourceLocale: sourceLocale,
            baseCurrency: baseCurrency,
            directory: directory,
            ratesPath: ratesPath,
            catalogPath: catalogPath,
            outputPath: outputPath,
            xDefault: xDefault,
            markets: markets.compactMap(\.market),
            seo: seo
        )
    }

    /// Parses a text value with an ICU type (`LocaleID`, `Currency`, `TimeZoneID`), reporting ICU's message at
    /// the value.
    mutating func parse<Value>(_ entry: ConfigEntry?, _ make: (String) throws(ICUError) -> Value) -> Value? {
        guard let entry, let text = entry.text else { return nil }
        do {
            return try make(text)
        } catch {
            report(error.message, at: entry.location, underlyingError: error)
            return nil
        }
    }

    /// Parses a text value with a locgen type (`SiteURL`), reporting its message at the value.
    mutating func parse<Value>(_ entry: ConfigEntry?, _ make: (String) throws(LocGenError) -> Value) -> Value? {
        guard let entry, let text = entry.text else { return nil }
        do {
            return try make(text)
        } catch {
            report(error.message, at: entry.location, code: error.code, underlyingError: error.underlyingError)
            return nil
        }
    }

    /// The market x-default names, `selector`, or nil when the file has no `x-default`.
    private mutating func xDefault(
        _ entry: ConfigEntry?,
        markets: [LoadedMarket],
        baseURL: SiteURL?
    ) -> SiteConfig.XDefault? {
        guard let entry, let text = entry.text else { return nil }
        guard text != "selector" else {
            if let baseURL, let market = markets.first(where: { $0.url == baseURL }) {
                report(
                    "x-default 'selector' puts the language selector page at \(baseURL), where market "
                        + "'\(market.id)' lives; give '\(market.id)' a path of its own such as '/\(market.id)/', "
                        + "or set x-default to a market id",
                    at: entry.location
                )
            }
            return .selector
        }
        // Every market in the file counts, also one with problems of its own, so one mistake is reported once.
        let ids = markets.map(\.id)
        guard ids.contains(text) else {
            let suggestion = NameSuggestion.closest(to: text, in: ids).map { "did you mean '\($0)'? " } ?? ""
            report(
                "x-default names the market '\(text)', which 'markets' does not have; \(suggestion)"
                    + "use a market id (\(ids.sorted().joined(separator: ", "))) or 'selector'",
                at: entry.location
            )
            return nil
        }
        return .market(text)
    }
}
