import Foundation

/// What a sharded build (`locgen build --shard K/N`) made, for `locgen merge`: which shard of how many,
/// from which inputs and options, and how much of each market its data file holds.
///
/// Kept at `<output>/.locgen/shard.json`, small whatever the shard's size. What the finish phase needs of
/// the shard's pages is in the data file beside it, `.locgen/shard.data` (``ShardData``), written and read
/// a record at a time, so neither the shard build nor the merge holds a shard's pages in memory.
struct ShardRecord: Codable, Sendable, Equatable {
    static let path = ".locgen/shard.json"
    /// The format this locgen writes and reads.
    static let currentVersion = 2

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
    /// Per built market, in ``SitePlan/selected`` order, how many index entries and pages the data file holds.
    var markets: [Market]
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

    struct Market: Codable, Sendable, Equatable {
        /// The market's id.
        var market: String
        /// How many index entries (product pages) of the market the data file holds.
        var entries: Int
        /// How many manifest records of the market the data file holds: one per entry.
        var pages: Int
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
