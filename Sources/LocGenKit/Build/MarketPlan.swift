import LocGenICU

/// One market, with what every page of it needs worked out once: where its pages go, its text fallback
/// chain, its messages and its price formatter.
struct MarketPlan: Sendable {
    var market: Market
    /// The market's output folder, relative to the output (see ``OutputLayout``).
    var folder: String
    /// The locale's CLDR fallback chain, then the source locale: where catalog text is looked up.
    var chain: [LocaleID]
    /// The source locale's tag when no locale of the market's own chain shares its language (`en` for an
    /// ar-AE market): text that falls back to it is in another language and is marked with it. `nil` when
    /// the source is in the market's language (en-GB with an `en` source).
    var foreignSourceTag: String?
    var messages: MessageTable
    /// A ``StableHash`` of every message pattern the market sees, so pages re-render when one changes.
    var messageDigest: UInt64
    var priceFormat: NumberFormat
    /// The market's rate, tax and rounding, worked out once for every price shown in it.
    var pricing: MarketPricing
    /// The market's URL with its path percent-encoded, ending with `/`.
    var url: String
    var nativeName: String
    /// The market's home page's name (message `site.home`), the first breadcrumb; `nil` when no bundle has it.
    var homeName: String?
    /// `ltr` or `rtl`, for `<html dir>`.
    var direction: String
    /// The payment methods `locgen.yaml` lists, named in the market's locale.
    var paymentMethods: [PaymentMethodName] = []
    /// The currency format of monthly installments, with the currency's digits whatever the price ending.
    var installmentFormat: NumberFormat?
    /// The page data under `market` (``PageContext/market(_:)``), the same on every page of the market, so
    /// made once by ``init(market:config:calculator:folders:bundles:)``.
    private(set) var templateValue: TemplateValue = [:]
    /// ``templateValue``'s ``TemplateValue/digest``, fed to each page's input hash instead of hashing it again.
    private(set) var templateDigest: UInt64 = 0

    var id: String { market.id }

    /// The URL of a page in this market whose slug is `slug`.
    func url(ofSlug slug: String) -> String {
        url + URLPathEncoding.segment(slug) + "/"
    }

    /// The slug a product has in this market: its override, else its text for the market's locale.
    func slug(of product: Product) -> String? {
        product.markets[market.id]?.slug ?? product.slug.resolve(along: chain)
    }

    /// Whether the product is sold here.
    func sells(_ product: Product) -> Bool {
        product.markets[market.id]?.isSold ?? true
    }
}

extension MarketPlan {
    /// Works out a market's plan; `bundles` gives a locale's messages per locale folder (site, then themes),
    /// `nil` where a folder has none.
    init(
        market: Market,
        config: SiteConfig,
        calculator: PriceCalculator,
        folders: Int,
        bundles: (LocaleID) -> [[String: String]?]
    ) throws(LocGenError) {
        let chain = market.locale.fallbackChain
        let (messages, digest) = Self.messages(
            locale: market.locale,
            timeZone: market.timeZone,
            sourceLocale: config.sourceLocale,
            folders: folders,
            bundles: bundles
        )
        let format: NumberFormat
        var installmentFormat: NumberFormat?
        do {
            // Whole-number endings show whole numbers ("31 639 ₽", not "31 639,00 ₽"), as shops that
            // price that way print them; the amount itself is already whole.
            let isWhole = market.pricing.ending.map { !$0.needsFractionDigits } ?? false
            format = try NumberFormat.currency(
                market.currency,
                locale: market.locale,
                cash: market.pricing.rounding == .cash,
                skeletonSuffix: isWhole ? "precision-integer" : ""
            )
            if market.installments != nil {
                installmentFormat = try NumberFormat.currency(market.currency, locale: market.locale, cash: false)
            }
        } catch {
            throw LocGenError(.invalidConfiguration, "market '\(market.id)': \(error.message)", underlyingError: error)
        }
        self.init(
            market: market,
            folder: try OutputLayout.folder(of: market, mainHost: config.baseURL.host),
            chain: chain + [config.sourceLocale],
            foreignSourceTag: chain.contains { $0.language == config.sourceLocale.language }
                ? nil : config.sourceLocale.tag,
            messages: messages,
            messageDigest: digest,
            priceFormat: format,
            pricing: calculator.pricing(currency: market.currency, rules: market.pricing),
            url: market.url.origin + URLPathEncoding.path(market.url.pathPrefix),
            nativeName: market.locale.nativeName,
            homeName: (try? messages.format("site.home", arguments: [:])) ?? nil,
            direction: market.locale.isRightToLeft ? "rtl" : "ltr",
            paymentMethods: Self.paymentNames(of: market, messages: messages),
            installmentFormat: installmentFormat
        )
        templateValue = PageContext.market(self)
        templateDigest = templateValue.digest
    }

    /// A locale's messages, and a ``StableHash`` of every pattern in them so pages re-render when one changes.
    static func messages(
        locale: LocaleID,
        timeZone: TimeZoneID,
        sourceLocale: LocaleID,
        folders: Int,
        bundles: (LocaleID) -> [[String: String]?]
    ) -> (MessageTable, UInt64) {
        // The site's whole chain before the theme's: a site's `de` message beats the theme's `de-CH` one, so
        // a site overriding a theme string once overrides it for every region. The source locale comes last.
        let chain = locale.fallbackChain
        var lookup: [[String: String]] = []
        for folder in 0..<folders {
            lookup += chain.compactMap { bundles($0)[folder] }
        }
        lookup += bundles(sourceLocale).compactMap { $0 }
        let messages = MessageTable(locale: locale, timeZone: timeZone, bundles: lookup)
        var digest = StableHash()
        for key in messages.keys {
            digest.combine(key)
            digest.combine(messages.pattern(for: key) ?? "")
        }
        return (messages, digest.value)
    }
}
