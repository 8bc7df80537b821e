import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// The sitemaps' `lastmod`: the day a page's bytes last changed, kept between builds in the manifest.
struct LastModifiedTests {
    static let first = LocalDateTime(year: 2026, month: 11, day: 26)
    static let second = LocalDateTime(year: 2026, month: 12, day: 3)

    /// Each URL of the output's sitemaps with its `lastmod`.
    static func lastModified(in site: BuildFixture) throws -> [String: String] {
        var dates: [String: String] = [:]
        for file in ["sitemap.xml", "_hosts/shop.example.cn/sitemap.xml"] {
            let text = try Gzip.readText(atPath: site.output + "/" + file)
            for item in text.components(separatedBy: "<url>").dropFirst() {
                let url = item.components(separatedBy: "<loc>")[1].components(separatedBy: "</loc>")[0]
                let date = item.components(separatedBy: "<lastmod>").dropFirst().first?
                    .components(separatedBy: "</lastmod>")[0]
                dates[url] = date ?? "none"
            }
        }
        return dates
    }

    @Test func everyURLGetsTheBuildsDay() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: Self.first)
        let dates = try Self.lastModified(in: site)
        #expect(dates.count == 15)
        #expect(Set(dates.values) == ["2026-11-26"])
    }

    @Test func anUnchangedPageKeepsItsDayAcrossRebuilds() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: Self.first)
        // A new template file changes every page's inputs, so every page is rendered again, to the same bytes.
        _ = try site.folder.write("theme/templates/unused.mustache", "{{! not used }}\n")
        let report = try await site.build(date: Self.second)
        #expect(report.renderedPages == 15)
        #expect(Set(try Self.lastModified(in: site).values) == ["2026-11-26"])
        // And reused pages keep their day without being read.
        _ = try site.folder.write("site/static/extra.txt", "x\n")
        let reused = try await site.build(date: Self.second)
        #expect(reused.reusedPages == 15)
        #expect(Set(try Self.lastModified(in: site).values) == ["2026-11-26"])
    }

    @Test func aChangedProductMovesOnlyItsPagesDays() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: Self.first)
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        _ = try await site.build(date: Self.second)
        let moved = try Self.lastModified(in: site).filter { $0.value == "2026-12-03" }.keys.sorted()
        // p3's three pages and the three index pages that show its price.
        #expect(
            moved == [
                "https://shop.example.cn/",
                "https://shop.example.cn/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
                "https://shop.example.com/ch/",
                "https://shop.example.com/ch/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
                "https://shop.example.com/de/",
                "https://shop.example.com/de/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
            ]
        )
    }

    @Test func aBuildOfSomeMarketsKeepsTheOthersDays() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: Self.first)
        let subset = try await site.build(markets: ["ch"], date: Self.second)
        #expect(subset.reusedPages == 5)
        #expect(BuildManifest.read(output: site.output).pages.count == 15)
        let report = try await site.build(date: LocalDateTime(year: 2026, month: 12, day: 10))
        // The pages of de and cn are rendered again (their files were not in the subset's output), to the
        // same bytes.
        #expect(report.renderedPages == 10)
        #expect(Set(try Self.lastModified(in: site).values) == ["2026-11-26"])
    }

    @Test func aBuildWithoutADateWritesNoLastmod() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        #expect(Set(try Self.lastModified(in: site).values) == ["none"])
    }

    @Test func anOldManifestIsReadAsNoManifest() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: Self.first)
        let path = site.output + "/" + BuildManifest.path
        let old = #"{"version": 1, "pages": {"de/index.html": "0123456789abcdef"}}"#
        try Data(old.utf8).write(to: URL(fileURLWithPath: path))
        #expect(BuildManifest.read(output: site.output).pages.isEmpty)
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        #expect(BuildManifest.read(output: site.output).pages.isEmpty)
        _ = try site.folder.write("site/static/extra.txt", "x\n")
        let report = try await site.build(date: Self.second)
        #expect(report.renderedPages == 15)
        #expect(Set(try Self.lastModified(in: site).values) == ["2026-12-03"])
    }

    @Test func recordsRoundTripThroughTheirText() {
        let page = BuildManifest.Page(inputHash: 1, contentHash: 0xFFFF_FFFF_FFFF_FFFF, lastModified: "2026-11-26")
        #expect(page.text == "0000000000000001 ffffffffffffffff 2026-11-26")
        #expect(BuildManifest.Page(page.text) == page)
        #expect(BuildManifest.Page("0000000000000001 0000000000000002 -")?.lastModified == nil)
        #expect(BuildManifest.Page("zz 1 -") == nil)
    }
}

/// IndexNow: the key file on every host and the changed URLs as request bodies in `.locgen/indexnow/`.
struct IndexNowBuildTests {
    static let key = "3f6c1d2e9a8b4c7d"

    static func site() throws -> BuildFixture {
        let site = try BuildFixture()
        try site.folder.write("site/locgen.yaml", BuildFixture.config + "\nseo:\n  indexnow:\n    key: \(key)\n")
        return site
    }

    static func requests(in site: BuildFixture) throws -> [IndexNowRequest] {
        try IndexNowSubmission.pending(output: site.output).items.map(\.request)
    }

