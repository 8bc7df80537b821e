import Foundation
import LocGenKit
import Testing

/// The sitemap protocol's limits, on generated files just over them.
struct SitemapLimitTests {
    static func urlset(count: Int, namespace: String = "", padding: Int = 0) -> String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\(namespace)>\n"
        let filler = String(repeating: " ", count: padding)
        for _ in 0..<count { text += "  <url><loc>https://shop.example.com/en/</loc>\(filler)</url>\n" }
        return text + "</urlset>\n"
    }

    @Test func reportsMoreThanFiftyThousandURLs() throws {
        let site = try SiteFixture(files: ["sitemap.xml": Self.urlset(count: 50_001)])
        let findings = try site.audit().filter { $0.check == .sitemapLimit }
        #expect(findings.map(\.message) == ["the file lists 50,001 URLs, over the limit of 50,000; split it"])
        #expect(findings.first?.location.line == 50_003)
    }

    @Test func reportsASitemapOverFiftyMegabytesWithoutReadingAHugeOne() throws {
        let site = try SiteFixture()
        // A sparse file: 101 MiB long, no disk used, too large to be worth reading.
        let path = try site.folder.write("sitemap-2.xml", "<?xml version=\"1.0\"?>")
        #expect(truncate(path, 101 << 20) == 0)
        let findings = try site.audit().filter { $0.check == .sitemapLimit }
        #expect(findings.map(\.message) == ["the file has 105,906,176 bytes, over the limit of 50 MB; split it under a sitemap index (it was too large to read)"])
        #expect(findings.first?.location.file == "sitemap-2.xml")
    }

    @Test func reportsABaiduSitemapOverTenMegabytes() throws {
        let mobile = " xmlns:mobile=\"http://www.baidu.com/schemas/sitemap-mobile/1/\""
        var text = Self.urlset(count: 1_100, namespace: mobile, padding: 10_000)
        text = text.replacingOccurrences(of: "</url>", with: "<mobile:mobile type=\"pc,mobile\"/></url>")
        let site = try SiteFixture(files: ["sitemap.xml": text])
        let findings = try site.audit().filter { $0.check == .sitemapLimit }
        #expect(findings.count == 1)
        #expect(findings.first?.message.contains("over the limit of 10 MB for Baidu's mobile sitemaps") == true)
        // The same size is fine for a standard sitemap.
        let standard = try SiteFixture(files: ["sitemap.xml": Self.urlset(count: 1_100, padding: 10_000)])
        #expect(try standard.audit().filter { $0.check == .sitemapLimit }.isEmpty)
    }
}
