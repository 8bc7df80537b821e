import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

struct BuilderTests {
    static let pageFiles: Set<String> = [
        "de/index.html", "de/zelt/index.html", "de/apple-basket/index.html", "de/банан/index.html",
        "de/anorak/index.html",
        "ch/index.html", "ch/zelt/index.html", "ch/банан/index.html", "ch/anorak/index.html",
        "_hosts/shop.example.cn/index.html", "_hosts/shop.example.cn/tent/index.html",
        "_hosts/shop.example.cn/apple-basket/index.html", "_hosts/shop.example.cn/банан/index.html",
        "_hosts/shop.example.cn/安全带/index.html",
        // The language selector at the root of the main host.
        "index.html",
    ]

    @Test func writesOnePagePerProductAndMarketPlusIndexesAndStatic() async throws {
        let site = try BuildFixture()
        let report = try await site.build()
        #expect(
            Set(site.outputFiles().keys)
                == Self.pageFiles.union([
                    "robots.txt", "img/banana.jpg", ".locgen/manifest.json", ".locgen/inputs.json", ".locgen/products", "sitemap.xml",
                    "_hosts/shop.example.cn/sitemap.xml", "_hosts/shop.example.cn/robots.txt",
                ])
        )
        #expect(report.markets == [.init(id: "ch", pages: 4), .init(id: "cn", pages: 5), .init(id: "de", pages: 5)])
        #expect(report.renderedPages == 15)
        #expect(report.reusedPages == 0)
        #expect(report.staticFiles == 2)
        #expect(report.warnings.isEmpty)
        // The staging folder is gone once swapped in.
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
    }

    @Test func givesPagesPercentEncodedURLsPricesAndMessages() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let page = site.page("ch/банан/index.html")
        for line in [
            "product.url=https://shop.example.com/ch/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
            // The switcher lists markets by their own names: Deutsch (Deutschland), Deutsch (Schweiz), 中文.
            "markets[2].url=https://shop.example.cn/%D0%B1%D0%B0%D0%BD%D0%B0%D0%BD/",
            "markets[1].isCurrent=true",
            // 12.34 EUR × 0.9421 = 11.6255 CHF, cash-rounded to 0.05.
            "price.amount=11.65", "price.formatted=CHF\u{A0}11.65", "price.currency=CHF",
            "price.parts.currency=CHF", "price.parts.integer=11", "price.parts.decimal=.", "price.parts.fraction=65",
            "product.name=Banane", "product.images[0].src=https://shop.example.com/img/banana.jpg",
            "arg.count=number(\"1\")", "t.stock=noch 1 Stück",
            // The site's `de` bundle comes before the theme's `de-CH` one.
            "t.title=Laden",
        ] {
            #expect(page.contains(line + "\n"), "\(line)")
        }
        let china = site.page("_hosts/shop.example.cn/安全带/index.html")
        #expect(china.contains("product.url=https://shop.example.cn/%E5%AE%89%E5%85%A8%E5%B8%A6/\n"))
        #expect(china.contains("price.formatted=¥49.00\n"))
        #expect(china.contains("t.title=商店\n"))
        let german = site.page("de/zelt/index.html")
        #expect(german.contains("dates.created=1. März 2026\n"))
        #expect(german.contains("arg.returnsDays=number(\"30\")\n"))
        #expect(german.contains("product.inStock=false\n"))
        // p2 is not sold in Switzerland: its switcher leaves ch out.
        #expect(!site.page("de/apple-basket/index.html").contains("markets[0].id=ch\n"))
    }

    @Test func sortsIndexPagesByTheLocalesCollation() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        func names(_ path: String) -> [String] {
            site.page(path).split(separator: "\n").filter { $0.hasPrefix("products[") && $0.contains("].name=") }
                .map { String($0.split(separator: "=", maxSplits: 1)[1]) }
        }
        // German: Ä sorts with A (code point order would put it after Z).
        #expect(names("de/index.html") == ["Anorak", "Äpfelkorb", "Banane", "Zelt"])
        #expect(names("ch/index.html") == ["Anorak", "Banane", "Zelt"])
        // Chinese: Han by pinyin (an before zhong), ahead of Latin.
        #expect(names("_hosts/shop.example.cn/index.html") == ["安全带", "中式帐篷", "Apple basket", "Banana"])
    }

    @Test func identicalInputGivesIdenticalBytes() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let first = site.outputFiles()
        try FileManager.default.removeItem(atPath: site.output)
        _ = try await site.build()
        #expect(site.outputFiles() == first)
    }

    @Test func failedBuildLeavesThePreviousOutputAndNoStaging() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let before = site.outputFiles()
        try site.writeCatalog(BuildFixture.products + [#"{"id": "p5", "slug": "new", "price": "1", "name": "New"}"#])
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await site.build(renderer: TestRenderer(failingProductID: "p5"))
        }
        #expect(failure?.kind == .build)
        #expect(failure?.exitCode == 1)
        // The first failing page of a product stops that product; the others go on.
        #expect(
            failure?.errors.map(\.message) == ["product.html:3:7: cannot render p5 (rendering 'ch/new/index.html')"]
        )
        #expect(site.outputFiles() == before)
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
    }

    @Test func stopsAfterAHundredErrors() async throws {
        let site = try BuildFixture()
        try site.writeCatalog((0..<200).map { #"{"id": "q\#($0)", "slug": "s\#($0)", "price": "1", "name": "N"}"# })
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await site.build(markets: ["de"], renderer: TestRenderer(failsEveryProduct: true))
        }
        #expect(failure?.errors.count == CatalogPass.maximumErrors + 1)
        #expect(failure?.errors.last?.message == "stopped after 100 errors; fix these and build again")
    }

    @Test func rebuildReusesUnchangedPagesAndRerendersChangedOnes() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let unchanged = try await site.build()
        #expect(unchanged.renderedPages == 0)
        #expect(unchanged.reusedPages == 15)

        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        let changed = try await site.build()
        // p3's three pages, and the three index pages that show its price.
        #expect(changed.renderedPages == 6)
        #expect(changed.reusedPages == 9)
        #expect(site.page("de/банан/index.html").contains("price.amount=13.00\n"))
    }

    @Test func keepsAManifestOfPageHashesSortedByPath() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let manifest = BuildManifest.read(output: site.output)
        #expect(Set(manifest.pages.keys) == Self.pageFiles)
        let text = site.page(".locgen/manifest.json")
        #expect(
            text.hasPrefix(
                "{\n  \"version\": 2,\n  \"pages\": {\n    \"_hosts/shop.example.cn/apple-basket/index.html\": \""
            )
        )
        #expect(text == manifest.text)
        // The text written piece by piece is what JSONText renders of the same records.
        let rendered = JSONText.object([
            ("version", .int(BuildManifest.version)),
            ("pages", .object(manifest.pages.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
                .map { ($0.key, JSONText.string($0.value.text)) })),
        ]).rendered + "\n"
        #expect(text == rendered)
    }

    @Test func removedProductsPagesDisappear() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        try site.writeCatalog(BuildFixture.products.filter { !$0.contains(#""id": "p2""#) })
        let report = try await site.build()
        let files = Set(site.outputFiles().keys)
        #expect(!files.contains("de/apple-basket/index.html"))
        #expect(!files.contains("_hosts/shop.example.cn/apple-basket/index.html"))
        #expect(report.totalPages == 13)
    }

    @Test func buildsOnlyTheRequestedMarkets() async throws {
        let site = try BuildFixture()
        let report = try await site.build(markets: ["ch"])
        #expect(report.markets == [.init(id: "ch", pages: 4)])
        #expect(
            Set(site.outputFiles().keys.filter { $0.hasSuffix(".html") })
                == Set(Self.pageFiles.filter { $0.hasPrefix("ch/") || $0 == "index.html" })
        )
    }

    @Test func unknownMarketIsAConfigurationErrorWithASuggestion() async throws {
        let site = try BuildFixture()
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await site.build(markets: ["de", "dee", "xx"])
        }
        #expect(failure?.kind == .configuration)
        #expect(failure?.exitCode == 2)
        #expect(failure?.errors.map(\.code) == [.unknownMarket, .unknownMarket])
        #expect(
            failure?.errors.map(\.message) == [
                "unknown market 'dee'; did you mean 'de'?",
                "unknown market 'xx'; the site's markets are 'ch', 'cn', 'de'",
            ]
        )
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func configurationErrorsKeepTheirPositions() async throws {
        let site = try BuildFixture()
        try site.folder.write(
            "site/locgen.yaml",
            BuildFixture.config.replacingOccurrences(of: "currency: CHF", with: "curency: CHF")
        )
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.kind == .configuration)
        #expect(failure?.errors.first?.location?.file == site.site + "/locgen.yaml")
        #expect(failure?.errors.first?.location?.line == 15)
    }

    @Test func slugThatClimbsOutIsRejectedAndNothingEscapes() async throws {
        let site = try BuildFixture()
        try site.writeCatalog([
            #"{"id": "p1", "slug": "../../escaped", "price": "1", "name": "N"}"#,
            #"{"id": "p2", "slug": "ok", "price": "1", "name": "N", "markets": {"de": {"slug": ".."}}}"#,
        ])
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.kind == .build)
        #expect(failure?.errors.count == 2)
        #expect(failure?.errors.allSatisfy { $0.message.contains("'/'") || $0.message.contains("'.'") } == true)
        #expect(!FileManager.default.fileExists(atPath: site.folder.path + "/escaped"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func staticSymlinkOutOfTheSiteIsRefused() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let before = site.outputFiles()
        let outside = try site.folder.write("secret.txt", "secret\n")
        try site.folder.link("site/static/leak.txt", to: outside)
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.errors.first?.code == .unsafePath)
        #expect(
            failure?.errors.first?.message
                == "'\(site.site)/static/leak.txt' is a symbolic link to '\(outside)', outside the site folder; copy the file into static/ instead"
        )
        #expect(site.outputFiles() == before)
    }

    @Test func staticSymlinkInsideTheSiteIsCopied() async throws {
        let site = try BuildFixture()
        try site.folder.link("site/static/copy.txt", to: "robots.txt")
        _ = try await site.build()
        #expect(site.page("copy.txt") == "User-agent: *\n")
    }

    @Test func strictModeFailsOnWarnings() async throws {
        let site = try BuildFixture()
        try site.writeCatalog(
            BuildFixture.products + [
                #"{"id": "p5", "slug": "x", "price": "1", "name": "X", "markets": {"dee": {"sold": false}}}"#
            ]
        )
        let lenient = try await site.build()
        #expect(
            lenient.warnings == [
                "warning: \(site.site)/data/products.jsonl: product 'p5' has an override for the unknown market 'dee'; did you mean 'de'?"
            ]
        )
        let failure = await #expect(throws: BuildFailure.self) {
            _ = try await Builder(renderer: TestRenderer()).build(site.request(strict: true), progress: nil)
        }
        #expect(failure?.errors.first?.code == .buildWarning)
    }

    @Test func reportsAsJSON() async throws {
        let site = try BuildFixture()
        var report = try await site.build()
        report.duration = .milliseconds(1234)
        #expect(
            report.jsonText().rendered == """
                {
                  "output": "\(site.output)",
                  "pages": 15,
                  "rendered": 15,
                  "reused": 0,
                  "skippedProducts": 0,
                  "staticFiles": 2,
                  "markets": [
                    {
                      "id": "ch",
                      "pages": 4
                    },
                    {
                      "id": "cn",
                      "pages": 5
                    },
                    {
                      "id": "de",
                      "pages": 5
                    }
                  ],
                  "warnings": [],
                  "durationMilliseconds": 1234,
                  "upToDate": false
                }
                """
        )
        let path = site.folder.path + "/build.json"
        try report.writeJSON(toPath: path)
        #expect(FileManager.default.contents(atPath: path) == Data((report.jsonText().rendered + "\n").utf8))
    }
}

