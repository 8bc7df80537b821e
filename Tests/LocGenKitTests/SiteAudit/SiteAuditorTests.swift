import Foundation
import LocGenKit
import Testing

/// `locgen seo check` on a small site broken in one place per test: each check fires where it should,
/// and the correct site has no finding at all.
struct SiteAuditorTests {
    static let en = SiteFixture.english
    static let de = SiteFixture.german

    @Test func findsNothingInACorrectSite() throws {
        let site = try SiteFixture()
        #expect(try site.audit() == [])
        #expect(try site.audit(baseURLs: ["https://shop.example.com/"]) == [])
    }

    /// One broken site per check: the check id, the files that differ from the correct site, and the
    /// `file:line:col` and a part of the message of the finding expected.
    struct Case: CustomTestStringConvertible, Sendable {
        var check: Check.ID
        var files: [String: String]
        var location: String
        var message: String
        var testDescription: String { check.rawValue + " at " + location }
    }

    static let cases: [Case] = [
        Case(check: .hreflangCode, files: ["de/index.html": de.replacing("hreflang=\"en-GB\"", with: "hreflang=\"en-UK\"")],
             location: "de/index.html:7:33", message: "did you mean 'en-GB'?"),
        Case(check: .hreflangCode, files: ["de/index.html": de.replacing("hreflang=\"en-GB\"", with: "hreflang=\"es-419\"")],
             location: "de/index.html:7:33", message: "UN M.49 region '419'"),
        Case(check: .hreflangCode, files: ["de/index.html": de.replacing("hreflang=\"en-GB\"", with: "hreflang=\"en_GB\"")],
             location: "de/index.html:7:33", message: "uses an underscore"),
        Case(check: .hreflangCode, files: ["de/index.html": de.replacing("hreflang=\"en-GB\"", with: "hreflang=\"qq\"")],
             location: "de/index.html:7:33", message: "unknown language 'qq'"),
        Case(check: .hreflangSelf, files: ["de/index.html": de.replacing("<link rel=\"alternate\" hreflang=\"de-DE\" href=\"https://shop.example.com/de/\">\n", with: "")],
             location: "de/index.html:6:33", message: "leave out this page itself"),
        Case(check: .hreflangReciprocal, files: ["de/index.html": de.replacing("<link rel=\"alternate\" hreflang=\"en-GB\" href=\"https://shop.example.com/en/\">\n", with: "")],
             location: "en/index.html:7:33", message: "has no hreflang link back to this page"),
        Case(check: .hreflangReciprocal, files: ["de/index.html": de.replacing("hreflang=\"en-GB\"", with: "hreflang=\"en-US\"")],
             location: "de/index.html:7:33", message: "which calls itself 'en-GB'"),
        Case(check: .hreflangDuplicate, files: ["de/index.html": de.replacing("<link rel=\"alternate\" hreflang=\"x-default\"", with: "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://shop.example.com/de/\">\n<link rel=\"alternate\" hreflang=\"x-default\"")],
             location: "de/index.html:9:33", message: "hreflang 'x-default' names two URLs"),
        Case(check: .hreflangXDefault, files: ["de/index.html": SiteFixture.page(lang: "de-DE", own: "de", other: ("en-GB", "en"), xDefault: "de")],
             location: "en/index.html:8:33", message: "use one x-default page"),
        Case(check: .htmlLang, files: ["de/index.html": de.replacing("<html lang=\"de-DE\">", with: "<html lang=\"de-AT\">")],
             location: "de/index.html:2:13", message: "disagrees with the page's own hreflang 'de-DE'"),
        Case(check: .htmlLang, files: ["de/index.html": de.replacing("<html lang=\"de-DE\">", with: "<html>")],
             location: "de/index.html:2:1", message: "has no <html lang=\"de-DE\">"),
        Case(check: .canonicalMissing, files: ["de/index.html": de.replacing("<link rel=\"canonical\" href=\"https://shop.example.com/de/\">\n", with: "")],
             location: "de/index.html:5:33", message: "add <link rel=\"canonical\" href=\"https://shop.example.com/de/\">"),
        Case(check: .canonicalInvalid, files: ["de/index.html": de.replacing("<link rel=\"canonical\" href=\"https://shop.example.com/de/\">", with: "<link rel=\"canonical\" href=\"/de/\">")],
             location: "de/index.html:5:29", message: "'/de/' is not absolute"),
        Case(check: .canonicalInvalid, files: ["de/index.html": de.replacing("<meta charset=\"utf-8\">", with: "<link rel=canonical href=https://shop.example.com/de/>")],
             location: "de/index.html:5:29", message: "a second canonical"),
        Case(check: .canonicalSelf, files: ["de/index.html": de.replacing("<link rel=\"canonical\" href=\"https://shop.example.com/de/\">", with: "<link rel=\"canonical\" href=\"https://shop.example.com/en/\">")],
             location: "de/index.html:5:29", message: "contradicts this page's hreflang links"),
        Case(check: .canonicalHreflang, files: ["en/index.html": en.replacing("hreflang=\"de-DE\" href=\"https://shop.example.com/de/\"", with: "hreflang=\"de-DE\" href=\"https://shop.example.com/de\"")],
             location: "en/index.html:7:33", message: "but that page's canonical is https://shop.example.com/de/"),
        Case(check: .linkTarget, files: ["de/index.html": de.replacing("<meta charset=\"utf-8\">", with: "<link rel=\"alternate\" hreflang=\"fr-FR\" href=\"https://shop.example.com/fr/\">")],
             location: "de/index.html:4:33", message: "fr/index.html)"),
        Case(check: .robotsSitemap, files: ["robots.txt": "User-agent: *\nSitemap: /sitemap.xml\n"],
             location: "robots.txt:2:9", message: "'/sitemap.xml' is not an absolute URL"),
        Case(check: .robotsSitemap, files: ["robots.txt": "Sitemap: https://shop.example.com/sitemap-2.xml\n"],
             location: "robots.txt:1:9", message: "names no file of the folder"),
        Case(check: .robotsHost, files: ["robots.txt": SiteFixture.robots + "Host: shop.example.com\n"],
             location: "robots.txt:5:1", message: "Host: directive is obsolete"),
        Case(check: .sitemapSyntax, files: ["sitemap.xml": SiteFixture.sitemap().replacing("</urlset>", with: "</url>")],
             location: "sitemap.xml:17:", message: "end tag does not match"),
        Case(check: .sitemapSyntax, files: ["sitemap.xml": "<?xml version=\"1.0\"?>\n<urlset>\n</urlset>\n"],
             location: "sitemap.xml:1:1", message: "not <urlset> or <sitemapindex>"),
        Case(check: .sitemapSyntax, files: ["sitemap.xml": SiteFixture.sitemap().replacing("</urlset>\n", with: "")],
             location: "sitemap.xml:2:", message: "ends before <urlset> is closed"),
        Case(check: .sitemapURL, files: ["sitemap.xml": SiteFixture.sitemap(extra: "  <url><loc>https://shop.example.com/fr/</loc></url>\n")],
             location: "sitemap.xml:17:", message: "names no file of the folder"),
        Case(check: .sitemapLastmod, files: ["sitemap.xml": SiteFixture.sitemap().replacing("<lastmod>2026-11-26</lastmod>", with: "<lastmod>2026-11-26 10:00</lastmod>", maxReplacements: 1)],
             location: "sitemap.xml:5:", message: "is not a W3C datetime"),
        Case(check: .sitemapMissingPage, files: ["sitemap.xml": SiteFixture.sitemap(["en"])],
             location: "de/index.html:2:1", message: "is in no sitemap"),
        Case(check: .sitemapMissingPage, files: ["sitemap.xml": "", "robots.txt": ""],
             location: ":0:0", message: "the site has no sitemap"),
        Case(check: .sitemapAlternates, files: ["sitemap.xml": SiteFixture.sitemap().replacing("hreflang=\"de-DE\"", with: "hreflang=\"de\"", maxReplacements: 1)],
             location: "sitemap.xml:4:", message: "only the sitemap has de https://shop.example.com/de/"),
        Case(check: .sitemapCompressed, files: ["sitemap-2.xml.gz": "\u{1F}"],
             location: "sitemap-2.xml.gz:0:0", message: "the compressed sitemap cannot be read: not gzip data"),
        Case(check: .sitemapLimit, files: ["sitemap.xml": "<?xml version=\"1.0\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>https://shop.example.com/inner.xml</loc></sitemap></sitemapindex>\n", "inner.xml": "<?xml version=\"1.0\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></sitemapindex>\n"],
             location: "sitemap.xml:2:", message: "which is itself a sitemap index"),
        Case(check: .jsonLDSyntax, files: ["de/index.html": de.replacing("\"price\":349.00,", with: "\"price\":349.00,,")],
             location: "de/index.html:9:", message: "the JSON-LD is not valid JSON"),
        Case(check: .jsonLDProduct, files: ["de/index.html": de.replacing("\"price\":349.00", with: "\"price\":\"349,00 €\"")],
             location: "de/index.html:9:", message: "price '349,00 €' is not a plain decimal number"),
        Case(check: .jsonLDProduct, files: ["de/index.html": de.replacing("\"priceCurrency\":\"EUR\"", with: "\"priceCurrency\":\"XXY\"")],
             location: "de/index.html:9:", message: "priceCurrency 'XXY' is not an ISO 4217"),
        Case(check: .jsonLDProduct, files: ["de/index.html": de.replacing("\"name\":\"Tent\",", with: "")],
             location: "de/index.html:9:36", message: "the Product has no name"),
        Case(check: .jsonLDRecommended, files: ["de/index.html": de.replacing("\"https://schema.org/InStock\"", with: "\"in stock\"")],
             location: "de/index.html:9:", message: "availability 'in stock' is not a schema.org URL"),
    ]

