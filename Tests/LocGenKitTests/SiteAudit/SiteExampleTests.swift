import Foundation
import LocGenKit
import Testing

/// The demo shop's built output passes `locgen seo check` untouched, and the broken example site
/// shows the checks firing.
struct SiteExampleTests {
    @Test func findsNothingInTheBuiltDemoShop() async throws {
        let (folder, output, report) = try await DemoShopTests.buildDemo()
        _ = folder
        let result = try SiteAuditor(directory: output).audit()
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(10).map { "\($0.location): \($0.message)" })")
        #expect(result.summary.filesChecked > report.totalPages)
        #expect(result.summary.scope == "\(report.totalPages) pages, 2 sitemaps")
    }

    @Test func firesEveryPageCheckOnTheBrokenExample() throws {
        let result = try SiteAuditor(directory: Repository.root + "/examples/seo-check/broken-site").audit()
        let fired = Set(result.diagnostics.map(\.check))
        // Generated in SiteAuditorTests and SitemapLimitTests instead: an unreadable file, an unknown
        // base URL and the size limits.
        let elsewhere: Set<Check.ID> = [.unreadable, .baseURL, .sitemapLimit]
        #expect(Set(Check.site.map(\.id)).subtracting(elsewhere).subtracting(fired).isEmpty)
        #expect(result.exitStatus == 1)
    }
}
