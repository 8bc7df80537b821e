import LocGenICU

/// One build in progress: copies `static/`, streams the catalog through the rendering tasks
/// (``CatalogPass``), then writes the index pages, the sitemaps and the manifest (``SiteFinish``).
///
/// A sharded build (``BuildRequest/shard``) stops after its products' pages and writes its
/// ``ShardRecord`` instead: `locgen merge` finishes the site.
struct BuildRun {
    let renderer: any PageRendering
    let site: SitePlan
    let staging: StagingFolder
    let request: BuildRequest

    /// Writes the whole site, or one shard of it, into staging; throws ``BuildFailure`` with every problem
    /// found.
    func run(progress: (any BuildProgress)?) async throws(BuildFailure) -> BuildReport {
        let writer = OutputWriter(root: staging.path, claims: staging.claims)
        let emitter = PageEmitter(renderer: renderer, site: site, writer: writer, request: request)
        let archive = ProductArchive(site: site, request: request, isOverlay: staging.claims != nil)
        if let shard = request.shard {
            let pages = try await CatalogPass(site: site, shard: shard, archive: archive)
                .run(emitter: emitter, progress: progress)
            return try ShardOutput(site: site, request: request, shard: shard, writer: writer).write(pages)
        }
        var copier = StaticCopier(siteDirectory: request.siteDirectory, writer: writer)
        do {
            try copier.copy()
        } catch {
            throw BuildFailure(.build, error)
        }
        let pages = try await CatalogPass(site: site, shard: nil, archive: archive)
            .run(emitter: emitter, progress: progress)
        return try SiteFinish(
            site: site,
            staging: staging,
            writer: writer,
            emitter: emitter,
            compressesSitemaps: request.compressesSitemaps
        ).finish(pages, staticFiles: copier.count, staticWarnings: copier.warnings, progress: progress)
    }
}
