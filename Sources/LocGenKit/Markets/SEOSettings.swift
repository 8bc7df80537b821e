/// The `seo:` section of `locgen.yaml`: `robots.txt` rules for every engine and per engine, and the
/// IndexNow key.
public struct SEOSettings: Sendable, Equatable {
    /// Rules of one `robots.txt` group.
    public struct RobotsRules: Sendable, Equatable {
        /// Path patterns (`/cart/`, `/*?sort=`) crawlers may fetch, as exceptions to `disallow`.
        public var allow: [String] = []
        /// Path patterns crawlers must not fetch.
        public var disallow: [String] = []
        /// Seconds between requests, for engines that honour `Crawl-delay` (``SearchEngine/honoursCrawlDelay``).
        public var crawlDelay: Int?
        /// Yandex's `Clean-param` values: `utm_source&utm_medium /catalog/`.
        public var cleanParams: [String] = []

        public init(allow: [String] = [], disallow: [String] = [], crawlDelay: Int? = nil, cleanParams: [String] = []) {
            self.allow = allow
            self.disallow = disallow
            self.crawlDelay = crawlDelay
            self.cleanParams = cleanParams
        }
    }

    /// The rules for every crawler (`User-agent: *`).
    public var robots = RobotsRules()
    /// Groups for single engines; each also gets the rules for every crawler, since a crawler obeys only
    /// the one group that names it most specifically.
    public var robotsGroups: [SearchEngine: RobotsRules] = [:]
    /// The IndexNow key, when the site uses IndexNow.
    public var indexNowKey: String?

    public init(
        robots: RobotsRules = RobotsRules(),
        robotsGroups: [SearchEngine: RobotsRules] = [:],
        indexNowKey: String? = nil
    ) {
        self.robots = robots
        self.robotsGroups = robotsGroups
        self.indexNowKey = indexNowKey
    }
}

extension SearchEngine {
    /// The `User-agent` token of the engine's crawler in `robots.txt`.
    ///
    /// `Yandex` covers all of Yandex's robots, and `Y!J` Yahoo! JAPAN's (`Y!J-WSC`, `Y!J-BRW`, …); Naver's
    /// crawler is Yeti.
    public var robotsUserAgent: String {
        switch self {
        case .google: "Googlebot"
        case .bing: "Bingbot"
        case .yandex: "Yandex"
        case .baidu: "Baiduspider"
        case .naver: "Yeti"
        case .seznam: "SeznamBot"
        case .yahooJapan: "Y!J"
        }
    }

    /// Whether the engine's crawler honours `Crawl-delay`: Bing (a window of 1 to 30 seconds per request),
    /// Seznam and Yahoo! JAPAN do; Google, Yandex (since 2018) and Baidu ignore it and take the crawl rate
    /// from their webmaster tools instead, and Naver documents no support.
    public var honoursCrawlDelay: Bool {
        switch self {
        case .bing, .seznam, .yahooJapan: true
        case .google, .yandex, .baidu, .naver: false
        }
    }
}
