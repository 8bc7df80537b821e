/// The search-engine tags of one page, written into its `<head>`: canonical, hreflang alternates with
/// `x-default`, the engines' own meta tags, Open Graph and JSON-LD.
///
/// Every value is escaped here for the attribute or script it lands in; the theme inserts the result
/// as it is (`{{{seo.head}}}`).
public struct PageHead: Sendable, Equatable {
    /// One page of the cluster in another (or the same) market.
    public struct Alternate: Sendable, Equatable {
        /// The hreflang code (`de-CH`), or `x-default`.
        public var hreflang: String
        /// The absolute URL.
        public var href: String

        public init(hreflang: String, href: String) {
            self.hreflang = hreflang
            self.href = href
        }
    }

    /// The page's own absolute URL.
    public var canonical: String
    /// The alternates, the page itself included, sorted by code, `x-default` last.
    public var alternates: [Alternate]
    /// The page's locale tag for `content-language`.
    public var language: String
    /// The engines the market's pages are made for.
    public var searchEngines: [SearchEngine]
    /// Verification codes by engine.
    public var verification: [SearchEngine: String]
    /// Open Graph: the locale (`de_DE`), the other markets' locales, title, description, image.
    public var openGraphLocale: String
    public var openGraphAlternates: [String]
    public var title: String
    public var description: String
    public var image: String?
    /// The JSON-LD document, already safe inside `<script>`.
    public var jsonLD: String?
    /// The page's schema.org `BreadcrumbList` as JSON-LD, written after ``jsonLD`` in a script of its own.
    public var breadcrumbJSONLD: String?

    public init(
        canonical: String,
        alternates: [Alternate],
        language: String,
        searchEngines: [SearchEngine],
        verification: [SearchEngine: String],
        openGraphLocale: String,
        openGraphAlternates: [String],
        title: String,
        description: String,
        image: String?,
        jsonLD: String?,
        breadcrumbJSONLD: String? = nil
    ) {
        self.canonical = canonical
        self.alternates = alternates
        self.language = language
        self.searchEngines = searchEngines
        self.verification = verification
        self.openGraphLocale = openGraphLocale
        self.openGraphAlternates = openGraphAlternates
        self.title = title
        self.description = description
        self.image = image
        self.jsonLD = jsonLD
        self.breadcrumbJSONLD = breadcrumbJSONLD
    }

    /// The meta tag name each engine reads its verification code from.
    static let verificationNames: [SearchEngine: String] = [
        .google: "google-site-verification", .bing: "msvalidate.01", .yandex: "yandex-verification",
        .baidu: "baidu-site-verification", .naver: "naver-site-verification", .seznam: "seznam-wmt",
    ]

    /// The tags as HTML, one a line, in a fixed order.
    public var html: String { html(alternateLinks: Self.alternateLinks(alternates)) }

    /// The tags as HTML with the `<link rel="alternate">` lines given: they are the same on every page of a
    /// product, so the build writes them once per product (``alternateLinks(_:)``) instead of once per page.
    func html(alternateLinks: String) -> String {
        // Appended piece by piece: an interpolated line is a String of its own, copied again into the head.
        var html = ""
        html.reserveCapacity(alternateLinks.utf8.count + 2048)
        html += "<link rel=\"canonical\" href=\""
        html += Self.attribute(canonical)
        html += "\">"
        if !alternateLinks.isEmpty {
            html += "\n"
            html += alternateLinks
        }
        // Bing and Baidu read the page's language from this header-equivalent; Google ignores it.
        if searchEngines.contains(.bing) || searchEngines.contains(.baidu) {
            Self.append("\n<meta http-equiv=\"content-language\" content=\"", language, to: &html)
        }
        if searchEngines.contains(.baidu) {
            // Baidu: the page serves phones and desktops alike, and its transcoder must leave it alone.
            html += "\n<meta name=\"applicable-device\" content=\"pc,mobile\">"
            html += "\n<meta http-equiv=\"Cache-Control\" content=\"no-transform\">"
        }
        if !verification.isEmpty {
            for engine in verification.keys.sorted() {
                guard let name = Self.verificationNames[engine], let code = verification[engine] else { continue }
                Self.append("\n<meta name=\"" + name + "\" content=\"", code, to: &html)
            }
        }
        html += "\n<meta property=\"og:type\" content=\"product\">"
        Self.append("\n<meta property=\"og:url\" content=\"", canonical, to: &html)
        Self.append("\n<meta property=\"og:title\" content=\"", title, to: &html)
        if !description.isEmpty {
            let escaped = Self.attribute(description)
            html += "\n<meta property=\"og:description\" content=\""
            html += escaped
            html += "\">\n<meta name=\"description\" content=\""
            html += escaped
            html += "\">"
        }
        if let image { Self.append("\n<meta property=\"og:image\" content=\"", image, to: &html) }
        Self.append("\n<meta property=\"og:locale\" content=\"", openGraphLocale, to: &html)
        for alternate in openGraphAlternates {
            Self.append("\n<meta property=\"og:locale:alternate\" content=\"", alternate, to: &html)
        }
        for script in [jsonLD, breadcrumbJSONLD] {
            guard let script else { continue }
            html += "\n<script type=\"application/ld+json\">"
            html += script
            html += "</script>"
        }
        return html
    }

    /// Appends `opening`, the attribute value escaped and `">`.
    private static func append(_ opening: String, _ value: String, to html: inout String) {
        html += opening
        html += attribute(value)
        html += "\">"
    }

    /// The `<link rel="alternate" hreflang>` lines of a cluster, one a line, without a line break after
    /// the last.
    static func alternateLinks(_ alternates: [Alternate]) -> String {
        var links = ""
        for alternate in alternates {
            if !links.isEmpty { links += "\n" }
            links += "<link rel=\"alternate\" hreflang=\"\(attribute(alternate.hreflang))\""
            links += " href=\"\(attribute(alternate.href))\">"
        }
        return links
    }

    /// Escapes text for a double-quoted HTML attribute.
    static func attribute(_ text: String) -> String { HTMLEscaper.escape(text) }
}