    @Test(arguments: cases)
    func firesOnASiteBrokenForIt(_ broken: Case) throws {
        let site = try SiteFixture(files: broken.files)
        let findings = try site.audit()
        let matching = findings.filter { $0.check == broken.check && $0.message.contains(broken.message) }
        #expect(matching.count == 1, "\(findings.map { "\($0.location): \($0.message) [\($0.check)]" })")
        let location = matching.first.map { "\($0.location)" } ?? ""
        let expected = broken.location.hasPrefix(":") ? site.path + broken.location : broken.location
        #expect(location.hasPrefix(expected), "\(location)")
    }

    @Test func acceptsALanguageSelectorThatIsTheXDefault() throws {
        let selector = """
            <!doctype html><html lang="en"><head>
            <link rel="canonical" href="https://shop.example.com/">
            <link rel="alternate" hreflang="de-DE" href="https://shop.example.com/de/">
            <link rel="alternate" hreflang="en-GB" href="https://shop.example.com/en/">
            <link rel="alternate" hreflang="x-default" href="https://shop.example.com/">
            </head></html>
            """
        let pointingAtSelector = { (page: String) in
            page.replacing("hreflang=\"x-default\" href=\"https://shop.example.com/en/\"", with: "hreflang=\"x-default\" href=\"https://shop.example.com/\"")
        }
        let site = try SiteFixture(files: [
            "index.html": selector, "en/index.html": pointingAtSelector(Self.en), "de/index.html": pointingAtSelector(Self.de),
            "sitemap.xml": SiteFixture.sitemap(alternates: false, extra: "  <url><loc>https://shop.example.com/</loc></url>\n"),
        ])
        #expect(try site.audit() == [])
    }

