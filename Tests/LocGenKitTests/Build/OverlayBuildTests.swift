import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// A change to the fixture between two builds, for comparing an overlay rebuild with a cold build.
struct OverlayChange: Sendable, CustomStringConvertible {
    var description: String
    var gzipBefore = false
    var gzipAfter = false
    var apply: @Sendable (BuildFixture) throws -> Void

    static let all: [OverlayChange] = [
        OverlayChange(description: "one product's price") { site in
            var products = BuildFixture.products
            products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
            try site.writeCatalog(products)
        },
        OverlayChange(description: "a product removed") { site in
            try site.writeCatalog(BuildFixture.products.filter { !$0.contains(#""id": "p2""#) })
        },
        OverlayChange(description: "a product added") { site in
            try site.writeCatalog(
                BuildFixture.products + [#"{"id": "p5", "slug": "kettle", "price": "30", "name": {"en": "Kettle"}}"#]
            )
        },
        OverlayChange(description: "a market removed") { site in
            let config = BuildFixture.config.replacingOccurrences(
                of: "  ch:\n    locale: de-CH\n    currency: CHF\n    path: /ch/\n    pricing: { rounding: cash }\n",
                with: ""
            )
            #expect(config != BuildFixture.config)
            try site.folder.write("site/locgen.yaml", config)
        },
        OverlayChange(description: "a static file changed and one removed") { site in
            try site.folder.write("site/static/img/banana.jpg", bytes: [0xFF, 0xD8, 0xFF, 0xE0])
            // locgen writes its own robots.txt once the site stops shipping one.
            try FileManager.default.removeItem(atPath: site.site + "/static/robots.txt")
        },
        OverlayChange(description: "--gzip turned on", gzipAfter: true) { _ in },
        OverlayChange(description: "--gzip turned off", gzipBefore: true) { _ in },
        OverlayChange(description: "files of other tools and of an older, split sitemap") { site in
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
        _ = try await site.build(gzip: change.gzipBefore)
        try change.apply(site)
        _ = try await site.build(gzip: change.gzipAfter)
        let overlaid = try site.outputTree()
        #expect(try site.siteEntries() == ["data", "locales", "locgen.yaml", "public", "static"])

        try FileManager.default.removeItem(atPath: site.output)
        _ = try await site.build(gzip: change.gzipAfter)
        let cold = try site.outputTree()
        #expect(TreeEntry.differences(overlaid, cold) == [])
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
        // The inputs record hashes the site's own paths, which differ between the two.
        #expect(TreeEntry.differences(trees[0], trees[1]) == [BuildInputs.path])
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
        let after = try site.outputTree()
        #expect(Set(after.keys) == Set(before.keys))
        let replaced = Set(after.keys.filter { after[$0]!.inode != before[$0]!.inode })
        #expect(
            replaced == [
                "de/банан/index.html", "ch/банан/index.html", "_hosts/shop.example.cn/банан/index.html",
                "de/index.html", "ch/index.html", "_hosts/shop.example.cn/index.html",
                "sitemap.xml", "_hosts/shop.example.cn/sitemap.xml",
                ".locgen/manifest.json", ".locgen/inputs.json",
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
        // The inputs record hashes the site's own paths, which differ between the site and its twin.
        #expect(TreeEntry.differences(recovered, expected) == [BuildInputs.path])
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
    /// Builds with `--gzip` or without.
    func build(gzip: Bool, markets: [String] = []) async throws(BuildFailure) -> BuildReport {
        var request = request(markets: markets)
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
