import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// `build --shard K/N` and `merge`: the demo shop built in three shards and merged is, file for file and
/// byte for byte, the site a single build writes.
struct ShardTests {
    /// A copy of examples/shop in a temporary folder, built with the repository's theme on a fixed date.
    final class Demo {
        let folder: TemporaryDirectory
        var site: String { folder.path + "/shop" }
        let renderer: MustacheRenderer

        init() throws {
            folder = try TemporaryDirectory()
            let site = folder.path + "/shop"
            try FileManager.default.copyItem(atPath: Repository.root + "/examples/shop", toPath: site)
            try? FileManager.default.removeItem(atPath: site + "/public")
            renderer = try MustacheRenderer(
                templates: TemplateSet.load(
                    directories: BuildRequest(siteDirectory: site, themeDirectories: [Repository.root])
                        .templateDirectories
                ),
                isStrict: false
            )
        }

        func request(output: String, shard: ShardSpec? = nil, day: Int = 26) -> BuildRequest {
            BuildRequest(
                siteDirectory: site,
                themeDirectories: [Repository.root],
                buildDate: LocalDateTime(year: 2026, month: 11, day: day),
                outputPath: folder.path + "/" + output,
                shard: shard
            )
        }

        @discardableResult
        func build(_ output: String, shard: ShardSpec? = nil, day: Int = 26) async throws -> BuildReport {
            try await Builder(renderer: renderer).build(request(output: output, shard: shard, day: day), progress: nil)
        }

        /// Builds shards 1…count into `shard-1`…
        func buildShards(_ count: Int) async throws -> [String] {
            var folders: [String] = []
            for number in 1...count {
                try await build("shard-\(number)", shard: ShardSpec(number: number, count: count))
                folders.append(folder.path + "/shard-\(number)")
            }
            return folders
        }

        /// Replaces `old` with `new` in the catalog line of one product.
        func changeProduct(_ id: String, _ old: String, to new: String) throws {
            let path = site + "/data/products.jsonl"
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            let line = try #require(lines.firstIndex { $0.hasPrefix(#"{"id": "\#(id)""#) })
            #expect(lines[line].contains(old))
            lines[line] = lines[line].replacingOccurrences(of: old, with: new)
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }

        /// What a shard folder's data file holds: its pages' paths, and the ids of its products (each given with
        /// its cluster where the product first appears), in the order written.
        func contents(of shard: String) throws -> (record: ShardRecord, pages: [String], products: [String]) {
            let record = try ShardRecord.read(folder: shard)
            var pages: [String] = []
            var products: [String] = []
            try ShardData.read(
                folder: shard,
                record: record,
                entry: { entry, _ in if !entry.alternates.isEmpty { products.append(entry.productID) } },
                page: { page, _ in pages.append(page.path) }
            )
            return (record, pages, products)
        }

        func merge(_ shards: [String], into output: String) async throws(BuildFailure) -> BuildReport {
            let request = MergeRequest(
                siteDirectory: site,
                themeDirectories: [Repository.root],
                outputPath: folder.path + "/" + output,
                shardFolders: shards
            )
            let templates = renderer.templates
            return try await ShardMerger { MustacheRenderer(templates: templates, isStrict: $0) }
                .merge(request, progress: nil)
        }

