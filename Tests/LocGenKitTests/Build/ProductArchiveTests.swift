import Foundation
import LocGenICU
import Testing

@testable import LocGenKit

/// A rebuild keeps the pages of unchanged products without planning them (``ProductArchive``), and falls back
/// to planning every product whenever what the previous build left cannot be trusted.
struct ProductArchiveTests {
    /// Raises p3's price, the usual one-product change.
    private static func changePrice(_ site: BuildFixture) throws {
        var products = BuildFixture.products
        products[2] = products[2].replacingOccurrences(of: #""price": "12.34""#, with: #""price": "13""#)
        try site.writeCatalog(products)
    }

    /// Builds the site again from nothing and returns its tree.
    private static func coldTree(_ site: BuildFixture, request: BuildRequest? = nil) async throws -> [String: TreeEntry]
    {
        try FileManager.default.removeItem(atPath: site.output)
        let report = try await Builder(renderer: TestRenderer()).build(request ?? site.request(), progress: nil)
        #expect(report.skippedProducts == 0)
        return try site.outputTree()
    }

    @Test func productKeyHashesEveryStoredField() {
        // A new field of these types must be fed to the key too, or its changes would keep stale pages.
        let product = Product(id: "p1", slug: LocalizedText(untagged: "tent"), price: DecimalAmount(1))
        #expect(Mirror(reflecting: product).children.count == Product.fedFieldCount)
        #expect(Mirror(reflecting: MarketOverride()).children.count == 3)
        #expect(Mirror(reflecting: ProductImage(source: "a.jpg")).children.count == 2)
        #expect(Mirror(reflecting: LocalizedText([:])).children.count == 1)
    }

    @Test func productKeyChangesWithEveryField() throws {
        let base = Product(
            id: "p1",
            slug: LocalizedText(["en": "tent", "de": "zelt"]),
            price: try #require(DecimalAmount("10.00")),
            stock: 3,
            category: "tents",
            created: DateValue(iso8601: "2026-01-01"),
            updated: DateValue(iso8601: "2026-02-01"),
            images: [ProductImage(source: "a.jpg", alt: LocalizedText(["en": "A"]))],
            text: ["name": LocalizedText(["en": "Tent", "de": "Zelt"]), "description": LocalizedText(["en": "Big"])],
            markets: ["ch": MarketOverride(price: DecimalAmount(12), slug: "zelt-ch", isSold: true)],
            related: ["p2"],
            attributes: ["color": "red"]
        )
        let changes: [(String, (inout Product) throws -> Void)] = [
            ("id", { $0.id = "p9" }),
            ("slug in one locale", { $0.slug.values["de"] = "zelte" }),
            ("price", { $0.price = DecimalAmount("10.01")! }),
            ("price's scale", { $0.price = DecimalAmount("10.0")! }),
            ("stock", { $0.stock = nil }),
            ("category", { $0.category = "camping" }),
            ("created", { $0.created = DateValue(iso8601: "2026-01-02") }),
            ("updated", { $0.updated = nil }),
            ("created's time of day", { $0.created = DateValue(iso8601: "2026-01-01T00:00:01") }),
            ("created's milliseconds", { $0.created = DateValue(iso8601: "2026-01-01T00:00:00.001") }),
            ("created as an instant", { $0.created = DateValue(iso8601: "2026-01-01T00:00:00Z") }),
            ("created's instant", { $0.created = DateValue(iso8601: "2026-01-01T00:00:00+01:00") }),
            ("updated's month", { $0.updated = DateValue(iso8601: "2026-03-01") }),
            ("image source", { $0.images[0].source = "b.jpg" }),
            ("image alt", { $0.images[0].alt = nil }),
            ("name in one locale", { $0.text["name"]?.values["de"] = "Zelt XL" }),
            ("a text field", { $0.text["material"] = LocalizedText(untagged: "nylon") }),
            ("market price", { $0.markets["ch"]?.price = nil }),
            ("market slug", { $0.markets["ch"]?.slug = nil }),
            ("market sold", { $0.markets["ch"]?.isSold = false }),
            ("related", { $0.related = ["p2", "p3"] }),
            ("attribute", { $0.attributes["color"] = "blue" }),
        ]
        let related = RelatedProducts()
        var keys: Set<UInt64> = [ProductKey.key(of: base, related: related)]
        for (name, change) in changes {
            var product = base
            try change(&product)
            #expect(keys.insert(ProductKey.key(of: product, related: related)).inserted, "\(name)")
        }
    }

    @Test func archiveListsEveryProductInCatalogOrderWithItsPages() async throws {
        let site = try BuildFixture()
        let request = site.request()
        let plan = try SitePlan.load(request)
        _ = try await site.build()
        let previous = try #require(
            PreviousProducts.read(output: site.output, siteDigest: BuildInputs.siteDigest(of: plan, request: request))
        )
        #expect(previous.count == 4)
        let manifest = BuildManifest.read(output: site.output)
        var reader = try CatalogReader(path: site.site + "/data/products.jsonl")
        _ = try reader.next()
        var product = try #require(try reader.next())
        #expect(product.id == "p2")
        let key = ProductKey.key(of: product, related: RelatedProducts())
        let archived = try #require(previous.product(id: "p2", position: 2, key: key))
        // p2 is not sold in Switzerland.
        #expect(archived.pages.map(\.market) == ["cn", "de"])
        #expect(
            archived.pages.map(\.record.path) == [
                "_hosts/shop.example.cn/apple-basket/index.html", "de/apple-basket/index.html",
            ]
        )
        for page in archived.pages { #expect(manifest.pages[page.record.path] == page.record.record) }
        #expect(
            archived.pages[1].name == "Äpfelkorb"
                && archived.pages[1].url == "https://shop.example.com/de/apple-basket/"
        )
        #expect(archived.cluster.map(\.hreflang) == ["de-DE", "zh-Hans-CN"])
        // Another key, or a site digest of other inputs, finds nothing.
        #expect(previous.product(id: "p2", position: 2, key: key &+ 1) == nil)
        #expect(PreviousProducts.read(output: site.output, siteDigest: 1) == nil)
        product.price = DecimalAmount(21)
        #expect(ProductKey.key(of: product, related: RelatedProducts()) != key)
    }

    /// What a previous build may have left in place of a good archive.
    enum Damage: String, CaseIterable, Sendable {
        case missing, truncated, otherFormat, garbage, empty
    }

    @Test(arguments: Damage.allCases)
    func unusableArchivePlansEveryProduct(damage: Damage) async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        let path = site.output + "/" + ProductArchive.path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        switch damage {
        case .missing: try FileManager.default.removeItem(atPath: path)
        case .truncated: try bytes.dropLast(7).write(to: URL(fileURLWithPath: path))
        case .otherFormat:
            try Data(
                String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "products-1", with: "products-0").utf8
            )
            .write(to: URL(fileURLWithPath: path))
        case .garbage: try Data(repeating: 0xFF, count: 64).write(to: URL(fileURLWithPath: path))
        case .empty: try Data().write(to: URL(fileURLWithPath: path))
        }
        try Self.changePrice(site)
        let report = try await site.build()
        #expect(report.skippedProducts == 0)
        #expect(report.renderedPages == 6)
        let rebuilt = try site.outputTree()
        #expect(TreeEntry.differences(rebuilt, try await Self.coldTree(site)) == [])
    }

    @Test func keptPageGoneFromTheOutputIsPlannedAgain() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        try FileManager.default.removeItem(atPath: site.output + "/de/zelt/index.html")
        try Self.changePrice(site)
        let report = try await site.build()
        // p1 lost a page and p3 changed: p2 and p4 are kept.
        #expect(report.skippedProducts == 2)
        #expect(site.page("de/zelt/index.html").contains("product.id=p1"))
        let rebuilt = try site.outputTree()
        #expect(TreeEntry.differences(rebuilt, try await Self.coldTree(site)) == [])
    }

    @Test func pageTheManifestRecordsOtherwiseIsPlannedAgain() async throws {
        let site = try BuildFixture()
        _ = try await site.build()
        // The manifest without p1's German page: the archive and the manifest disagree about it.
        let manifestPath = site.output + "/" + BuildManifest.path
        var manifest = BuildManifest.read(output: site.output)
        manifest.pages["de/zelt/index.html"] = nil
        try FileManager.default.removeItem(atPath: manifestPath)
        try manifest.write(with: OutputWriter(root: site.output))
        try Self.changePrice(site)
        let report = try await site.build()
        #expect(report.skippedProducts == 2)
        let rebuilt = try site.outputTree()
        #expect(TreeEntry.differences(rebuilt, try await Self.coldTree(site)) == [])
    }

    @Test func checkedBuildPlansEveryProduct() async throws {
        // `--check` stages the whole tree, which keeps nothing in place.
        let site = try BuildFixture()
        _ = try await site.build()
        try Self.changePrice(site)
        var request = site.request()
        request.checksOutput = true
        let report = try await Builder(renderer: TestRenderer()).build(request, progress: nil)
        #expect(report.skippedProducts == 0)
        #expect(report.reusedPages > 0)
    }

    @Test func shardRebuiltInPlaceKeepsItsUnchangedProducts() async throws {
        let site = try BuildFixture()
        var request = site.request()
        request.shard = try ShardSpec(number: 1, count: 1)
        _ = try await Builder(renderer: TestRenderer()).build(request, progress: nil)
        try Self.changePrice(site)
        let report = try await site.rebuildKeepingAndPlanning {
            try await Builder(renderer: TestRenderer()).build(request, progress: nil)
        }
        #expect(report.skippedProducts == 3)
    }
}