    @Test func reportsAnUnknownBaseURLOnce() throws {
        let page = "<html lang=\"en\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://a.example/\"></html>"
        let site = try SiteFixture(files: ["en/index.html": page, "de/index.html": page])
        let findings = try site.audit().filter { $0.check == .baseURL }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("pass --base-url") == true)
    }

    @Test func reportsAFileTooLargeToReadAndSkipsDanglingLinks() throws {
        let site = try SiteFixture()
        try site.folder.link("broken.html", to: "/no/such/file")
        // A sparse file: 65 MiB long, no disk used.
        let huge = try site.folder.write("huge/index.html", "<html lang=en>")
        #expect(truncate(huge, 65 << 20) == 0)
        let findings = try site.audit()
        #expect(findings.map(\.check) == [.unreadable], "\(findings)")
        #expect(findings.first?.location.file == "huge/index.html")
        #expect(findings.first?.message == "the file has 68,157,440 bytes, more than the 64 MiB locgen seo check reads; it was not checked")
    }

    @Test func stopsAtAFolderThatIsNotThere() {
        #expect(throws: LocGenError.self) { try SiteAuditor(directory: "/no/such/site").audit() }
        #expect(throws: LocGenError.self) { try SiteAuditor(directory: "/", baseURLs: ["shop.example.com"]).audit() }
    }

    @Test func mapsOtherHostsToTheirHostsFolder() throws {
        let cn = """
            <html lang="zh-Hans-CN"><head>
            <link rel="canonical" href="https://shop.example.cn/">
            <link rel="alternate" hreflang="zh-Hans-CN" href="https://shop.example.cn/">
            </head></html>
            """
        let sitemap = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:mobile="http://www.baidu.com/schemas/sitemap-mobile/1/">
              <url><loc>https://shop.example.cn/</loc><mobile:mobile type="pc,mobile"/></url>
              <url><loc>https://shop.example.com/en/</loc><mobile:mobile type="pc,mobile"/></url>
            </urlset>
            """
        let site = try SiteFixture(files: ["_hosts/shop.example.cn/index.html": cn, "_hosts/shop.example.cn/sitemap-baidu.xml": sitemap])
        let findings = try site.audit()
        #expect(findings.map(\.check) == [.sitemapURL], "\(findings)")
        #expect(findings.first?.message.contains("is on shop.example.com, but this sitemap is served on shop.example.cn") == true)
    }

    @Test func strictMakesWarningsErrors() throws {
        let site = try SiteFixture(files: ["robots.txt": SiteFixture.robots + "Host: x\n"])
        let relaxed = try SiteAuditor(directory: site.path).audit()
        #expect(relaxed.exitStatus == 0)
        #expect(relaxed.diagnostics.map(\.severity) == [.warning])
        let strict = try SiteAuditor(directory: site.path, isStrict: true).audit()
        #expect(strict.exitStatus == 1)
        #expect(strict.diagnostics.map(\.severity) == [.error])
    }

    @Test func readsACompressedSitemapLikeAPlainOne() throws {
        let robots = SiteFixture.robots.replacingOccurrences(of: "sitemap.xml", with: "sitemap.xml.gz")
        let site = try SiteFixture(files: ["sitemap.xml": "", "robots.txt": robots])
        _ = try site.folder.write("sitemap.xml.gz", bytes: Gzip.compress(Array(SiteFixture.sitemap().utf8)))
        #expect(try site.audit().isEmpty)
        // Without the sitemap's URLs both pages would be missing from sitemaps: its URLs were read.
        let unlisted = try SiteFixture(files: ["sitemap.xml": "", "robots.txt": robots])
        _ = try unlisted.folder.write("sitemap.xml.gz", bytes: Gzip.compress(Array(SiteFixture.sitemap(["en"]).utf8)))
        #expect(try unlisted.audit().map(\.check) == [.sitemapMissingPage])
    }
}
