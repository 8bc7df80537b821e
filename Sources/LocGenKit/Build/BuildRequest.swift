public import LocGenICU

/// What `locgen build` is asked to do: which site, which markets, how strictly, with which theme.
public struct BuildRequest: Sendable {
    /// The site folder, holding `locgen.yaml`, `locales/`, `templates/`, `data/` and `static/`.
    public var siteDirectory: String
    /// The configuration file; `<siteDirectory>/locgen.yaml` unless given.
    public var configPath: String
    /// The ids of the markets to build; empty builds every market.
    ///
    /// The output holds only the markets built: staging starts empty, so a subset build replaces a
    /// full one.
    public var marketIDs: [String]
    /// Whether warnings fail the build.
    public var isStrict: Bool
    /// Theme folders, each holding a `templates/` and a `locales/` folder, looked up after the site's own
    /// in the order given.
    public var themeDirectories: [String]
    /// The build's date, from which delivery estimates count and the day a changed page's sitemap `lastmod`
    /// gets; `nil` leaves both out. The CLI passes
    /// `--date`, `SOURCE_DATE_EPOCH` or today in UTC: it is an input, so a build on another day
    /// differs only in those estimates.
    public var buildDate: LocalDateTime?
    /// The output folder, replacing the configuration's `output` when given (`--output`).
    public var outputPath: String?
    /// The slice of the catalog to build (`--shard 2/4`); `nil` builds the whole site.
    ///
    /// A shard's output holds its products' pages and a ``ShardRecord``, for `locgen merge`; no index
    /// pages, sitemaps, `robots.txt` or `static/`.
    public var shard: ShardSpec?
    /// Whether sitemaps are written gzip-compressed as `.xml.gz` (`locgen build --gzip`).
    public var compressesSitemaps: Bool
    /// Whether `locgen seo check` runs on the new output before it is swapped in (`--check`): an
    /// error-level finding fails the build, warnings become build warnings.
    public var checksOutput: Bool

    public init(
        siteDirectory: String,
        configPath: String? = nil,
        marketIDs: [String] = [],
        isStrict: Bool = false,
        themeDirectories: [String] = [],
        buildDate: LocalDateTime? = nil,
        outputPath: String? = nil,
        shard: ShardSpec? = nil,
        compressesSitemaps: Bool = false,
        checksOutput: Bool = false
    ) {
        self.siteDirectory = siteDirectory
        self.configPath = configPath ?? Self.join(siteDirectory, "locgen.yaml")
        self.marketIDs = marketIDs
        self.isStrict = isStrict
        self.themeDirectories = themeDirectories
        self.buildDate = buildDate
        self.outputPath = outputPath
        self.shard = shard
        self.compressesSitemaps = compressesSitemaps
        self.checksOutput = checksOutput
    }

    /// The template folders in lookup order: the site's `templates/`, then each theme's.
    ///
    /// Give these to the renderer (`TemplateSet.load(directories:)`); the build digests the same folders.
    public var templateDirectories: [String] {
        ([siteDirectory] + themeDirectories).map { Self.join($0, "templates") }
    }

    /// The locale-bundle folders in lookup order: the site's `locales/`, then each theme's.
    var localeDirectories: [String] {
        ([siteDirectory] + themeDirectories).map { Self.join($0, "locales") }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
