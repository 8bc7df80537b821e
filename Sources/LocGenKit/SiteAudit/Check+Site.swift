extension Check.ID {
    // hreflang
    public static let hreflangCode: Self = "seo.hreflang.code"
    public static let hreflangSelf: Self = "seo.hreflang.self"
    public static let hreflangReciprocal: Self = "seo.hreflang.reciprocal"
    public static let hreflangDuplicate: Self = "seo.hreflang.duplicate"
    public static let hreflangXDefault: Self = "seo.hreflang.x-default"
    public static let htmlLang: Self = "seo.html-lang"
    // canonical
    public static let canonicalMissing: Self = "seo.canonical.missing"
    public static let canonicalInvalid: Self = "seo.canonical.invalid"
    public static let canonicalSelf: Self = "seo.canonical.self"
    public static let canonicalHreflang: Self = "seo.canonical.hreflang"
    // links
    public static let linkTarget: Self = "seo.link.target"
    public static let baseURL: Self = "seo.base-url"
    public static let unreadable: Self = "seo.file"
    // sitemaps
    public static let sitemapSyntax: Self = "seo.sitemap.syntax"
    public static let sitemapLimit: Self = "seo.sitemap.limit"
    public static let sitemapURL: Self = "seo.sitemap.url"
    public static let sitemapLastmod: Self = "seo.sitemap.lastmod"
    public static let sitemapMissingPage: Self = "seo.sitemap.missing-page"
    public static let sitemapAlternates: Self = "seo.sitemap.alternates"
    public static let sitemapCompressed: Self = "seo.sitemap.compressed"
    // robots.txt
    public static let robotsSitemap: Self = "seo.robots.sitemap"
    public static let robotsHost: Self = "seo.robots.host"
    // JSON-LD
    public static let jsonLDSyntax: Self = "seo.jsonld.syntax"
    public static let jsonLDProduct: Self = "seo.jsonld.product"
    public static let jsonLDRecommended: Self = "seo.jsonld.recommended"
}

extension Check {
    /// Every check `locgen seo check` runs, in the order `--list-checks` prints them.
    public static let site: [Check] = [
        Check(id: .hreflangCode, area: .hreflang, defaultSeverity: .error,
              summary: "an hreflang code Google does not accept (es-419, en-UK, en_GB, an unknown language)"),
        Check(id: .hreflangSelf, area: .hreflang, defaultSeverity: .error,
              summary: "a page's hreflang links leave out the page itself"),
        Check(id: .hreflangReciprocal, area: .hreflang, defaultSeverity: .error,
              summary: "page A links page B, but B does not link back to A, or calls A by another code"),
        Check(id: .hreflangDuplicate, area: .hreflang, defaultSeverity: .error,
              summary: "one hreflang code (x-default included) appears twice on a page"),
        Check(id: .hreflangXDefault, area: .hreflang, defaultSeverity: .error,
              summary: "the pages of one hreflang cluster name different x-default pages, or some name none"),
        Check(id: .htmlLang, area: .hreflang, defaultSeverity: .warning,
              summary: "<html lang> is missing or disagrees with the page's own hreflang code"),
        Check(id: .canonicalMissing, area: .canonical, defaultSeverity: .warning,
              summary: "a page with hreflang links has no <link rel=canonical>"),
        Check(id: .canonicalInvalid, area: .canonical, defaultSeverity: .error,
              summary: "the canonical URL is empty, relative, or given more than once"),
        Check(id: .canonicalSelf, area: .canonical, defaultSeverity: .error,
              summary: "a page with hreflang links has a canonical pointing at another page"),
        Check(id: .canonicalHreflang, area: .canonical, defaultSeverity: .error,
              summary: "an hreflang URL differs from the canonical URL of the page it names"),
        Check(id: .linkTarget, area: .canonical, defaultSeverity: .error,
              summary: "an hreflang or canonical URL names a page that is not in the folder, or is relative"),
        Check(id: .baseURL, area: .canonical, defaultSeverity: .warning,
              summary: "the site's base URL is unknown, so no URL could be matched with a file; pass --base-url"),
        Check(id: .unreadable, area: .files, defaultSeverity: .error,
              summary: "a page, sitemap or robots.txt cannot be read"),
        Check(id: .sitemapSyntax, area: .sitemap, defaultSeverity: .error,
              summary: "a sitemap is not well-formed XML, or not a <urlset> or <sitemapindex> of sitemaps.org 0.9"),
        Check(id: .sitemapLimit, area: .sitemap, defaultSeverity: .error,
              summary: "a sitemap holds more than 50,000 URLs or 50 MB (Baidu: 10 MB), or an index names an index"),
        Check(id: .sitemapURL, area: .sitemap, defaultSeverity: .error,
              summary: "a sitemap URL is relative, of another host, or names no file in the folder"),
        Check(id: .sitemapLastmod, area: .sitemap, defaultSeverity: .error,
              summary: "a <lastmod> is not a W3C datetime (2026-11-26 or 2026-11-26T09:30:00+01:00)"),
        Check(id: .sitemapMissingPage, area: .sitemap, defaultSeverity: .warning,
              summary: "an indexable page is in no sitemap, or the site has no sitemap"),
        Check(id: .sitemapAlternates, area: .sitemap, defaultSeverity: .error,
              summary: "a sitemap's xhtml:link alternates for a URL differ from that page's hreflang links"),
        Check(id: .sitemapCompressed, area: .sitemap, defaultSeverity: .error,
              summary: "a compressed sitemap (.xml.gz) is not valid gzip, is cut short, or grows past 100 MiB"),
        Check(id: .robotsSitemap, area: .robots, defaultSeverity: .error,
              summary: "a robots.txt Sitemap: line is not an absolute URL, or names no file in the folder"),
        Check(id: .robotsHost, area: .robots, defaultSeverity: .warning,
              summary: "robots.txt has the obsolete Host: directive, which no search engine reads any more"),
        Check(id: .jsonLDSyntax, area: .jsonLD, defaultSeverity: .error,
              summary: "a <script type=application/ld+json> is not valid JSON"),
        Check(id: .jsonLDProduct, area: .jsonLD, defaultSeverity: .error,
              summary: "a schema.org Product or Offer lacks a name, offers or price, or has a malformed price or currency"),
        Check(id: .jsonLDRecommended, area: .jsonLD, defaultSeverity: .warning,
              summary: "an Offer lacks availability or url, or its availability is not a schema.org URL"),
    ]
}
