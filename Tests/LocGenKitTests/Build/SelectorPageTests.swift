import Foundation
import Testing

@testable import LocGenKit

/// The language selector at the site's root: the front door, and x-default when `locgen.yaml` says so.
struct SelectorPageTests {
    static func site(config: String) throws -> BuildFixture {
        let site = try BuildFixture()
        try site.folder.write("site/locgen.yaml", config)
        try site.folder.write("site/locales/en.yaml", "title: Shop\nselector: { title: Choose }\n")
        return site
    }

    @Test func listsEveryMarketInItsOwnLanguageAtTheRoot() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let page = site.page("index.html")
        for line in [
            "template=selector", "selector.lang=en", "selector.dir=ltr", "selector.canonical=https://shop.example.com/",
            "selector.isXDefault=false",
            // By each market's own name in the root collation: Latin before Han, ties by id.
            "markets[0].nativeName=Deutsch (Deutschland)",
            "markets[1].id=ch", "markets[1].lang=de-CH", "markets[1].nativeName=Deutsch (Schweiz)",
            "markets[1].url=https://shop.example.com/ch/",
            "markets[2].lang=zh-Hans-CN", "markets[2].nativeName=中文（简体，中国）", "markets[2].url=https://shop.example.cn/",
        ] {
            #expect(page.contains(line + "\n"), "\(line)")
        }
        // Not x-default here, but still the site's front door: the sitemap lists it.
        #expect(site.page("sitemap.xml").contains("<loc>https://shop.example.com/</loc>"))
    }

    @Test func isEveryClustersXDefaultAndInTheSitemapWhenConfigured() async throws {
        let site = try Self.site(
            config: BuildFixture.config.replacingOccurrences(of: "markets:\n", with: "x-default: selector\nmarkets:\n")
        )
        _ = try await site.build()
        #expect(site.page("index.html").contains("selector.isXDefault=true\n"))
        #expect(site.page("index.html").contains("t.title=Shop\n"))
        for page in ["de/zelt/index.html", "ch/банан/index.html", "_hosts/shop.example.cn/安全带/index.html"] {
            #expect(site.page(page).contains("seo.alternates[3].href=https://shop.example.com/\n"), "\(page)")
            #expect(site.page(page).contains("seo.alternates[3].hreflang=x-default\n"), "\(page)")
        }
        #expect(site.page("sitemap.xml").contains("<loc>https://shop.example.com/</loc>"))
        // Only the main host's sitemap: the Chinese host's pages live elsewhere.
        #expect(!site.page("_hosts/shop.example.cn/sitemap.xml").contains("<loc>https://shop.example.com/</loc>"))
    }

    @Test func leavesTheRootToTheSitesOwnIndexPage() async throws {
        let site = try BuildFixture()
        try site.folder.write("site/static/index.html", "<!doctype html><title>Welcome</title>\n")
        let report = try await site.build()
        #expect(site.page("index.html") == "<!doctype html><title>Welcome</title>\n")
        #expect(report.totalPages == 14)
    }

    @Test func leavesTheRootToAMarketLivingThere() async throws {
        let site = try Self.site(config: BuildFixture.config.replacingOccurrences(of: "path: /de/", with: "path: /"))
        _ = try await site.build()
        #expect(site.page("index.html").contains("template=market-index\n"))
    }
}
