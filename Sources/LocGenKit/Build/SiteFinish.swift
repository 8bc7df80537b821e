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
        totals.records = pages.records
        // Held once, by `totals`, and let go once the manifest has them: at 300,000 pages they are 40 MB.
        pages.records = []
        var markets: [BuildReport.MarketPages] = []
        let indexPages = IndexPages(site: site)
        for index in site.selected {
            let entries = pages.entries[index]
            do {
                let page = try indexPages.page(market: index, entries: entries, warnings: &warnings)
                try totals.emit(page, with: emitter)
            } catch {
                errors.append(error)
            }
            markets.append(.init(id: site.markets[index].id, pages: entries.count + 1))
            progress?.marketFinished(id: site.markets[index].id, pages: entries.count + 1)
        }
        var selectorURL: String?
        do {
            // The site's own static/index.html, copied before, keeps the root.
            let rootIsTaken = BuildInputs.fileExists(staging.path + "/index.html")
            if let page = try SelectorPage(site: site).page(rootIsTaken: rootIsTaken) {
                try totals.emit(page, with: emitter)
                // The site's front door: listed in the main host's sitemap whether or not it is the x-default.
                selectorURL = PageContext.siteURL(site.config)
            }
        } catch {
            errors.append(error)
        }
        guard errors.isEmpty else { throw BuildFailure(.build, errors) }
        var manifest = BuildManifest()
        manifest.pages.reserveCapacity(totals.records.count)
        for (path, record) in totals.records { manifest.pages[path] = record }
        totals.records = []
        manifest.keepRecords(of: emitter.previous, forMarketsOtherThan: site.selected, in: site)
        do {
            try SearchEngineFiles(
                site: site,
                staging: staging.path,
                writer: writer,
                compressesSitemaps: compressesSitemaps
            ).write(entries: pages.entries, manifest: manifest, previous: emitter.previous, selector: selectorURL)
            try manifest.write(with: writer)
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
            duration: .zero
        )
    }

    /// Writes `.locgen/manifest.json` listing these pages.
    static func writeManifest(_ records: [(path: String, record: BuildManifest.Page)], with writer: OutputWriter)
        throws(LocGenError)
    {
        var manifest = BuildManifest()
        for (path, record) in records { manifest.pages[path] = record }
        try manifest.write(with: writer)
    }

    /// Warnings as the report lists them: `file:line:col: warning: …`, or `warning: …` without a location.
    static func reportLines(_ warnings: [LocGenError]) -> [String] {
        warnings.map { $0.location == nil ? "warning: \($0.message)" : "\($0.location!): warning: \($0.message)" }
    }
}