struct BuildUpToDateTests {
    @Test func writesNothingWhenNoInputChanged() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let before = site.outputFiles()
        let again = try await site.build()
        #expect(again.isUpToDate)
        #expect(again.renderedPages == 0)
        #expect(again.reusedPages == 15)
        #expect(site.outputFiles() == before)
    }

    @Test func buildsAgainWhenAStaticFileOrTheDateChanges() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        try site.folder.write("site/static/robots.txt", "User-agent: *\nDisallow: /cart/\n")
        let changed = try await site.build()
        #expect(!changed.isUpToDate)
        #expect(changed.reusedPages == 15)
        #expect(String(decoding: site.outputFiles()["robots.txt"] ?? Data(), as: UTF8.self).contains("/cart/"))
    }
}

struct BuildOutputGuardTests {
    @Test func refusesToReplaceAFolderItDidNotWrite() async throws {
        let site = try BuildFixture()
        try site.folder.write("site/public/notes.txt", "mine")
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.kind == .configuration)
        #expect(
            failure?.errors.map(\.message) == [
                "output '\(site.output)' exists and was not written by locgen build (it has no .locgen/ folder); every build replaces it, so empty or remove it, or choose another folder"
            ]
        )
        #expect(site.page("notes.txt") == "mine")
    }

    @Test func refusesAnOutputHoldingTheSite() async throws {
        let site = try BuildFixture()
        try site.folder.write(
            "site/locgen.yaml",
            BuildFixture.config.replacingOccurrences(
                of: "catalog: data/products.jsonl",
                with: "catalog: data/products.jsonl\noutput: \(site.folder.path)"
            )
        )
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.kind == .configuration)
        #expect(failure?.errors.first?.message.hasPrefix("output '\(site.folder.path)' holds '\(site.site)'") == true)
        #expect(FileManager.default.fileExists(atPath: site.site + "/locgen.yaml"))
    }
}

/// Records what a build reports as it goes.
final class RecordingProgress: BuildProgress {
    var totals: [Int] = []
    var markets: [String] = []
    var finishedPages: Int?

    func pageWritten(total: Int) { totals.append(total) }
    func marketFinished(id: String, pages: Int) { markets.append("\(id):\(pages)") }
    func finished(_ report: BuildReport) { finishedPages = report.totalPages }
}

struct BuildProgressTests {
    @Test func reportsPagesMarketsAndTheEnd() async throws {
        let site = try BuildFixture()
        let progress = RecordingProgress()
        _ = try await Builder(renderer: TestRenderer()).build(site.request(), progress: progress)
        // One batch holds the whole small catalog: its 11 product pages.
        #expect(progress.totals == [11])
        #expect(progress.markets == ["ch:4", "cn:5", "de:5"])
        #expect(progress.finishedPages == 15)
    }
}
