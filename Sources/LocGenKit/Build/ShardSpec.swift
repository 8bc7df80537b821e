/// Which slice of the catalog a sharded build makes: shard `number` of `count`, written `K/N` (`2/4`).
///
/// A product belongs to the shard `StableHash(product id) mod count + 1`: the same on every machine and
/// run, and independent of the other products, so a product keeps its shard when others are added or
/// removed. All of a product's market pages go to one shard, so each hreflang cluster is built whole.
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    /// The shard, from 1 to ``count``.
    public let number: Int
    /// How many shards the catalog is split into, at least 1.
    public let count: Int

    /// A shard spec; throws when `number` is not between 1 and `count`.
    public init(number: Int, count: Int) throws(LocGenError) {
        guard count >= 1 else {
            throw LocGenError(.invalidShard, "shard \(number)/\(count): the number of shards must be at least 1")
        }
        guard (1...count).contains(number) else {
            throw LocGenError(
                .invalidShard,
                "shard \(number)/\(count): the shard must be between 1 and \(count), as in 1/\(count)"
            )
        }
        self.number = number
        self.count = count
    }

    /// Parses `K/N`, as `--shard 2/4` gives it.
    public init(parsing text: String) throws(LocGenError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]) else {
            throw LocGenError(.invalidShard, "shard '\(text)' is not K/N; write e.g. 2/4 for the second of four shards")
        }
        try self.init(number: number, count: count)
    }

    /// Whether the product with this id belongs to this shard.
    public func contains(productID: String) -> Bool {
        Self.shard(ofProductID: productID, count: count) == number
    }

    /// The shard, from 1 to `count`, that builds the product with this id.
    public static func shard(ofProductID id: String, count: Int) -> Int {
        var hash = StableHash()
        hash.combine(id)
        return Int(hash.value % UInt64(count)) + 1
    }

    public var description: String { "\(number)/\(count)" }
}
