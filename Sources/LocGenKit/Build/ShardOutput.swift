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
            let data = pages.spill.file(named: "shard.data")
            let record = try ShardData.write(
                pages,
                to: data,
                shard: shard,
                inputs: BuildInputs.shardDigest(of: site, request: request),
                request: request,
                site: site
            )
            // The manifest, so that the next build of the shard reuses its pages: this build's records, merged
            // from each market's sorted on disk.
            for market in site.selected { try pages.spill.writeManifestRun(market: market, home: nil) }
            var noChanges: PageChanges? = nil
            try ManifestMerge(site: site, previous: PreviousManifest()).write(
                runs: site.selected.map(pages.spill.manifestRun(of:)),
                records: [],
                with: writer,
                changes: &noChanges
            )
            if try !writer.link(existing: data, to: ShardData.path) {
                try writer.copy(file: data, to: ShardData.path)
            }
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
