/// Joins the outputs of `locgen build --shard K/N` into one site, byte-identical to a build of the whole
/// site on one machine.
///
/// The shards' pages are hard-linked into a staging folder (copied when the shard is on another file
/// system), `static/` is copied from the site, and the index pages, sitemaps, `robots.txt` and manifest
/// are written by the same code a single build runs (``SiteFinish``), from the index entries the shards
/// recorded, put back in catalog order. The staging folder replaces the output only when all of it
/// succeeded.
public struct ShardMerger: Sendable {
    private let makeRenderer: @Sendable (_ isStrict: Bool) -> any PageRendering

    /// A merger rendering the index pages with the renderer `makeRenderer` gives for the shards'
    /// strictness (`--strict`), which is known once their records are read.
    public init(renderer makeRenderer: @escaping @Sendable (_ isStrict: Bool) -> any PageRendering) {
        self.makeRenderer = makeRenderer
    }

    /// Merges the shard folders a request names and swaps the site into the output folder.
    ///
    /// Throws ``BuildFailure``: of kind ``BuildFailure/Kind/configuration`` when the folders are not all
    /// the shards of one build of this site; the previous output is then untouched.
    public func merge(_ request: MergeRequest, progress: (any BuildProgress)?) async throws(BuildFailure)
        -> BuildReport
    {
        let clock = ContinuousClock()
        let start = clock.now
        let shards = try ShardSet.check(request.shardFolders)
        let build = request.buildRequest(options: shards.header.options)
        let site = try SitePlan.load(build)
        guard StableHash.hex(BuildInputs.shardDigest(of: site, request: build)) == shards.header.inputs else {
            throw BuildFailure(
                .configuration,
                LocGenError(
                    .shardMismatch,
                    "the shards were built from other inputs than the site '\(request.siteDirectory)' (configuration, catalog, rates, templates, messages or locgen differ); merge with the site folder, --theme options and locgen the shards were built with"
                )
            )
        }
        let output = site.config.outputPath
        let lock = try Builder.lock(output)
        // Held until the merge returns or throws.
        defer { withExtendedLifetime(lock) {} }
        let staging = try Builder.stage(output, request: build)
        var report: BuildReport
        do throws(BuildFailure) {
            report = try join(shards, site: site, request: build, into: staging, progress: progress)
            try Builder.seal(
                staging,
                report: &report,
                inputs: BuildInputs.digest(of: site, request: build),
                site: site,
                request: build
            )
        } catch {
            staging.discard()
            throw error
        }
        report.duration = clock.now - start
        progress?.finished(report)
        return report
    }

    /// Writes the merged site into staging.
    private func join(
        _ shards: ShardSet,
        site: SitePlan,
        request: BuildRequest,
        into staging: StagingFolder,
        progress: (any BuildProgress)?
    ) throws(BuildFailure) -> BuildReport {
        let writer = OutputWriter(root: staging.path)
        var copier = StaticCopier(siteDirectory: request.siteDirectory, writer: writer)
        var pages: CatalogPages
        do {
            pages = try CatalogPages(markets: site.markets.count, output: site.config.outputPath)
            try copier.copy()
            for folder in shards.folders {
                let record = try ShardRecord.read(folder: folder)
                try record.add(to: &pages, site: site, folder: folder) { (path) throws(LocGenError) in
                    try bring(path, from: folder, with: writer)
                }
                progress?.pageWritten(total: pages.rendered + pages.reused)
            }
            try ProductArchive.merge(
                shards.folders,
                siteDigest: BuildInputs.siteDigest(of: site, request: request),
                with: writer
            )
            try pages.spill.flush()
        } catch {
            throw BuildFailure(.build, error)
        }
        pages.warnings = pages.warnings.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element)
        let emitter = PageEmitter(renderer: makeRenderer(request.isStrict), site: site, writer: writer, request: request)
        return try SiteFinish(
            site: site,
            staging: staging,
            writer: writer,
            emitter: emitter,
            compressesSitemaps: request.compressesSitemaps
        ).finish(pages, staticFiles: copier.count, staticWarnings: copier.warnings, progress: progress)
    }

    /// Hard-links a shard's page into staging, or copies it when the shard is on another file system.
    private func bring(_ path: String, from folder: String, with writer: OutputWriter) throws(LocGenError) {
        let source = BuildRequest.join(folder, path)
        guard try !writer.link(existing: source, to: path) else { return }
        try writer.copy(file: source, to: path)
    }
}