    @Test func publishesTheKeyOnEveryHostAndListsEveryPageOfTheFirstBuild() async throws {
        let site = try Self.site()
        _ = try await site.build()
        #expect(site.page("\(Self.key).txt") == Self.key)
        #expect(site.page("_hosts/shop.example.cn/\(Self.key).txt") == Self.key)
        let requests = try Self.requests(in: site)
        #expect(requests.map(\.host) == ["shop.example.cn", "shop.example.com"])
        #expect(
            requests.map(\.keyLocation) == [
                "https://shop.example.cn/\(Self.key).txt", "https://shop.example.com/\(Self.key).txt",
            ]
        )
        #expect(requests.map(\.urls.count) == [5, 10])
        // The URLs are the sitemaps' URLs.
        let sitemapURLs = Set(try LastModifiedTests.lastModified(in: site).keys)
        #expect(Set(requests.flatMap(\.urls)) == sitemapURLs)
        #expect(
            site.page(".locgen/indexnow/shop.example.cn-1.json").hasPrefix(
                "{\n  \"host\": \"shop.example.cn\",\n  \"key\": \"\(Self.key)\",\n  \"keyLocation\": \"https://shop.example.cn/\(Self.key).txt\",\n  \"urlList\": [\n    \"https://shop.example.cn/\",\n"
            )
        )
    }

    @Test func listsChangedAndRemovedPagesOnly() async throws {
        let site = try Self.site()
        _ = try await site.build()
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        products.remove(at: 1)
        try site.writeCatalog(products)
        _ = try await site.build()
        let requests = try Self.requests(in: site)
        #expect(
            requests.flatMap(\.urls) == [
                "https://shop.example.cn/",
                "https://shop.example.cn/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
                "https://shop.example.cn/apple-basket/",
                "https://shop.example.com/ch/",
                "https://shop.example.com/ch/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
                "https://shop.example.com/de/",
                "https://shop.example.com/de/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
                "https://shop.example.com/de/apple-basket/",
            ]
        )
        // Nothing changed: no request is left.
        _ = try site.folder.write("site/static/extra.txt", "x\n")
        _ = try await site.build()
        #expect(try Self.requests(in: site).isEmpty)
    }

    @Test func splitsAt10000URLsPerRequest() {
        let urls = (0..<25_001).map { "https://shop.example.com/p/\($0)/" }
        let requests = IndexNowRequest.requests(host: "shop.example.com", key: Self.key, keyLocation: "k", urls: urls)
        #expect(requests.map(\.urls.count) == [10_000, 10_000, 5_001])
        #expect(Set(requests.flatMap(\.urls)) == Set(urls))
        #expect(IndexNowRequest(body: Array(requests[2].body.utf8)) == requests[2])
    }

    @Test func aSiteThatWasNotBuiltHasNothingToSubmit() throws {
        let site = try Self.site()
        #expect(throws: LocGenError.self) { try IndexNowSubmission.pending(output: site.output) }
    }

    @Test func theAddressOfAPageFollowsTheOutputLayout() throws {
        let base = try SiteURL("https://example.github.io/shop/")
        #expect(
            PageChanges.address(ofPage: "de/zelt/index.html", baseURL: base) == (
                "example.github.io", "https://example.github.io/shop/de/zelt/"
            )
        )
        #expect(
            PageChanges.address(ofPage: "index.html", baseURL: base) == (
                "example.github.io", "https://example.github.io/shop/"
            )
        )
        #expect(
            PageChanges.address(ofPage: "_hosts/shop.example.cn/帐篷/index.html", baseURL: base)
                == ("shop.example.cn", "https://shop.example.cn/%E5%B8%90%E7%AF%B7/")
        )
    }
}

@Suite("The manifest is read back as written")
struct BuildManifestTextTests {
    private static func page(_ number: UInt64, _ day: String?) -> BuildManifest.Page {
        BuildManifest.Page(inputHash: number, contentHash: ~number, lastModified: day)
    }

    /// Writes `text` as a manifest file and reads it back as a build does.
    private static func parse(_ text: String) throws -> BuildManifest? {
        let folder = try TemporaryDirectory()
        try folder.write("manifest.json", text)
        return BuildManifest.read(file: folder.path + "/manifest.json")
    }

    @Test func readsBackEveryPathAndRecord() throws {
        var manifest = BuildManifest()
        manifest.pages = [
            "de/zelt/index.html": Self.page(1, "2026-11-26"),
            "ru/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/index.html": Self.page(2, nil),
            "odd \"quoted\" \\ path\u{2028}é😀/index.html": Self.page(3, "2026-12-03"),
            "index.html": Self.page(.max, "2026-11-26"),
        ]
        let parsed = try #require(try Self.parse(manifest.text))
        #expect(parsed.pages == manifest.pages)
        #expect(try Self.parse(BuildManifest().text)?.pages.isEmpty == true)
    }

    @Test(arguments: [
        "", "{}", "not json", "{\n  \"version\": 1,\n  \"pages\": {}\n}\n",
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\": \"1 2 -\"\n  }\n}\n",
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\": \"zz 2 -\"\n  }\n}\n",
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\\q\": \"1 2 -\"\n  }\n}\n",
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"a\": \"1 2 -\"\n",
        "{\n  \"version\": 2,\n  \"pages\": {\n    \"\\ud800\": \"1 2 -\"\n  }\n}\n",
    ])
    func readsOnlyWhatItWrites(text: String) throws {
        // One case is a manifest as locgen writes it, with one page; every other one is refused.
        let parsed = try Self.parse(text)
        if text.contains("\"a\": \"1 2 -\"\n  }\n}\n") {
            #expect(parsed?.pages["a"] == BuildManifest.Page(inputHash: 1, contentHash: 2, lastModified: nil))
        } else {
            #expect(parsed == nil)
        }
    }
}
