public import LocGenICU

/// A site's `locgen.yaml`: its name and address, source locale, base currency, input and output paths, and
/// the markets it sells in.
///
/// Load one with ``load(path:)``, which reports every problem in the file at once.
public struct SiteConfig: Sendable, Equatable {
    /// Where hreflang `x-default` points.
    public enum XDefault: Sendable, Hashable {
        /// The pages of the market with this id.
        case market(String)
        /// A language selector page at the root of the site.
        case selector
    }

    /// The site's name; the base URL's host when `locgen.yaml` gives none.
    public var name: String
    /// The absolute URL the site is published at.
    public var baseURL: SiteURL
    /// The locale messages and catalog text are written in; every fallback chain ends there.
    public var sourceLocale: LocaleID
    /// The currency the catalog's prices are in.
    public var baseCurrency: Currency
    /// The folder that holds `locgen.yaml`, as the user gave it (`.` for the current folder); `locales/`,
    /// `templates/` and `static/` are found there.
    public var directory: String
    /// The exchange-rates file, relative to the current folder like ``directory``, when one is configured.
    public var ratesPath: String?
    /// The catalog file, relative to the current folder like ``directory``, when one is configured.
    public var catalogPath: String?
    /// The folder the site is written to, relative to the current folder like ``directory``; `public` in
    /// ``directory`` unless configured.
    public var outputPath: String
    /// Where hreflang `x-default` points, or nil for no `x-default` link.
    public var xDefault: XDefault?
    /// The markets, sorted by id.
    public var markets: [Market]
    /// robots.txt rules and the IndexNow key.
    public var seo: SEOSettings

    public init(
        name: String,
        baseURL: SiteURL,
        sourceLocale: LocaleID,
        baseCurrency: Currency,
        directory: String = ".",
        ratesPath: String? = nil,
        catalogPath: String? = nil,
        outputPath: String = "public",
        xDefault: XDefault? = nil,
        markets: [Market],
        seo: SEOSettings = SEOSettings()
    ) {
        self.name = name
        self.baseURL = baseURL
        self.sourceLocale = sourceLocale
        self.baseCurrency = baseCurrency
        self.directory = directory
        self.ratesPath = ratesPath
        self.catalogPath = catalogPath
        self.outputPath = outputPath
        self.xDefault = xDefault
        self.markets = markets.sorted { $0.id < $1.id }
        self.seo = seo
    }

    /// The market with an id, if the site has one.
    public func market(id: String) -> Market? {
        markets.first { $0.id == id }
    }
}
