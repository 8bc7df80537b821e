import LocGenICU

/// The first phase of a build: streams the catalog and writes every product page, keeping what the rest
/// of the build needs: each market's index entries and the pages' manifest records, on disk (``PageSpill``),
/// and the counts, warnings and problems.
///
/// A sharded build runs it for its shard's products only; every product is still read, so positions and
/// catalog problems are the same in every shard.
struct CatalogPass {
    let site: SitePlan
    /// The slice of the catalog to build; `nil` builds every product.
    let shard: ShardSpec?
    /// The previous build's products, to keep the unchanged ones' pages, and this build's site digest.
    let archive: ProductArchive

    /// Products per task in one batch: enough to keep tasks busy, few enough to keep memory flat.
    private static let productsPerTask = 16
    /// Problems after which the build stops reading the catalog.
    static let maximumErrors = 100

    /// Renders every product page, batch by batch; returns the pages with the problems found. Stops
    /// reading after ``maximumErrors`` problems.
    func run(emitter: PageEmitter, progress: (any BuildProgress)?) async throws(BuildFailure) -> CatalogPages {
        var reader: CatalogReader
        do {
            reader = try CatalogReader(path: site.catalogPath)
        } catch {
            throw BuildFailure(.configuration, error)
        }
        var pages: CatalogPages
        do {
            pages = try CatalogPages(markets: site.markets.count, output: site.config.outputPath)
        } catch {
            throw BuildFailure(.build, error)
        }
        var archiveFile: SpillWriter
        do {
            archiveFile = try archive.create(with: emitter.writer)
        } catch {
            throw BuildFailure(.build, error)
        }
        var position = 0
        let tasks = ProcessorCount.online
        let batchSize = tasks * Self.productsPerTask
        var isFinished = false
        var batch = readBatch(of: batchSize, from: &reader, position: &position, isFinished: &isFinished, into: &pages)
        while !batch.isEmpty {
            // Render this batch on all cores while this task reads the next one: at most two batches are in
            // memory at once.
            async let results = Self.render(batch, tasks: tasks, emitter: emitter, archive: archive)
            let next =
                isFinished
                ? []
                : readBatch(of: batchSize, from: &reader, position: &position, isFinished: &isFinished, into: &pages)
            for result in await results {
                pages.errors += result.errors
                pages.rendered += result.rendered
                pages.reused += result.reused
                pages.skippedProducts += result.skippedProducts
                do {
                    for (market, record) in result.records { try pages.spill.add(record: record, market: market) }
                    for (market, entry) in result.entries { try pages.spill.add(entry, market: market) }
                    archiveFile.append(encoded: result.archive)
                    try archiveFile.endRecord()
                } catch {
                    throw BuildFailure(.build, error)
                }
            }
            progress?.pageWritten(total: pages.rendered + pages.reused)
            batch = next
            if pages.errors.count >= Self.maximumErrors {
                // A broken template fails every page: report the first ones instead of rendering the rest.
                pages.errors = Array(pages.errors.prefix(Self.maximumErrors))
                pages.errors.append(
                    LocGenError(.buildWarning, "stopped after \(Self.maximumErrors) errors; fix these and build again")
                )
                break
            }
        }
        do {
            try pages.spill.flush()
            try archiveFile.flush()
        } catch {
            throw BuildFailure(.build, error)
        }
        return pages
    }

    /// Reads up to `count` products of this shard, numbering every product read and collecting catalog
    /// problems; sets `isFinished` at the catalog's end.
    private func readBatch(
        of count: Int,
        from reader: inout CatalogReader,
        position: inout Int,
        isFinished: inout Bool,
        into pages: inout CatalogPages
    ) -> [CatalogPages.Positioned] {
        var batch: [CatalogPages.Positioned] = []
        batch.reserveCapacity(count)
        while batch.count < count {
            do {
                guard let product = try reader.next() else {
                    isFinished = true
                    break
                }
                position += 1
                guard shard?.contains(productID: product.id) ?? true else { continue }
                pages.warnings += overrideWarnings(product).map { (position, $0) }
                batch.append((position, product))
            } catch {
                pages.errors += error.problems
            }
        }
        return batch
    }

    /// Renders a batch on `tasks` tasks; results come back in batch order so the build stays deterministic.
    private static func render(
        _ batch: [CatalogPages.Positioned],
        tasks: Int,
        emitter: PageEmitter,
        archive: ProductArchive
    ) async -> [BatchResult] {
        guard !batch.isEmpty else { return [] }
        let share = (batch.count + tasks - 1) / tasks
        return await withTaskGroup(of: (Int, BatchResult).self) { group in
            for (number, start) in stride(from: 0, to: batch.count, by: share).enumerated() {
                let slice = batch[start..<min(start + share, batch.count)]
                group.addTask { (number, BatchResult.process(slice, emitter: emitter, archive: archive)) }
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
