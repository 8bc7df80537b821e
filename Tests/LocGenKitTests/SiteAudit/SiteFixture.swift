import Foundation
import LocGenKit

/// A small correct two-language site in a temporary folder, which each test breaks in one place.
struct SiteFixture {
    let folder: TemporaryDirectory
    var path: String { folder.path }

    static func page(lang: String, own: String, other: (code: String, path: String), xDefault: String = "en", extraHead: String = "") -> String {
        """
        <!doctype html>
        <html lang="\(lang)">
        <head>
        <meta charset="utf-8">
        <link rel="canonical" href="https://shop.example.com/\(own)/">
        <link rel="alternate" hreflang="\(lang)" href="https://shop.example.com/\(own)/">
        <link rel="alternate" hreflang="\(other.code)" href="https://shop.example.com/\(other.path)/">
        <link rel="alternate" hreflang="x-default" href="https://shop.example.com/\(xDefault)/">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tent","offers":{"@type":"Offer","price":349.00,"priceCurrency":"EUR","availability":"https://schema.org/InStock","url":"https://shop.example.com/\(own)/"}}</script>
        \(extraHead)</head>
        <body><p>a < b &amp; <!-- <link rel="canonical" href="/commented-out"> --></p></body>
        </html>
        """
    }

    static let english = page(lang: "en-GB", own: "en", other: ("de-DE", "de"))
    static let german = page(lang: "de-DE", own: "de", other: ("en-GB", "en"))

    static func sitemap(_ urls: [String] = ["en", "de"], alternates: Bool = true, extra: String = "") -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for url in urls {
            text += "  <url>\n    <loc>https://shop.example.com/\(url)/</loc>\n    <lastmod>2026-11-26</lastmod>\n"
            if alternates {
                text += "    <xhtml:link rel=\"alternate\" hreflang=\"de-DE\" href=\"https://shop.example.com/de/\"/>\n"
                text += "    <xhtml:link rel=\"alternate\" hreflang=\"en-GB\" href=\"https://shop.example.com/en/\"/>\n"
                text += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://shop.example.com/en/\"/>\n"
            }
            text += "  </url>\n"
        }
        return text + extra + "</urlset>\n"
    }

    static let robots = "User-agent: *\nAllow: /\n\nSitemap: https://shop.example.com/sitemap.xml\n"

    init(files: [String: String] = [:]) throws {
        folder = try TemporaryDirectory()
        var all = ["en/index.html": Self.english, "de/index.html": Self.german, "sitemap.xml": Self.sitemap(), "robots.txt": Self.robots]
        for (path, text) in files { all[path] = text }
        for (path, text) in all where !text.isEmpty { try folder.write(path, text) }
    }

    /// The findings of `locgen seo check` on the folder, with paths relative to it.
    func audit(baseURLs: [String] = [], strict: Bool = false) throws -> [Diagnostic] {
        try SiteAuditor(directory: path, baseURLs: baseURLs, isStrict: strict).audit().diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if diagnostic.location.file.hasPrefix(path + "/") {
                diagnostic.location.file.removeFirst(path.count + 1)
            }
            return diagnostic
        }
    }
}
