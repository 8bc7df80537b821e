public import LocGenICU

/// What a page is made for: a locale, a currency, a URL, the search engines that matter there, and the
/// rules for the prices it shows.
///
/// Several markets may share a language (en-US, en-GB, en-IN); one product's pages across all markets form
/// one hreflang cluster.
public struct Market: Sendable, Equatable, Identifiable {
    /// The market's id in `locgen.yaml` (`de-ch`): lower-case letters, digits, `-` and `_`.
    public var id: String
    /// The locale its pages are written and formatted in.
    public var locale: LocaleID
    /// The currency its prices are shown in.
    public var currency: Currency
    /// The URL path of its pages as written in `locgen.yaml`, starting and ending with `/` (`/ch/`).
    ///
    /// On the site's own host it lies under the base URL's path prefix; on a host of its own it starts at
    /// that host's root. ``url`` has the result.
    public var path: String
    /// The host its pages are published on: its own (`shop.example.cn`) or the base URL's.
    public var host: String
    /// The absolute URL its pages live under (`https://shop.example.com/ch/`).
    public var url: SiteURL
    /// The time zone its dates are shown in.
    public var timeZone: TimeZoneID
    /// The search engines its pages are made for, in the order written.
    public var searchEngines: [SearchEngine]
    /// How its prices are rounded, ended and taxed.
    public var pricing: PricingRules
    /// The payment methods it accepts, as ids the theme names per locale (`visa`, `paypal`).
    public var paymentMethods: [String]
    /// Where each payment method's id is written in `locgen.yaml`, for errors about it.
    public var paymentMethodLocations: [String: SourceLocation]
    /// Payment in monthly installments, when the market offers it.
    public var installments: InstallmentPlan?
    /// The days a customer has to return goods, when the shop states it.
    public var returnsDays: Int?
    /// The days from ordering to delivery, for the delivery estimate pages show.
    public var deliveryDays: Int?
    /// Site-verification codes per search engine, for their meta tags.
    public var verification: [SearchEngine: String]

    public init(
        id: String,
        locale: LocaleID,
        currency: Currency,
        path: String,
        host: String,
        url: SiteURL,
        timeZone: TimeZoneID = .utc,
        searchEngines: [SearchEngine] = [.google],
        pricing: PricingRules = PricingRules(),
        paymentMethods: [String] = [],
        paymentMethodLocations: [String: SourceLocation] = [:],
        installments: InstallmentPlan? = nil,
        returnsDays: Int? = nil,
        deliveryDays: Int? = nil,
        verification: [SearchEngine: String] = [:]
    ) {
        self.id = id
        self.locale = locale
        self.currency = currency
        self.path = path
        self.host = host
        self.url = url
        self.timeZone = timeZone
        self.searchEngines = searchEngines
        self.pricing = pricing
        self.paymentMethods = paymentMethods
        self.paymentMethodLocations = paymentMethodLocations
        self.installments = installments
        self.returnsDays = returnsDays
        self.deliveryDays = deliveryDays
        self.verification = verification
    }
}
