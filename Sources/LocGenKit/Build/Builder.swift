import LocGenICU

/// Builds a site: one page per product per market, an index page per market, a language selector at the root, and
/// `static/`, written into a staging folder that replaces the output only when everything succeeded.
///
/// The catalog is streamed in slices of a few products, rendered and written on all cores as a stream
/// (``CatalogPass``), so memory holds the slices in flight, two per core. What each page leaves for the end of the build, its
/// market's ``IndexEntry`` (id, name, URL, formatted price: about 200 bytes) and its manifest record, is
/// appended to files in a private folder beside the output (``PageSpill``), each product's hreflang cluster
/// once. When the catalog ends, each market is read back on its own to sort its index by collation and write
/// its sorted runs, which are merged into the sitemaps and the manifest (``ManifestMerge``). What stays in
/// memory for the whole build is small: where each product's cluster is in the spill (about 40 bytes a
/// product), on a rebuild the previous manifest as hashes (``PreviousManifest``) and the claimed paths as
/// hashes (``OutputClaims``), and the products some product lists as related (``RelatedProducts``, found by
/// a first pass over the catalog), for the cards on the pages that list them.
///
/// Pages are rendered again only when their inputs changed: each page's template name, a digest of the
/// template folders, a digest of the market's messages, its data and its message arguments are hashed
/// (``StableHash``), and a page whose hash matches the previous build's manifest is kept: left in place by an
/// overlay build, which stages only new and changed files (``OverlayCommit``), hard-linked from the previous
/// output into a whole-tree staging folder otherwise.
public struct Builder: Sendable {
    private let renderer: any PageRendering

    /// A builder rendering with `renderer`.
    public init(renderer: any PageRendering) {
        self.renderer = renderer
    }

    /// Builds the site a request names and swaps it into the output folder.
    ///
    /// Throws ``BuildFailure`` listing every problem found; the previous output is then untouched and the
    /// staging folder removed. In strict mode warnings fail the build too.
    public func build(_ request: BuildRequest, progress: (any BuildProgress)?) async throws(BuildFailure)
        -> BuildReport
    {
        let clock = ContinuousClock()
        let start = clock.now
        var site = try SitePlan.load(request)
        let lock = try Self.lock(site.config.outputPath)
        // Held until the build returns or throws.
        defer { withExtendedLifetime(lock) {} }
        let inputs = BuildInputs.digest(of: site, request: request)
        if let previous = BuildInputs.read(output: site.config.outputPath), previous.digest == inputs,
            BuildInputs.fileExists(site.config.outputPath + "/" + BuildManifest.path),
            request.shard == nil || BuildInputs.fileExists(site.config.outputPath + "/" + ShardRecord.path)
        {
            // Nothing the build reads has changed: the output is already what it would write.
            var report = BuildReport(
                outputPath: site.config.outputPath,
                markets: previous.markets,
                renderedPages: 0,
                reusedPages: previous.markets.reduce(previous.sitePages) { $0 + $1.pages },
                staticFiles: previous.staticFiles,
                warnings: [],
                duration: .zero
            )
            report.isUpToDate = true
            if request.checksOutput {
                try OutputCheck(site: site, folder: site.config.outputPath).run(adding: &report, isStrict: request.isStrict)
            }
            report.duration = clock.now - start
            progress?.finished(report)
            return report
        }
        site.loadRelatedProducts()
        let staging = try Self.stage(site.config.outputPath, request: request, allowsOverlay: true)
        var report: BuildReport
        do throws(BuildFailure) {
            report = try await BuildRun(renderer: renderer, site: site, staging: staging, request: request)
                .run(progress: progress)
            try Self.seal(staging, report: &report, inputs: inputs, site: site, request: request)
        } catch {
            staging.discard()
            throw error
        }
        report.duration = clock.now - start
        progress?.finished(report)
        return report
    }

    /// Runs `locgen seo check` on a whole site's staging folder when asked (`--check`; a shard is not a
    /// whole site), fails a strict build with warnings, and otherwise records the inputs in staging and
    /// swaps it in.
    ///
    /// The last step of ``build(_:progress:)`` and of ``ShardMerger/merge(_:progress:)``.
    static func seal(
        _ staging: StagingFolder,
        report: inout BuildReport,
        inputs: UInt64,
        site: SitePlan,
        request: BuildRequest
    ) throws(BuildFailure) {
        if request.checksOutput, request.shard == nil {
            try OutputCheck(site: site, folder: staging.path).run(adding: &report, isStrict: request.isStrict)
        }
        if request.isStrict, !report.warnings.isEmpty {
            throw BuildFailure(
                .build,
                LocGenError(
                    .buildWarning,
                    "\(report.warnings.count) warnings in strict mode:\n" + report.warnings.joined(separator: "\n")
                )
            )
        }
        do {
            let record = BuildInputs(
                digest: inputs,
                markets: report.markets,
                staticFiles: report.staticFiles,
                sitePages: report.totalPages - report.markets.reduce(0) { $0 + $1.pages }
            )
            try BuildInputs.write(record, into: staging.path)
            try staging.commit()
        } catch {
            throw BuildFailure(.build, error)
        }
    }

    /// Locks the output folder against other builds (``BuildLock``), then finishes or clears what a crashed
    /// build left beside it (``StagingFolder/recoverLeftovers(of:)``).
    ///
    /// Recovery runs here, once, under the lock and before anything reads the output: a commit a crash
    /// interrupted may already have moved in the inputs record the up-to-date check reads.
    static func lock(_ output: String) throws(BuildFailure) -> BuildLock {
        do {
            let lock = try BuildLock(output: output)
            try StagingFolder.recoverLeftovers(of: output)
            return lock
        } catch {
            throw BuildFailure(.build, error)
        }
    }

    /// Checks that the output may be replaced and creates the staging folder; the caller holds the lock
    /// (``lock(_:)``), which has recovered what a crashed build left.
    ///
    /// With `allowsOverlay`, staging is an overlay (only new and changed files; see ``OverlayCommit``) when
    /// the output holds a previous locgen build and the build does not `--check`. The whole tree is staged
    /// otherwise: for a first build, for an output whose records do not read, and for `--check`, whose audit
    /// needs the complete new site in one folder before anything of the output is replaced.
    static func stage(_ output: String, request: BuildRequest, allowsOverlay: Bool = false) throws(BuildFailure)
        -> StagingFolder
    {
        do {
            try OutputGuard.check(output: output, request: request)
        } catch {
            throw BuildFailure(.configuration, error)
        }
        // The output itself, not a link to it: a swap replaces a link, an overlay would write through it.
        let isOverlay =
            allowsOverlay && !request.checksOutput && FolderWalk.isFolder(output)
            && BuildInputs.read(output: output) != nil && BuildInputs.fileExists(output + "/" + BuildManifest.path)
        do {
            return try StagingFolder.create(for: output, isOverlay: isOverlay)
        } catch {
            throw BuildFailure(.build, error)
        }
    }
}
