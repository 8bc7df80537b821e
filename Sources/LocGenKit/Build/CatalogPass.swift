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

    /// Products in one slice of the catalog, the unit of work of a rendering task: small enough that the
    /// cores stay evenly busy to the end, large enough that starting a task costs nothing next to it.
    private static let productsPerSlice = 8
    /// Problems after which the build stops reading the catalog.
    static let maximumErrors = 100

    /// Renders every product page, slice by slice on all cores; returns the pages with the problems found.
    /// Stops reading after ``maximumErrors`` problems.
    ///
    /// Slices are rendered as a stream, not in batches: whenever a task finishes a slice, the next slice is
    /// read and started, so no core waits for the slowest task of a batch. Two slices per core are in flight,
    /// so a core always has one queued while this task reads; results are taken in catalog order, which
    /// keeps the build deterministic, and memory holds only the slices in flight and those finished early.
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
        let inFlight = 2 * ProcessorCount.online
        let archive = archive
        var position = 0
        var isFinished = false
        var failure: LocGenError?
        await withTaskGroup(of: (Int, BatchResult).self) { group in
            var started = 0
            var taken = 0
            var finishedEarly: [Int: BatchResult] = [:]
            // Reads the next slice and starts rendering it; false when the catalog has no more products.
            func startSlice() -> Bool {
                guard !isFinished else { return false }
                var problems: [LocGenError] = []
                let slice = readSlice(
                    from: &reader,
                    position: &position,
                    isFinished: &isFinished,
                    into: &pages,
                    problems: &problems
                )
                guard !slice.isEmpty || !problems.isEmpty else { return false }
                let number = started
                started += 1
                group.addTask {
                    var result = BatchResult.process(slice[...], emitter: emitter, archive: archive)
                    result.errors = problems + result.errors
                    return (number, result)
                }
                return true
            }
            while started < inFlight, startSlice() {}
            while let (number, result) = await group.next() {
                finishedEarly[number] = result
                while let result = finishedEarly.removeValue(forKey: taken) {
                    taken += 1
                    pages.errors += result.errors
                    pages.rendered += result.rendered
                    pages.reused += result.reused
                    pages.skippedProducts += result.skippedProducts
                    do throws(LocGenError) {
                        for (market, record) in result.records { try pages.spill.add(record: record, market: market) }
                        for (market, entry) in result.entries { try pages.spill.add(entry, market: market) }
                        archiveFile.append(encoded: result.archive)
                        try archiveFile.endRecord()
                    } catch {
                        failure = failure ?? error
                    }
                    progress?.pageWritten(total: pages.rendered + pages.reused)
                }
                // A broken template fails every page: report the first ones instead of rendering the rest.
                guard failure == nil, pages.errors.count < Self.maximumErrors else { continue }
                while started - taken < inFlight, startSlice() {}
            }
        }
        if let failure { throw BuildFailure(.build, failure) }
        if pages.errors.count >= Self.maximumErrors {
            pages.errors = Array(pages.errors.prefix(Self.maximumErrors))
            pages.errors.append(
                LocGenError(.buildWarning, "stopped after \(Self.maximumErrors) errors; fix these and build again")
            )
        }
        do {
            try pages.spill.flush()
            try archiveFile.flush()
        } catch {
            throw BuildFailure(.build, error)
        }
        return pages
    }

    /// Reads up to ``productsPerSlice`` products of this shard, numbering every product read and collecting
    /// catalog problems into `problems`; sets `isFinished` at the catalog's end.
    private func readSlice(
        from reader: inout CatalogReader,
        position: inout Int,
        isFinished: inout Bool,
        into pages: inout CatalogPages,
        problems: inout [LocGenError]
    ) -> [CatalogPages.Positioned] {
        var slice: [CatalogPages.Positioned] = []
        slice.reserveCapacity(Self.productsPerSlice)
        while slice.count < Self.productsPerSlice {
            do {
                guard let product = try reader.next() else {
                    isFinished = true
                    break
                }
                position += 1
                guard shard?.contains(productID: product.id) ?? true else { continue }
                pages.warnings += overrideWarnings(product).map { (position, $0) }
                slice.append((position, product))
            } catch {
                problems += error.problems
            }
        }
        return slice
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
