import Foundation

/// What a sharded build (`locgen build --shard K/N`) made, for `locgen merge`: which shard of how many,
/// from which inputs and options, and what the finish phase needs of its pages.
///
/// Kept at `<output>/.locgen/shard.json`. Products are listed once, in catalog order, with their hreflang
/// cluster; index entries name their product by its place in ``products``. Per-file data lives in
/// ``pages`` (one ``Page`` per product page, like the manifest), so more of it (a content hash, a lastmod)
/// is one more optional field there.
struct ShardRecord: Codable, Sendable, Equatable {
    static let path = ".locgen/shard.json"
    /// The format this locgen writes and reads.
    static let currentVersion = 1

    /// The format's version; a record of another version is refused.
    var version = Self.currentVersion
    /// This shard's number, from 1 to ``count``.
    var shard: Int
    /// How many shards the catalog was split into.
    var count: Int
    /// ``BuildInputs/shardDigest(of:request:)`` in hex: every shard of a site, and its merge, must agree.
    var inputs: String
    /// The build options the shards were built with, which the merge builds the rest with.
    var options: Options
    var rendered: Int
    var reused: Int
    /// The shard's products that have pages, in catalog order.
    var products: [Product]
    /// Per built market, its index entries in catalog order.
    var markets: [MarketEntries]
    /// Every page the shard wrote, market by market (in ``SitePlan/selected`` order), each market's in the
    /// order written.
    var pages: [Page]
    /// Warnings about the shard's products, in catalog order.
    var warnings: [Warning]

    struct Options: Codable, Sendable, Equatable {
        /// `--market` ids; empty for every market.
        var markets: [String]
        var isStrict: Bool
        var buildDate: Day?
    }

    struct Day: Codable, Sendable, Equatable {
        var year: Int
        var month: Int
        var day: Int
    }

    struct Product: Codable, Sendable, Equatable {
        /// The product's position in the whole catalog (1 for the first product).
        var position: Int
        var id: String
        /// The product's hreflang cluster, shared by its pages.
        var alternates: [Alternate]
    }

    struct Alternate: Codable, Sendable, Equatable {
        var hreflang: String
        var href: String
    }

    struct MarketEntries: Codable, Sendable, Equatable {
        /// The market's id.
        var market: String
        var entries: [Entry]
    }

    /// A product's line on a market's index page.
    struct Entry: Codable, Sendable, Equatable {
        /// The index of the product in ``ShardRecord/products``.
        var product: Int
        var name: String
        var url: String
        var price: String
        /// The day the page's bytes last changed, for the sitemaps' `lastmod`.
        var lastModified: String?
    }

    struct Page: Codable, Sendable, Equatable {
        /// The file, relative to the output.
        var path: String
        /// The page's input hash (``PlannedPage/inputHash``) in hex, as in the manifest.
        var inputHash: String
        /// The hash of the page's bytes in hex, as in the manifest.
        var contentHash: String
        /// The day the page's bytes last changed, as in the manifest.
        var lastModified: String?
    }

    struct Warning: Codable, Sendable, Equatable {
        /// The position of the product warned about.
        var position: Int
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
    }
}