        /// Every file below an output folder by relative path, with its bytes.
        func files(_ output: String) throws -> [String: Data] {
            let root = folder.path + "/" + output
            var files: [String: Data] = [:]
            for path in try FileManager.default.subpathsOfDirectory(atPath: root) {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder),
                    !isFolder.boolValue
                {
                    files[path] = FileManager.default.contents(atPath: root + "/" + path)
                }
            }
            return files
        }
    }

    @Test func mergedShardsAreByteIdenticalToASingleBuild() async throws {
        let demo = try Demo()
        let single = try await demo.build("whole")
        let merged = try await demo.merge(try await demo.buildShards(3).reversed(), into: "merged")
        let expected = try demo.files("whole")
        let actual = try demo.files("merged")
        // 516 pages (the root language selector too), favicon.svg, two sitemaps, two robots.txt, two IndexNow key files, the manifest, the
        // inputs record, the products' record and the two IndexNow requests.
        #expect(expected.count == 516 + 12)
        #expect(Set(actual.keys) == Set(expected.keys))
        for (path, bytes) in expected {
            #expect(actual[path] == bytes, "\(path) differs")
        }
        #expect(merged.markets == single.markets)
        #expect(merged.renderedPages == single.renderedPages)
        #expect(merged.reusedPages == single.reusedPages)
        #expect(merged.staticFiles == single.staticFiles)
        #expect(merged.warnings == single.warnings)
    }

    @Test func shardsPartitionTheProductPagesAndKeepEachClusterWhole() async throws {
        let demo = try Demo()
        try await demo.build("whole")
        let wholePages = Set(try demo.files("whole").keys.filter { $0.hasSuffix(".html") })
        var seen: Set<String> = []
        for (number, shard) in try await demo.buildShards(3).enumerated() {
            let (record, written, products) = try demo.contents(of: shard)
            let pages = Set(written)
            #expect(pages.count == written.count, "a page is in shard \(number + 1) twice")
            let files = Set(try demo.files("shard-\(number + 1)").keys.filter { $0.hasSuffix(".html") })
            #expect(files == pages, "shard \(number + 1) wrote other pages than it recorded")
            #expect(seen.isDisjoint(with: pages), "a page is in two shards")
            seen.formUnion(pages)
            // Every product of the shard has all of its pages there: 12 markets, 11 for the one not sold in China.
            #expect(products.count >= 10, "shard \(number + 1) holds \(products.count) of 42 products")
            #expect(Set(products).count == products.count, "a product's cluster is given twice")
            #expect(record.markets.map(\.pages) == record.markets.map(\.entries))
            #expect(written.count == record.markets.map(\.entries).reduce(0, +))
            for product in products {
                #expect(ShardSpec.shard(ofProductID: product, count: 3) == number + 1)
            }
        }
        // Every page but the 12 market index pages and the root language selector.
        #expect(seen.isSubset(of: wholePages))
        #expect(seen.count == wholePages.count - 13)
    }

    @Test func shardsRebuiltInPlaceAndMergedOverAPreviousSiteEqualASingleBuild() async throws {
        let demo = try Demo()
        _ = try await demo.merge(try await demo.buildShards(3), into: "merged")
        try demo.changeProduct("p-002", #""price": "329.00""#, to: #""price": "339.00""#)
        // Each shard is rebuilt over its previous output, the site merged over the previous merge.
        _ = try await demo.merge(try await demo.buildShards(3), into: "merged")
        try await demo.build("whole")
        let (merged, whole) = (try demo.files("merged"), try demo.files("whole"))
        // The IndexNow requests list what changed since the previous build: one product, or everything.
        #expect(
            Set(merged.keys).union(whole.keys).filter { merged[$0] != whole[$0] }.sorted() == [
                ".locgen/indexnow/shop.example.cn-1.json", ".locgen/indexnow/shop.example.com-1.json",
            ]
        )
        // The shard holding p-002, rebuilt in place, is the shard a cold build writes.
        try await demo.build("cold-shard-2", shard: ShardSpec(number: 2, count: 3))
        let (shard, cold) = (try demo.files("shard-2"), try demo.files("cold-shard-2"))
        // The shard record counts rendered and reused pages, which differ; its pages and entries do not.
        #expect(Set(shard.keys).union(cold.keys).filter { shard[$0] != cold[$0] }.sorted() == [ShardRecord.path])
        let (rebuilt, fresh) = (
            try demo.contents(of: demo.folder.path + "/shard-2"),
            try demo.contents(of: demo.folder.path + "/cold-shard-2")
        )
        #expect(rebuilt.pages == fresh.pages)
        #expect(rebuilt.record.rendered == 12)
    }

    @Test func aProductKeepsItsShardWhatever42OtherProductsDo() {
        // Pinned: changing the hash would move products between the machines of a running fleet.
        #expect(
            ["p-001", "p-002", "p-003", "p-042"].map { ShardSpec.shard(ofProductID: $0, count: 4) } == [3, 4, 1, 4]
        )
        #expect(ShardSpec.shard(ofProductID: "p-001", count: 1) == 1)
    }

    @Test func rebuildingAShardRendersOnlyItsChangedProducts() async throws {
        let demo = try Demo()
        let shard = try ShardSpec(number: 2, count: 3)
        let first = try await demo.build("shard", shard: shard)
        let again = try await demo.build("shard", shard: shard)
        #expect(again.isUpToDate)
        #expect(again.totalPages == first.totalPages)
        // p-003 is in shard 1: shard 2 links every page from its previous output.
        try demo.changeProduct("p-003", #""price": "249.90""#, to: #""price": "259.90""#)
        let otherShardChanged = try await demo.build("shard", shard: shard)
        #expect(!otherShardChanged.isUpToDate)
        #expect(otherShardChanged.renderedPages == 0)
        #expect(otherShardChanged.reusedPages == first.totalPages)
        // p-002 is in shard 2: its page in each of the 12 markets is rendered again.
        try demo.changeProduct("p-002", #""price": "329.00""#, to: #""price": "339.00""#)
        let ownChanged = try await demo.build("shard", shard: shard)
        #expect(ownChanged.renderedPages == 12)
        #expect(ownChanged.reusedPages == first.totalPages - 12)
    }
}
