import LocGenICU

/// One build in progress: streams the catalog through the rendering tasks, then writes the index pages,
/// the manifest, and collects the report.
struct BuildRun {
    let renderer: any PageRendering
    let site: SitePlan
    let staging: StagingFolder
    let request: BuildRequest

    /// Products per task in one batch: enough to keep tasks busy, few enough to keep memory flat.
    private static let productsPerTask = 16
    /// Problems after which the build stops reading the catalog.
    static let maximumErrors = 100

    /// Writes the whole site into staging; throws ``BuildFailure`` with every problem found.
    func run(progress: (any BuildProgress)?) async throws(BuildFailure) -> BuildReport {
        let writer = OutputWriter(root: staging.path)
        var warnings = site.warnings
        var copier = StaticCopier(siteDirectory: request.siteDirectory, writer: writer)
        do {
            try copier.copy()
        } catch {
            throw BuildFailure(.build, error)
        }
        warnings += copier.warnings
        let emitter = PageEmitter(
            renderer: renderer,
            site: site,
            writer: writer,
            previous: BuildManifest.read(output: site.config.outputPath),
            previousOutput: site.config.outputPath
        )
        var (totals, entries, errors) = try await streamCatalog(
            emitter: emitter,
            warnings: &warnings,
            progress: progress
        )
        var markets: [BuildReport.MarketPages] = []
        let indexPages = IndexPages(site: site)
        for index in site.selected {
            do {
                let page = try indexPages.page(market: index, entries: entries[index], warnings: &warnings)
                try totals.emit(page, with: emitter)
            } catch {
                errors.append(error)
            }
            markets.append(.init(id: site.markets[index].id, pages: entries[index].count + 1))
            progress?.marketFinished(id: site.markets[index].id, pages: entries[index].count + 1)
        }
        var selectorURL: String?
        do {
            // The site's own static/index.html, copied above, keeps the root.
            let rootIsTaken = BuildInputs.fileExists(staging.path + "/index.html")
            if let page = try SelectorPage(site: site).page(rootIsTaken: rootIsTaken) {
                try totals.emit(page, with: emitter)
                if site.config.xDefault == .selector { selectorURL = PageContext.siteURL(site.config) }
            }
        } catch {
            errors.append(error)
        }
        guard errors.isEmpty else { throw BuildFailure(.build, errors) }
        do {
            try SearchEngineFiles(site: site, staging: staging.path, writer: writer)
                .write(entries: entries, selector: selectorURL)
        } catch {
            throw BuildFailure(.build, error)
        }
        var manifest = BuildManifest()
        for (path, hash) in totals.hashes { manifest.pages[path] = hash }
        do {
            try writer.write(manifest.text.utf8, to: BuildManifest.path)
        } catch {
            throw BuildFailure(.build, error)
        }
        return BuildReport(
            outputPath: site.config.outputPath,
            markets: markets,
            renderedPages: totals.rendered,
            reusedPages: totals.reused,
            staticFiles: copier.count,
            warnings: warnings.map {
                $0.location == nil ? "warning: \($0.message)" : "\($0.location!): warning: \($0.message)"
            },
            duration: .zero
        )
    }

    /// Renders every product page, batch by batch; returns the counts and hashes, each market's index
    /// entries and the problems found. Stops reading after ``maximumErrors`` problems.
    private func streamCatalog(
        emitter: PageEmitter,
        warnings: inout [LocGenError],
        progress: (any BuildProgress)?
    ) async throws(BuildFailure) -> (BatchResult, [[IndexEntry]], [LocGenError]) {
        var reader: CatalogReader
        do {
            reader = try CatalogReader(path: site.catalogPath)
        } catch {
            throw BuildFailure(.configuration, error)
        }
        var totals = BatchResult()
        var errors: [LocGenError] = []
        var entries = Array(repeating: [IndexEntry](), count: site.markets.count)
        let tasks = ProcessorCount.online
        let batchSize = tasks * Self.productsPerTask
        var isFinished = false
        var batch = readBatch(
            of: batchSize,
            from: &reader,
            isFinished: &isFinished,
            warnings: &warnings,
            errors: &errors
        )
        while !batch.isEmpty {
            // Render this batch on all cores while this task reads the next one: at most two batches are in
            // memory at once.
            async let results = Self.render(batch, tasks: tasks, emitter: emitter)
            let next =
                isFinished
                ? []
                : readBatch(of: batchSize, from: &reader, isFinished: &isFinished, warnings: &warnings, errors: &errors)
            for result in await results {
                errors += result.errors
                totals.rendered += result.rendered
                totals.reused += result.reused
                totals.hashes += result.hashes
                for (market, entry) in result.entries { entries[market].append(entry) }
            }
            progress?.pageWritten(total: totals.rendered + totals.reused)
            batch = next
            if errors.count >= Self.maximumErrors {
                // A broken template fails every page: report the first ones instead of rendering the rest.
                errors = Array(errors.prefix(Self.maximumErrors))
                errors.append(
                    LocGenError(.buildWarning, "stopped after \(Self.maximumErrors) errors; fix these and build again")
                )
                break
            }
        }
        return (totals, entries, errors)
    }

    /// Reads up to `count` products, collecting catalog problems; sets `isFinished` at the catalog's end.
    private func readBatch(
        of count: Int,
        from reader: inout CatalogReader,
        isFinished: inout Bool,
        warnings: inout [LocGenError],
        errors: inout [LocGenError]
    ) -> [Product] {
        var batch: [Product] = []
        batch.reserveCapacity(count)
        while batch.count < count {
            do {
                guard let product = try reader.next() else {
                    isFinished = true
                    break
                }
                warnings += overrideWarnings(product)
                batch.append(product)
            } catch {
                errors += error.problems
            }
        }
        return batch
    }

    /// Renders a batch on `tasks` tasks; results come back in batch order so the build stays deterministic.
    private static func render(_ batch: [Product], tasks: Int, emitter: PageEmitter) async -> [BatchResult] {
        guard !batch.isEmpty else { return [] }
        let share = (batch.count + tasks - 1) / tasks
        return await withTaskGroup(of: (Int, BatchResult).self) { group in
            for (number, start) in stride(from: 0, to: batch.count, by: share).enumerated() {
                let slice = batch[start..<min(start + share, batch.count)]
                group.addTask { (number, BatchResult.process(slice, emitter: emitter)) }
            }
            var results: [(Int, BatchResult)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Warnings for overrides naming markets the site does not have.
    private func overrideWarnings(_ product: Product) -> [LocGenError] {
        product.markets.keys.sorted().filter { site.config.market(id: $0) == nil }.map { id in
            let known = site.config.markets.map(\.id)
            let hint = NameSuggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
            return LocGenError(
                .buildWarning,
                "\(site.catalogPath): product '\(product.id)' has an override for the unknown market '\(id)'\(hint)"
            )
        }
    }
}
