extension LocGenError.Code {
    /// A market id given to `locgen build --market` that the site does not have.
    public static let unknownMarket = Self(rawValue: "unknown-market")
    /// A slug, path or link that would write or read outside the output or site folder.
    public static let unsafePath = Self(rawValue: "unsafe-path")
    /// Two pages, or a page and a static file, that would be written to the same file.
    public static let outputConflict = Self(rawValue: "output-conflict")
    /// A file or folder of the output that cannot be written, linked, renamed or removed.
    public static let outputFailure = Self(rawValue: "output-failure")
    /// A problem the build works around, such as an override for a market the site does not have.
    public static let buildWarning = Self(rawValue: "build-warning")
    /// A `--shard K/N` that is not two numbers with 1 ≤ K ≤ N.
    public static let invalidShard = Self(rawValue: "invalid-shard")
    /// Shard folders `locgen merge` cannot join: not a shard, missing or duplicate shards, other inputs.
    public static let shardMismatch = Self(rawValue: "shard-mismatch")
}
