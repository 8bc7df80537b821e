import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

struct SitemapTests {
    static let entries = [
        Sitemap.Entry(
            url: "https://shop.example.com/de/zelt/",
            alternates: [
                .init(hreflang: "de-DE", href: "https://shop.example.com/de/zelt/"),
                .init(hreflang: "en-US", href: "https://shop.example.com/us/tent/"),
                .init(hreflang: "x-default", href: "https://shop.example.com/us/tent/"),
            ]
        ),
        Sitemap.Entry(url: "https://shop.example.com/de/", alternates: []),
    ]

    @Test func writesAlternatesForEveryURLInTheStandardSitemap() {
        let files = Sitemap(kind: .standard, origin: "https://shop.example.com").files(for: Self.entries)
        #expect(files.map(\.name) == ["sitemap.xml"])
        #expect(
            files[0].text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                    <loc>https://shop.example.com/de/</loc>
                  </url>
                  <url>
                    <loc>https://shop.example.com/de/zelt/</loc>
                    <xhtml:link rel="alternate" hreflang="de-DE" href="https://shop.example.com/de/zelt/"/>
                    <xhtml:link rel="alternate" hreflang="en-US" href="https://shop.example.com/us/tent/"/>
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://shop.example.com/us/tent/"/>
                  </url>
                </urlset>

                """
        )
    }

    @Test func writesBaidusMobileMarkupAndNoHreflang() {
        let files = Sitemap(kind: .baidu, origin: "https://shop.example.cn").files(for: [
            Sitemap.Entry(url: "https://shop.example.cn/tent/", alternates: Self.entries[0].alternates)
        ])
        #expect(files.map(\.name) == ["sitemap-baidu.xml"])
        #expect(files[0].text.contains("xmlns:mobile=\"http://www.baidu.com/schemas/sitemap-mobile/1/\""))
        #expect(files[0].text.contains("<mobile:mobile type=\"pc,mobile\"/>"))
        #expect(!files[0].text.contains("xhtml"))
    }

    @Test func splitsAtTheURLLimitUnderAnIndex() {
        var sitemap = Sitemap(kind: .standard, origin: "https://shop.example.com")
        sitemap.maximumURLs = 2
        let entries = (0..<5).map { Sitemap.Entry(url: "https://shop.example.com/p\($0)/", alternates: []) }
        let files = sitemap.files(for: entries)
        #expect(files.map(\.name) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        #expect(files[0].text.components(separatedBy: "<url>").count == 3)
        #expect(files[2].text.components(separatedBy: "<url>").count == 2)
        #expect(files[3].text.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        #expect(files[3].text.contains("<sitemap><loc>https://shop.example.com/sitemap-3.xml</loc></sitemap>"))
    }

    @Test func splitsAtTheSizeLimit() {
        var sitemap = Sitemap(kind: .baidu, origin: "https://shop.example.cn")
        sitemap.maximumBytes = 600
        let entries = (0..<6).map { Sitemap.Entry(url: "https://shop.example.cn/product-\($0)/", alternates: []) }
        let files = sitemap.files(for: entries)
        #expect(files.count > 2)
        #expect(files.dropLast().allSatisfy { $0.text.utf8.count <= 600 })
        #expect(files.last?.name == "sitemap-baidu.xml")
    }

    @Test func splits120000URLsIntoThreeSitemaps() {
        let entries = (0..<120_000).map { Sitemap.Entry(url: "https://shop.example.com/p/\($0)/", alternates: []) }
        let files = Sitemap(kind: .standard, origin: "https://shop.example.com").files(for: entries)
        #expect(files.map(\.name) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        #expect(files[0].text.components(separatedBy: "<url>").count - 1 == 50_000)
        #expect(files[2].text.components(separatedBy: "<url>").count - 1 == 20_000)
    }

    /// 120,000 product pages of six markets, each with its cluster of six alternates and a lastmod: parts of at
    /// most 50,000 URLs and 50 MB, under an index that names each part once, absolutely, as `.xml.gz`.
    @Test func splits120000URLsWithClustersWithinTheLimits() throws {
        let markets = ["de", "fr", "it", "nl", "pl", "uk"]
        var entries: [Sitemap.Entry] = []
        entries.reserveCapacity(120_000)
        for product in 0..<20_000 {
            let alternates = markets.map {
                PageHead.Alternate(hreflang: $0, href: "https://shop.example.com/\($0)/a-long-product-slug-\(product)/")
            }
            for (market, alternate) in zip(markets, alternates) {
                _ = market
                entries.append(Sitemap.Entry(url: alternate.href, alternates: alternates, lastModified: "2026-11-26"))
            }
        }
        let sitemap = Sitemap(kind: .standard, origin: "https://shop.example.com", isCompressed: true)
        var files: [(name: String, bytes: Int, urls: Int, text: String?)] = []
        sitemap.write(entries) { name, text in
            let urls = text.components(separatedBy: "<url>").count - 1
            files.append((name, text.utf8.count, urls, name == "sitemap.xml.gz" ? text : nil))
        }
        let index = try #require(files.last?.text)
        let parts = files.dropLast()
        #expect(parts.map(\.urls) == [50_000, 50_000, 20_000])
        #expect(parts.allSatisfy { $0.bytes <= 50 * 1024 * 1024 })
        #expect(parts.reduce(0) { $0 + $1.urls } == 120_000)
        #expect(parts.map(\.name) == (1...parts.count).map { "sitemap-\($0).xml.gz" })
        for part in parts {
            let loc = "<loc>https://shop.example.com/\(part.name)</loc>"
            let line = "<sitemap>\(loc)<lastmod>2026-11-26</lastmod></sitemap>"
            #expect(index.contains(line))
        }
        #expect(index.components(separatedBy: "<sitemap>").count - 1 == parts.count)
    }

    @Test func handsOutPiecesThatJoinToTheWholeFiles() {
        var sitemap = Sitemap(kind: .standard, origin: "https://shop.example.com")
        sitemap.maximumURLs = 3_000
        let alternates = ["de-DE", "en-GB", "fr-FR"].map {
            PageHead.Alternate(hreflang: $0, href: "https://shop.example.com/\($0)/")
        }
        let entries = (0..<7_000).map {
            Sitemap.Entry(url: "https://shop.example.com/de/product-\($0)/", alternates: alternates)
        }
        var joined: [(name: String, text: String)] = []
        var open = ""
        var largest = 0
        sitemap.write(entries) { name, piece, ends in
            largest = max(largest, piece.utf8.count)
            open += piece
            if ends {
                joined.append((name, open))
                open = ""
            }
        }
        let whole = sitemap.files(for: entries)
        #expect(joined.map(\.name) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"])
        #expect(joined.map(\.name) == whole.map(\.name))
        #expect(joined.map(\.text) == whole.map(\.text))
        // A part of about 1 MB comes in pieces of at most one item more than the piece size.
        #expect(whole[0].text.utf8.count > 3 * Sitemap.pieceSize)
        #expect(largest < Sitemap.pieceSize + 1_000)
    }

    @Test func writesLastmodAfterTheLocAndTheLatestInTheIndex() {
        var sitemap = Sitemap(kind: .baidu, origin: "https://shop.example.cn")
        sitemap.maximumURLs = 2
        let entries = [
            Sitemap.Entry(url: "https://shop.example.cn/a/", alternates: [], lastModified: "2026-11-26"),
            Sitemap.Entry(url: "https://shop.example.cn/b/", alternates: [], lastModified: "2026-12-03"),
            Sitemap.Entry(url: "https://shop.example.cn/c/", alternates: []),
        ]
        let files = sitemap.files(for: entries)
        #expect(
            files[0].text.contains("/a/</loc>\n    <lastmod>2026-11-26</lastmod>\n    <mobile:mobile")
        )
        #expect(!files[1].text.contains("lastmod"))
        #expect(
            files[2].text.contains("/sitemap-baidu-1.xml</loc><lastmod>2026-12-03</lastmod>")
        )
        #expect(files[2].text.contains("<loc>https://shop.example.cn/sitemap-baidu-2.xml</loc></sitemap>"))
    }

    @Test func escapesXML() {
        #expect(Sitemap.escape("a&b<c>\"d'") == "a&amp;b&lt;c&gt;&quot;d&#39;")
    }
}

struct DemoShopSitemapTests {
    /// The hreflang block of a product page, each engine's sitemap and each host's robots.txt, as the
    /// golden files show them.
    @Test func writesSearchEngineFilesAsTheGoldenFilesShow() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo()
        _ = folder
        let page = try DemoShopTests.page(of: "p-001", in: "de", output: output)
        let links = page.split(separator: "\n").filter { $0.hasPrefix("<link rel=\"alternate\" hreflang=") }
        let hreflang = links.joined(separator: "\n") + "\n"
        expectGolden(hreflang, "SEO/demo-de-p-001-hreflang.html")
        expectGolden(try Gzip.readText(atPath: output + "/sitemap.xml"), "SEO/demo-sitemap.xml")
        expectGolden(
            try Gzip.readText(atPath: output + "/_hosts/shop.example.cn/sitemap-baidu.xml"),
            "SEO/demo-shop.example.cn-sitemap-baidu.xml"
        )
        expectGolden(try Gzip.readText(atPath: output + "/robots.txt"), "SEO/demo-robots.txt")
        expectGolden(
            try Gzip.readText(atPath: output + "/_hosts/shop.example.cn/robots.txt"),
            "SEO/demo-shop.example.cn-robots.txt"
        )
    }

    /// `--gzip`: the same sitemaps compressed, named `.xml.gz` in robots.txt.
    @Test func writesCompressedSitemapsWithGzip() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo(gzip: true)
        _ = folder
        #expect(!FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
        let bytes = try #require(FileManager.default.contents(atPath: output + "/sitemap.xml.gz"))
        #expect(Gzip.isCompressed(bytes))
        expectGolden(try Gzip.readText(atPath: output + "/sitemap.xml.gz"), "SEO/demo-sitemap.xml")
        expectGolden(
            try Gzip.readText(atPath: output + "/_hosts/shop.example.cn/sitemap-baidu.xml.gz"),
            "SEO/demo-shop.example.cn-sitemap-baidu.xml"
        )
        let robots = try String(contentsOfFile: output + "/robots.txt", encoding: .utf8)
        #expect(robots.hasSuffix("\nSitemap: https://shop.example.com/sitemap.xml.gz\n"))
    }

    @Test func writesEachHostsSitemapsAndRobots() async throws {
        let (folder, output, _) = try await DemoShopTests.buildDemo()
        _ = folder
        let main = try String(contentsOfFile: output + "/sitemap.xml", encoding: .utf8)
        // 11 markets on the main host: 42 product pages each and a home page; and the root language selector.
        #expect(main.components(separatedBy: "<url>").count - 1 == 11 * 43 + 1)
        // Alternates may name other hosts; the URLs listed are the host's own.
        #expect(!main.contains("<loc>https://shop.example.cn"))
        #expect(main.contains("hreflang=\"zh-Hans-CN\" href=\"https://shop.example.cn/"))
        let china = try String(contentsOfFile: output + "/_hosts/shop.example.cn/sitemap-baidu.xml", encoding: .utf8)
        #expect(china.components(separatedBy: "<url>").count - 1 == 41 + 1)
        #expect(!china.contains("hreflang"))
        #expect(!FileManager.default.fileExists(atPath: output + "/_hosts/shop.example.cn/sitemap.xml"))
        let robots = try String(contentsOfFile: output + "/robots.txt", encoding: .utf8)
        #expect(robots.hasSuffix("\nSitemap: https://shop.example.com/sitemap.xml\n"))
        let chinaRobots = try String(contentsOfFile: output + "/_hosts/shop.example.cn/robots.txt", encoding: .utf8)
        #expect(chinaRobots.hasSuffix("\nSitemap: https://shop.example.cn/sitemap-baidu.xml\n"))
    }
}

struct SitemapSizeTests {
    @Test func measuresItemsExactlyAsWritten() {
        let entry = Sitemap.Entry(
            url: "https://shop.example.com/p?a=1&b='x'/",
            alternates: [.init(hreflang: "de-DE", href: "https://shop.example.com/de/<zelt>/")]
        )
        for kind in [Sitemap.Kind.standard, .baidu] {
            var sitemap = Sitemap(kind: kind, origin: "https://shop.example.com")
            // A limit exactly the size of one file with one entry keeps both entries in separate parts.
            let single = sitemap.files(for: [entry])[0].text.utf8.count
            sitemap.maximumBytes = single
            let files = sitemap.files(for: [entry, Sitemap.Entry(url: entry.url + "2", alternates: entry.alternates)])
            #expect(files.count == 3, "\(kind)")
            #expect(files[0].text.utf8.count == single, "\(kind)")
        }
    }
}
