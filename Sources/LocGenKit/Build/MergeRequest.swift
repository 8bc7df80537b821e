import LocGenICU

/// What `locgen merge` is asked to do: which shard folders to join into which site's output.
///
/// The build options (`--market`, `--date`, `--strict`) come from the shards' records; the site, its
/// themes and the locgen running the merge must be those the shards were built with.
public struct MergeRequest: Sendable {
    /// The site folder the shards were built from, holding `locgen.yaml`.
    public var siteDirectory: String
    /// The configuration file; `<siteDirectory>/locgen.yaml` unless given.
    public var configPath: String
    /// Theme folders, as for ``BuildRequest/themeDirectories``.
    public var themeDirectories: [String]
    /// The output folder, replacing the configuration's `output` when given.
    public var outputPath: String?
    /// The outputs of `locgen build --shard K/N`, one per shard, in any order.
    public var shardFolders: [String]
    /// Whether sitemaps are written as `.xml.gz` (`locgen merge --gzip`), as ``BuildRequest/compressesSitemaps``.
    public var compressesSitemaps: Bool
    /// Whether `locgen seo check` runs on the merged site before it replaces the output (`--check`), as
    /// ``BuildRequest/checksOutput``.
    public var checksOutput: Bool

    public init(
        siteDirectory: String,
        configPath: String? = nil,
        themeDirectories: [String] = [],
        outputPath: String? = nil,
        shardFolders: [String],
        compressesSitemaps: Bool = false,
        checksOutput: Bool = false
    ) {
        self.siteDirectory = siteDirectory
        self.configPath = configPath ?? BuildRequest.join(siteDirectory, "locgen.yaml")
        self.themeDirectories = themeDirectories
        self.outputPath = outputPath
        self.shardFolders = shardFolders
        self.compressesSitemaps = compressesSitemaps
        self.checksOutput = checksOutput
    }

    /// The build request the shards were made with, as their records give its options.
    func buildRequest(options: ShardRecord.Options) -> BuildRequest {
        BuildRequest(
            siteDirectory: siteDirectory,
            configPath: configPath,
            marketIDs: options.markets,
            isStrict: options.isStrict,
            themeDirectories: themeDirectories,
            buildDate: options.buildDate.map { LocalDateTime(year: $0.year, month: $0.month, day: $0.day) },
            outputPath: outputPath,
            compressesSitemaps: compressesSitemaps,
            checksOutput: checksOutput
        )
    }
}
