/// The end of a sharded build: the shard's manifest (so the next build of the shard reuses its pages) and
/// its ``ShardRecord``, in place of the index pages, sitemaps and `robots.txt` that `locgen merge` writes.
struct ShardOutput {
    let site: SitePlan
    let request: BuildRequest
    let shard: ShardSpec
    let writer: OutputWriter

    /// Writes the manifest and the record; throws ``BuildFailure`` with the catalog's problems, if any.
    func write(_ pages: CatalogPages) throws(BuildFailure) -> BuildReport {
        guard pages.errors.isEmpty else { throw BuildFailure(.build, pages.errors) }
        do {
            let record = try ShardRecord(
                pages,
                shard: shard,
                inputs: BuildInputs.shardDigest(of: site, request: request),
                request: request,
                site: site
            )
            try SiteFinish.writeManifest(try pages.spill.records(of: site.selected), with: writer)
            try writer.write(try record.text().utf8, to: ShardRecord.path)
        } catch {
            throw BuildFailure(.build, error)
        }
        return BuildReport(
            outputPath: site.config.outputPath,
            markets: site.selected.map { .init(id: site.markets[$0].id, pages: pages.spill.entryCounts[$0]) },
            renderedPages: pages.rendered,
            reusedPages: pages.reused,
            staticFiles: 0,
            warnings: SiteFinish.reportLines(site.warnings + pages.warnings.map(\.warning)),
            duration: .zero,
            skippedProducts: pages.skippedProducts
        )
    }
}
