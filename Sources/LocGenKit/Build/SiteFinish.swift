/// The last phase of a build, once every product page is in staging: the market index pages, the language
/// selector at the root, the sitemaps and `robots.txt`, the manifest, and the report.
///
/// A single build and `locgen merge` run this same code on the same ``CatalogPages``, which is what makes a
/// merged site byte-identical to one built on one machine.
struct SiteFinish {
    let site: SitePlan
    let staging: StagingFolder
    let writer: OutputWriter
    /// Renders or reuses the index pages; its previous manifest dates the sitemaps' unchanged pages.
    let emitter: PageEmitter
    /// Whether sitemaps are written as `.xml.gz` (`--gzip`).
    let compressesSitemaps: Bool

    /// Writes the rest of the site; throws ``BuildFailure`` with the catalog's problems and any found here.
    ///
    /// `staticFiles` and `staticWarnings` are what ``StaticCopier`` did; the report's warnings are the
    /// site's, the static files', the products' and the index pages', in that order.
    func finish(
        _ pages: consuming CatalogPages,
        staticFiles: Int,
        staticWarnings: [LocGenError],
        progress: (any BuildProgress)?
    ) throws(BuildFailure) -> BuildReport {
        var warnings = site.warnings + staticWarnings + pages.warnings.map(\.warning)
        var errors = pages.errors
        var totals = BatchResult()
        totals.rendered = pages.rendered
        totals.reused = pages.reused
        var markets: [BuildReport.MarketPages] = []
        for (index, finished) in zip(site.selected, finishMarkets(spill: pages.spill)) {
            let plan = site.markets[index]
            warnings += finished.warnings
            if let error = finished.error { errors.append(error) }
            totals.rendered += finished.rendered
            totals.reused += finished.reused
            markets.append(.init(id: plan.id, pages: pages.spill.entryCounts[index] + 1))
            progress?.marketFinished(id: plan.id, pages: pages.spill.entryCounts[index] + 1)
        }
        var selector: (entry: Sitemap.Entry, record: ManifestRecord)?
        do {
            // The site's own static/index.html, copied before, keeps the root.
            let rootIsTaken = BuildInputs.fileExists(staging.path + "/index.html")
            if let page = try SelectorPage(site: site).page(rootIsTaken: rootIsTaken) {
                let record = try totals.emit(page, with: emitter)
                // The site's front door: listed in the main host's sitemap whether or not it is the x-default.
                let url = PageContext.siteURL(site.config)
                let entry = Sitemap.Entry(url: url, alternates: [], lastModified: record.lastModified)
                selector = (entry, (page.path, record))
            }
        } catch {
            errors.append(error)
        }
        guard errors.isEmpty else { throw BuildFailure(.build, errors) }
        let files = SearchEngineFiles(
            site: site,
            staging: staging.path,
            writer: writer,
            compressesSitemaps: compressesSitemaps
        )
        let changes =
            site.config.seo.indexNowKey == nil ? nil : PageChanges(filePrefix: pages.spill.file(named: "indexnow-"))
        let manifest = ManifestMerge(site: site, previous: emitter.previous)
        let (spill, writer, site, root) = (pages.spill, writer, site, selector)
        do {
            // The sitemaps and the manifest read different runs and write different files: one per core.
            let (_, changed) = try AllCores.both(
                { () throws(LocGenError) in try files.write(spill: spill, selector: root?.entry) },
                { () throws(LocGenError) in
                    var changes = changes
                    try manifest.write(
                        runs: site.selected.map(spill.manifestRun(of:)),
                        records: root.map { [$0.record] } ?? [],
                        with: writer,
                        changes: &changes
                    )
                    return changes
                }
            )
            if let changes = changed {
                try files.writeIndexNowRequests(changes: changes, hasSelector: selector != nil)
            }
        } catch {
            throw BuildFailure(.build, error)
        }
        return BuildReport(
            outputPath: site.config.outputPath,
            markets: markets,
            renderedPages: totals.rendered,
            reusedPages: totals.reused,
            staticFiles: staticFiles,
            warnings: Self.reportLines(warnings),
            duration: .zero,
            skippedProducts: pages.skippedProducts
        )
    }

    /// What finishing one market did: its index page, rendered or reused, and the warnings and problem found.
    private struct FinishedMarket: Sendable {
        var warnings: [LocGenError] = []
        var error: LocGenError?
        var rendered = 0
        var reused = 0
    }

    /// Writes each selected market's index page and sorted runs, on all cores: markets are independent, and
    /// sorting and rendering a market is most of the finish. Results come back in ``SitePlan/selected`` order.
    ///
    /// A task holds one market's entries at a time, so memory holds one market per core.
    private func finishMarkets(spill: PageSpill) -> [FinishedMarket] {
        let selected = site.selected
        let indexPages = IndexPages(site: site)
        let (plans, emitter) = (site.markets, emitter)
        return AllCores.map(selected.count) { number in
            let index = selected[number]
            var finished = FinishedMarket()
            do throws(LocGenError) {
                let entries = try spill.entries(of: index)
                let page = try indexPages.page(market: index, entries: entries, warnings: &finished.warnings)
                let (path, record, isReused) = try emitter.emit(page)
                if isReused { finished.reused = 1 } else { finished.rendered = 1 }
                try spill.writeRuns(market: index, entries: entries, home: (plans[index].url, (path, record)))
            } catch {
                finished.error = error
            }
            return finished
        }
    }

    /// Warnings as the report lists them: `file:line:col: warning: …`, or `warning: …` without a location.
    static func reportLines(_ warnings: [LocGenError]) -> [String] {
        warnings.map { $0.location == nil ? "warning: \($0.message)" : "\($0.location!): warning: \($0.message)" }
    }
}
