import LocGenICU

/// Writes planned pages into staging: hard-linked from the previous output when their inputs hash the same
/// as last time, rendered otherwise. Shared by every rendering task; it holds no mutable state.
struct PageEmitter: Sendable {
    let renderer: any PageRendering
    let site: SitePlan
    let writer: OutputWriter
    let previous: PreviousManifest
    /// The previous output folder, which the reused pages are linked from.
    let previousOutput: String
    /// The build's day (`2026-11-26`), given to pages whose bytes changed; nil for a build without a date.
    let buildDay: String?

    /// Writes a page; returns the path to record it under, its manifest record and whether it was reused rather
    /// than rendered.
    ///
    /// A reused page keeps its previous record. A rendered page keeps its previous date when its bytes hash
    /// the same as before, and gets the build's day otherwise.
    func emit(_ page: PlannedPage) throws(LocGenError) -> (path: String, record: BuildManifest.Page, isReused: Bool) {
        let path = page.path
        let before = previous.page(at: path)
        if let before, before.inputHash == page.inputHash,
            try writer.link(existing: previousOutput + "/" + page.path, to: page.path)
        {
            return (path, before, true)
        }
        var html: [UInt8] = []
        do {
            try renderer.render(
                template: page.template,
                context: page.context,
                messages: page.messages ?? site.markets[page.market].messages,
                arguments: page.arguments,
                into: &html
            )
        } catch {
            // Keep the renderer's code and template location; say which page it was rendering.
            var located = error
            located.message += " (rendering '\(page.path)')"
            throw located
        }
        try writer.write(html, to: page.path)
        var content = StableHash()
        content.combine(contentsOf: html)
        let isUnchanged = before?.contentHash == content.value
        let record = BuildManifest.Page(
            inputHash: page.inputHash,
            contentHash: content.value,
            lastModified: isUnchanged ? before?.lastModified ?? buildDay : buildDay
        )
        return (path, record, false)
    }
}

extension PageEmitter {
    /// The emitter of a build or merge into the site's output folder: it reuses the pages the previous
    /// build's manifest there lists, and dates changed pages with the request's build day.
    init(renderer: any PageRendering, site: SitePlan, writer: OutputWriter, request: BuildRequest) {
        self.init(
            renderer: renderer,
            site: site,
            writer: writer,
            previous: PreviousManifest.read(output: site.config.outputPath),
            previousOutput: site.config.outputPath,
            buildDay: request.buildDate.map(Self.day)
        )
    }

    /// A date as a W3C datetime of day precision, `2026-11-26`: the sitemaps' `lastmod`.
    static func day(_ date: LocalDateTime) -> String {
        day(year: date.year, month: date.month, day: date.day)
    }

    /// A day as a W3C datetime of day precision: `2026-11-26`.
    static func day(year: Int, month: Int, day: Int) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}

/// What one rendering task did with a slice of the catalog's products.
struct BatchResult: Sendable {
    var entries: [(market: Int, entry: IndexEntry)] = []
    /// Each page's market and manifest record.
    var records: [(market: Int, record: ManifestRecord)] = []
    var rendered = 0
    var reused = 0
    /// Products whose pages were kept without being planned (``ProductArchive``).
    var skippedProducts = 0
    var errors: [LocGenError] = []
    /// Each product's record for the next build's ``ProductArchive``, in catalog order, encoded.
    var archive: [UInt8] = []

    /// Writes a page and counts it; returns its manifest record.
    @discardableResult
    mutating func emit(_ page: PlannedPage, with emitter: PageEmitter) throws(LocGenError) -> BuildManifest.Page {
        let (path, record, isReused) = try emitter.emit(page)
        if isReused { reused += 1 } else { rendered += 1 }
        records.append((page.market, (path, record)))
        return record
    }

    /// Plans and writes every page of some products, collecting problems instead of stopping; keeps the pages
    /// of the products `archive` says are unchanged without planning them, and encodes every product for the
    /// next build's archive.
    static func process(
        _ products: ArraySlice<CatalogPages.Positioned>,
        emitter: PageEmitter,
        archive: ProductArchive
    ) -> BatchResult {
        var result = BatchResult()
        let planner = ProductPages(site: emitter.site)
        for (position, product) in products {
            do {
                let key = ProductKey.key(of: product, related: emitter.site.related)
                if let kept = try archive.keep(product, at: position, key: key, emitter: emitter) {
                    result.add(kept)
                    continue
                }
                var archived = ArchivedProduct(id: product.id, position: position, key: key, cluster: [], pages: [])
                for (page, var entry) in try planner.pages(of: product) {
                    let record = try result.emit(page, with: emitter)
                    entry.lastModified = record.lastModified
                    entry.position = position
                    result.entries.append((page.market, entry))
                    archived.cluster = entry.alternates
                    archived.pages.append(
                        ArchivedProduct.Page(
                            market: emitter.site.markets[page.market].id,
                            record: (page.path, record),
                            name: entry.name,
                            url: entry.url,
                            price: entry.price
                        )
                    )
                }
                result.archive += archived.encoded()
            } catch {
                result.errors.append(error)
            }
        }
        return result
    }

    /// Adds the entries and records of a product whose pages were kept without planning.
    private mutating func add(_ kept: ProductArchive.KeptProduct) {
        for (market, page) in zip(kept.markets, kept.product.pages) {
            var entry = IndexEntry(
                productID: kept.product.id,
                name: page.name,
                url: page.url,
                price: page.price,
                alternates: kept.product.cluster
            )
            entry.position = kept.product.position
            entry.lastModified = page.record.record.lastModified
            entries.append((market, entry))
            records.append((market, page.record))
        }
        reused += kept.product.pages.count
        skippedProducts += 1
        archive += kept.product.encoded()
    }
}
