import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// A change to the fixture between two builds, for comparing an overlay rebuild with a cold build.
struct OverlayChange: Sendable, CustomStringConvertible {
    var description: String
    var gzipBefore = false
    var gzipAfter = false
    var dateBefore: LocalDateTime? = nil
    var dateAfter: LocalDateTime? = nil
    /// A change to the fixture before the first build.
    var before: @Sendable (BuildFixture) throws -> Void = { _ in }
    /// How many products the rebuild keeps without planning them.
    var skipped: Int
    var apply: @Sendable (BuildFixture) throws -> Void

    /// The fixture's catalog with p1 and p4 listing p3 and p2 as related products, whose cards they show.
    static let relatedProducts = BuildFixture.products.enumerated().map { index, line in
        switch index {
        case 0: line.replacingOccurrences(of: #""created""#, with: #""related": ["p3", "p9"], "created""#)
        case 3: line.replacingOccurrences(of: #""price": "5""#, with: #""price": "5", "related": ["p2"]"#)
        default: line
        }
    }

    static let all: [OverlayChange] = [
        OverlayChange(description: "one product's price", skipped: 3) { site in
            var products = BuildFixture.products
            products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
            try site.writeCatalog(products)
        },
        OverlayChange(description: "one product's name in one locale", skipped: 3) { site in
            var products = BuildFixture.products
            products[0] = products[0].replacingOccurrences(of: #""de": "Zelt""#, with: #""de": "Zelt XL""#)
            try site.writeCatalog(products)
        },
        OverlayChange(
            description: "a related product renamed",
            before: { try $0.writeCatalog(relatedProducts) },
            skipped: 2
        ) { site in
            // p1 shows p3's card: both are planned again, p2 and p4 kept.
            try site.writeCatalog(
                relatedProducts.map { $0.replacingOccurrences(of: #""de": "Banane""#, with: #""de": "Bananen""#) }
            )
        },
        OverlayChange(
            description: "a related product no longer sold in a market",
            before: { try $0.writeCatalog(relatedProducts) },
            skipped: 2
        ) {
            site in
            try site.writeCatalog(
                relatedProducts.map {
                    $0.replacingOccurrences(
                        of: #""markets": {"ch": {"sold": false}}"#,
                        with: #""markets": {"cn": {"sold": false}}"#
                    )
                }
            )
        },
        OverlayChange(
            description: "a missing related product added",
            before: { try $0.writeCatalog(relatedProducts) },
            skipped: 3
        ) { site in
            // p1 lists p9, which was missing: its cards now show it.
            try site.writeCatalog(
                relatedProducts + [#"{"id": "p9", "slug": "kettle", "price": "30", "name": {"en": "Kettle"}}"#]
            )
        },
        OverlayChange(
            description: "a related product removed",
            before: { try $0.writeCatalog(relatedProducts) },
            skipped: 2
        ) { site in
            try site.writeCatalog(relatedProducts.filter { !$0.contains(#""id": "p2""#) })
        },
        OverlayChange(description: "a product removed", skipped: 3) { site in
            try site.writeCatalog(BuildFixture.products.filter { !$0.contains(#""id": "p2""#) })
        },
        OverlayChange(description: "a product added", skipped: 4) { site in
            try site.writeCatalog(
                BuildFixture.products + [#"{"id": "p5", "slug": "kettle", "price": "30", "name": {"en": "Kettle"}}"#]
            )
        },
        OverlayChange(description: "the catalog reordered", skipped: 4) { site in
            try site.writeCatalog(BuildFixture.products.reversed())
        },
        OverlayChange(description: "a market removed", skipped: 0) { site in
            let config = BuildFixture.config.replacingOccurrences(
                of: "  ch:\n    locale: de-CH\n    currency: CHF\n    path: /ch/\n    pricing: { rounding: cash }\n",
                with: ""
            )
            #expect(config != BuildFixture.config)
            try site.folder.write("site/locgen.yaml", config)
        },
        OverlayChange(description: "a template changed", skipped: 0) { site in
            try site.folder.write("theme/templates/product.mustache", "{{product.name}}!\n")
        },
        OverlayChange(description: "a bundle changed", skipped: 0) { site in
            // The Chinese market's title: the site has no zh bundle.
            try site.folder.write("theme/locales/zh.yaml", "title: 网店\n")
        },
        OverlayChange(
            description: "--date changed, no market counting delivery from it",
            dateBefore: LocalDateTime(year: 2026, month: 11, day: 1),
            dateAfter: LocalDateTime(year: 2026, month: 11, day: 2),
            skipped: 3
        ) { site in
            // One product changed too, so that the new date is some page's lastmod.
            var products = BuildFixture.products
            products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
            try site.writeCatalog(products)
        },
        OverlayChange(
            description: "--date changed, with delivery estimates",
            dateBefore: LocalDateTime(year: 2026, month: 11, day: 1),
            dateAfter: LocalDateTime(year: 2026, month: 11, day: 2),
            before: { site in
                try site.folder.write(
                    "site/locgen.yaml",
                    BuildFixture.config.replacingOccurrences(
                        of: "returns-days: 30\n",
                        with: "returns-days: 30\n    delivery-days: 3\n"
                    )
                )
            },
            skipped: 0
        ) { _ in },
        OverlayChange(description: "a static file changed and one removed", skipped: 0) { site in
            try site.folder.write("site/static/img/banana.jpg", bytes: [0xFF, 0xD8, 0xFF, 0xE0])
            // locgen writes its own robots.txt once the site stops shipping one.
            try FileManager.default.removeItem(atPath: site.site + "/static/robots.txt")
        },
        OverlayChange(description: "--gzip turned on", gzipAfter: true, skipped: 0) { _ in },
        OverlayChange(description: "--gzip turned off", gzipBefore: true, skipped: 0) { _ in },
        OverlayChange(description: "files of other tools and of an older, split sitemap", skipped: 3) { site in
            // A change of input too: with none, the build stops before staging and leaves the output as it is.
            try site.writeCatalog(BuildFixture.products.filter { !$0.contains(#""id": "p4""#) })
            try site.folder.write("site/public/sitemap-1.xml", "<urlset/>")
            try site.folder.write("site/public/sitemap-2.xml", "<urlset/>")
            try site.folder.write("site/public/de/zelt/notes.txt", "someone's notes")
            try site.folder.makeFolder("site/public/empty/inner")
            try site.folder.link("site/public/de/link", to: site.site)
        },
    ]
}

struct OverlayBuildTests {
    @Test(arguments: OverlayChange.all)
    func overlayRebuildEqualsAColdBuild(change: OverlayChange) async throws {
        let site = try BuildFixture()
        try change.before(site)
        _ = try await site.build(gzip: change.gzipBefore, date: change.dateBefore)
        try change.apply(site)
        let report = try await site.rebuildKeepingAndPlanning {
            try await site.build(gzip: change.gzipAfter, date: change.dateAfter)
        }
        #expect(report.skippedProducts == change.skipped)
        let overlaid = try site.outputTree()
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "previous", "public", "static"])
        // A cold build dates every page with its own day; a rebuild keeps the unchanged pages' days.
        guard change.dateBefore == change.dateAfter else { return }

        try FileManager.default.removeItem(atPath: site.output)
        let cold = try await site.build(gzip: change.gzipAfter, date: change.dateAfter)
        #expect(cold.skippedProducts == 0)
        #expect(TreeEntry.differences(try site.outputTree(), overlaid) == [])
        #expect(cold.totalPages == report.totalPages && cold.warnings == report.warnings)
    }

    @Test func rebuildOfSomeMarketsEqualsAWholeTreeRebuild() async throws {
        // A whole-tree rebuild of the same history: a build whose inputs record is gone stages the whole tree.
        var trees: [[String: TreeEntry]] = []
        for isOverlay in [true, false] {
            let site = try BuildFixture()
            _ = try await site.build()
            if !isOverlay { try FileManager.default.removeItem(atPath: site.output + "/" + BuildInputs.path) }
            _ = try await site.build(markets: ["de"])
            trees.append(try site.outputTree())
        }
        #expect(trees[0].keys.contains("de/zelt/index.html"))
        #expect(!trees[0].keys.contains("ch/index.html"))
        // The inputs records hash the site's own paths, which differ between the two.
        #expect(TreeEntry.differences(trees[0], trees[1]) == [BuildInputs.path, ProductArchive.path])
    }

    @Test func oneChangedProductMovesOnlyItsPagesIndexesSitemapsAndRecords() async throws {
        let site = try BuildFixture()
        _ = try await site.build(date: LocalDateTime(year: 2026, month: 11, day: 1))
        let before = try site.outputTree()
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        let report = try await site.build(
            date: LocalDateTime(year: 2026, month: 11, day: 2)
        )
        #expect(report.renderedPages == 6)
        // p1, p2 and p4 were kept without being planned.
        #expect(report.skippedProducts == 3)
        let after = try site.outputTree()
        #expect(Set(after.keys) == Set(before.keys))
        let replaced = Set(after.keys.filter { after[$0]!.inode != before[$0]!.inode })
        #expect(
            replaced == [
                "de/банан/index.html", "ch/банан/index.html", "_hosts/shop.example.cn/банан/index.html",
                "de/index.html", "ch/index.html", "_hosts/shop.example.cn/index.html",
                "sitemap.xml", "_hosts/shop.example.cn/sitemap.xml",
                ".locgen/manifest.json", ".locgen/inputs.json", ".locgen/products",
            ]
        )
        // Unchanged pages and static files keep their inode: nothing was linked, copied or renamed.
        #expect(after["de/zelt/index.html"]!.inode == before["de/zelt/index.html"]!.inode)
        #expect(after["img/banana.jpg"]!.inode == before["img/banana.jpg"]!.inode)
        #expect(after["de/index.html"]!.contents != before["de/index.html"]!.contents)
    }

    @Test func failingRebuildLeavesEveryFileAndInode() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let before = try site.outputTree()
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        for renderer in [TestRenderer(failingProductID: "p3"), TestRenderer(failsEveryProduct: true)] {
            await #expect(throws: BuildFailure.self) { _ = try await site.build(renderer: renderer) }
            #expect(try site.outputTree() == before)
            #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
        }
        try site.writeCatalog(products + [#"{"id": "p9", "slug": "x", "price": "oops", "name": {"en": "X"}}"#])
        await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(try site.outputTree() == before)
    }

    @Test func unchangedFilesTheBuildWroteStayEvenWhenNotClaimed() async throws {
        // A shard whose record is gone is built again from the same inputs: its inputs record (written
        // beside the writer) comes out byte for byte the same, and must stay.
        let site = try BuildFixture()
        var request = site.request()
        request.shard = try ShardSpec(number: 1, count: 1)
        _ = try await Builder(renderer: TestRenderer()).build(request, progress: nil)
        let inputs = site.page(BuildInputs.path)
        try FileManager.default.removeItem(atPath: site.output + "/" + ShardRecord.path)
        #expect(try await !Builder(renderer: TestRenderer()).build(request, progress: nil).isUpToDate)
        #expect(site.page(BuildInputs.path) == inputs)
        #expect(try await Builder(renderer: TestRenderer()).build(request, progress: nil).isUpToDate)
    }

    @Test func staticFileOnAKeptPagesFolderIsAConflictBeforeTheOutputIsTouched() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        // static/de/zelt would be a file where p1's kept page has its folder.
        try site.folder.write("site/static/de/zelt", "not a folder")
        let before = try site.outputTree()
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(
            failure?.errors.map(\.message) == [
                "'de/zelt' is written twice, as a file and as a folder: a page has the path of a file in static/ or a product's slug; give one another slug"
            ]
        )
        #expect(try site.outputTree() == before)
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
    }

    @Test func outputThatIsALinkIsReplacedAsAWholeTree() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        try FileManager.default.moveItem(atPath: site.output, toPath: site.site + "/real")
        try site.folder.link("site/public", to: site.site + "/real")
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
        _ = try await site.build()
        // A swap replaces the link with the new folder and leaves the folder it pointed to as it was.
        #expect(!FileWalkProbe.isLink(site.output))
        #expect(site.page("de/банан/index.html").contains("price.amount=13.00\n"))
        let old = try String(contentsOfFile: site.site + "/real/de/банан/index.html", encoding: .utf8)
        #expect(old.contains("price.amount=12.34\n"))
    }

    @Test func keptPageAndNewFileOfOnePathConflict() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        // A new product takes p1's German slug: p1's page is kept, the new one would land on it.
        try site.writeCatalog(
            BuildFixture.products + [#"{"id": "p5", "slug": "zelt", "price": "30", "name": {"en": "Zelt 2"}}"#]
        )
        let before = try site.outputTree()
        let failure = await #expect(throws: BuildFailure.self) { _ = try await site.build() }
        #expect(failure?.errors.contains { $0.code == .outputConflict } == true)
        #expect(try site.outputTree() == before)
    }
}

struct OverlayRecoveryTests {
    /// Builds the fixture, changes a price and runs the next build up to its commit marker; returns the
    /// staging folder, and the output a finished build gives.
    private func stagedRebuild(_ site: BuildFixture) async throws -> (StagingFolder, [String: Data?]) {
        _ = try await site.build()
        // p3's price changed and p2 gone: pages to move in and pages to delete.
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        products.remove(at: 1)
        try site.writeCatalog(products)
        let request = site.request()
        var plan = try SitePlan.load(request)
        plan.loadRelatedProducts()
        let staging = try Builder.stage(site.output, request: request, allowsOverlay: true)
        #expect(staging.claims != nil)
        let report = try await BuildRun(renderer: TestRenderer(), site: plan, staging: staging, request: request)
            .run(progress: nil)
        try BuildInputs.write(
            BuildInputs(
                digest: BuildInputs.digest(of: plan, request: request),
                markets: report.markets,
                staticFiles: report.staticFiles,
                sitePages: report.totalPages - report.markets.reduce(0) { $0 + $1.pages }
            ),
            into: staging.path
        )
        // What the finished build writes, from a twin of the site.
        let twin = try BuildFixture()
        try twin.writeCatalog(products)
        _ = try await twin.build()
        _ = try await twin.build()
        return (staging, try twin.outputTree().mapValues(\.contents))
    }

    @Test(arguments: [false, true])
    func crashAfterTheMarkerIsRolledForward(byBuilding: Bool) async throws {
        let site = try BuildFixture()
        let (staging, expected) = try await stagedRebuild(site)
        let commit = OverlayCommit(staging: staging.path, output: site.output)
        let deletions = try commit.prepare(claims: try #require(staging.claims))
        #expect(OverlayMarker.read(in: staging.path) == deletions)
        #expect(deletions.contains(OverlayCommit.Deletion(path: "de/apple-basket", isFolder: true)))
        // The crash: the deletions done and half of the staged files moved into the output, the inputs
        // record (moved last) not among them.
        for deletion in deletions { FolderRemoval.remove(site.output + "/" + deletion.path) }
        let staged = try FolderWalk.files(under: staging.path)
            .filter { $0 != OverlayCommit.markerPath && $0 != BuildInputs.path }
        #expect(staged.count > 2)
        for path in staged.prefix(staged.count / 2) {
            #expect(rename(staging.path + "/" + path, site.output + "/" + path) == 0)
        }
        if byBuilding {
            // The build recovers before it compares inputs, then finds the output up to date.
            #expect(try await site.build().isUpToDate)
        } else {
            try StagingFolder.recoverLeftovers(of: site.output)
        }
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
        let recovered = try site.outputTree().mapValues(\.contents)
        // The inputs records hash the site's own paths, which differ between the site and its twin.
        #expect(TreeEntry.differences(recovered, expected) == [BuildInputs.path, ProductArchive.path])
        // The next build finds the output up to date.
        #expect(try await site.build().isUpToDate)
    }

    @Test func stagingWithoutMarkerIsDiscardedAndTheOutputUntouched() async throws {
        let site = try BuildFixture()
        let (staging, _) = try await stagedRebuild(site)
        _ = staging
        let before = try site.outputTree()
        try StagingFolder.recoverLeftovers(of: site.output)
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])
        #expect(try site.outputTree() == before)
    }

    @Test func markerMustBeCompleteAndItsPathsContained() throws {
        let folder = try TemporaryDirectory()
        let staging = try folder.makeFolder("public.staging-x")
        let deletions = [
            OverlayCommit.Deletion(path: "de/old", isFolder: true),
            OverlayCommit.Deletion(path: "line\nbreak.txt", isFolder: false),
        ]
        try OverlayMarker.write(deletions, into: staging)
        #expect(OverlayMarker.read(in: staging) == deletions)
        let marker = staging + "/" + OverlayCommit.markerPath
        let text = try #require(FileManager.default.contents(atPath: marker))
        try text.dropLast(4).write(to: URL(fileURLWithPath: marker))
        #expect(OverlayMarker.read(in: staging) == nil)
        try Data("locgen-commit 1\0f ../escape\0end\0".utf8).write(to: URL(fileURLWithPath: marker))
        #expect(OverlayMarker.read(in: staging) == nil)
    }
}

enum FileWalkProbe {
    static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}

/// One entry of an output tree: its inode, and its bytes (a link's target; nil for a folder).
struct TreeEntry: Equatable {
    var inode: UInt64
    var contents: Data?

    /// The paths two trees hold with other contents, or only one of them holds, sorted.
    static func differences(_ one: [String: TreeEntry], _ other: [String: TreeEntry]) -> [String] {
        differences(one.mapValues(\.contents), other.mapValues(\.contents))
    }

    static func differences(_ one: [String: Data?], _ other: [String: Data?]) -> [String] {
        Set(one.keys).union(other.keys).filter { one[$0] != other[$0] }.sorted()
    }
}

extension BuildFixture {
    /// Runs `rebuild` over the output, which keeps the pages of unchanged products, then once more over a copy
    /// of the same output without its product archive, which plans every product, and checks that both write
    /// the same tree and count the same pages; returns the first report and leaves the second output.
    ///
    /// The copy stays in the site folder as `previous`.
    func rebuildKeepingAndPlanning(_ rebuild: () async throws -> BuildReport) async throws -> BuildReport {
        let copy = site + "/previous"
        try FileManager.default.copyItem(atPath: output, toPath: copy)
        let kept = try await rebuild()
        #expect(!kept.isUpToDate)
        let keptTree = try outputTree()
        try FileManager.default.removeItem(atPath: output)
        try FileManager.default.copyItem(atPath: copy, toPath: output)
        try FileManager.default.removeItem(atPath: output + "/" + ProductArchive.path)
        let planned = try await rebuild()
        #expect(planned.skippedProducts == 0)
        #expect(TreeEntry.differences(keptTree, try outputTree()) == [])
        #expect(planned.renderedPages == kept.renderedPages && planned.reusedPages == kept.reusedPages)
        #expect(planned.markets == kept.markets && planned.warnings == kept.warnings)
        return kept
    }

    /// Builds with `--gzip` or without.
    func build(gzip: Bool, markets: [String] = [], date: LocalDateTime? = nil) async throws(BuildFailure)
        -> BuildReport
    {
        var request = request(markets: markets, date: date)
        request.compressesSitemaps = gzip
        return try await Builder(renderer: TestRenderer()).build(request, progress: nil)
    }

    /// Every entry of the output, folders and links included, by relative path; links are not followed.
    func outputTree() throws -> [String: TreeEntry] {
        var tree: [String: TreeEntry] = [:]
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? output : output + "/" + relative
            for name in try FileManager.default.contentsOfDirectory(atPath: full) {
                let path = relative.isEmpty ? name : relative + "/" + name
                let attributes = try FileManager.default.attributesOfItem(atPath: output + "/" + path)
                let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
                switch attributes[.type] as? FileAttributeType {
                case .typeDirectory?:
                    tree[path] = TreeEntry(inode: inode, contents: nil)
                    try visit(path)
                case .typeSymbolicLink?:
                    let target = try FileManager.default.destinationOfSymbolicLink(atPath: output + "/" + path)
                    tree[path] = TreeEntry(inode: inode, contents: Data(("link:" + target).utf8))
                default:
                    tree[path] = TreeEntry(
                        inode: inode,
                        contents: FileManager.default.contents(atPath: output + "/" + path)
                    )
                }
            }
        }
        try visit("")
        return tree
    }
}
