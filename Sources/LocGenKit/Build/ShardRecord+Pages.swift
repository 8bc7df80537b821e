import LocGenICU

extension ShardRecord {
    /// The record of a shard's catalog pass, read back from its spill: a shard's record holds all of its
    /// pages, so its size is the shard's (which `--shard` chooses), not the catalog's.
    init(_ pages: CatalogPages, shard: ShardSpec, inputs: UInt64, request: BuildRequest, site: SitePlan)
        throws(LocGenError)
    {
        var products: [Product] = []
        var productIndex: [Int: Int] = [:]
        let entries = try site.selected.map { (market: Int) throws(LocGenError) in try pages.spill.entries(of: market) }
        // Every page of a product lists the same cluster, so the first entry seen stands for all of them.
        var clusters: [Int: String] = [:]
        for market in entries {
            for entry in market where clusters[entry.position] == nil {
                clusters[entry.position] = entry.productID
            }
        }
        let clusterReader = try pages.spill.clusterReader()
        for position in clusters.keys.sorted() {
            productIndex[position] = products.count
            products.append(
                Product(
                    position: position,
                    id: clusters[position]!,
                    alternates: try clusterReader.alternates(ofProductAt: position).map {
                        Alternate(hreflang: $0.hreflang, href: $0.href)
                    }
                )
            )
        }
        let records = try pages.spill.records(of: site.selected)
        self.init(
            shard: shard.number,
            count: shard.count,
            inputs: StableHash.hex(inputs),
            options: Options(
                markets: request.marketIDs,
                isStrict: request.isStrict,
                buildDate: request.buildDate.map { Day(year: $0.year, month: $0.month, day: $0.day) }
            ),
            rendered: pages.rendered,
            reused: pages.reused,
            products: products,
            markets: zip(site.selected, entries).map { market, entries in
                MarketEntries(
                    market: site.markets[market].id,
                    entries: entries.map { entry in
                        Entry(
                            product: productIndex[entry.position]!,
                            name: entry.name,
                            url: entry.url,
                            price: entry.price,
                            lastModified: entry.lastModified
                        )
                    }
                )
            },
            pages: records.map { path, record in
                Page(
                    path: path,
                    inputHash: StableHash.hex(record.inputHash),
                    contentHash: StableHash.hex(record.contentHash),
                    lastModified: record.lastModified
                )
            },
            warnings: pages.warnings.map { position, warning in
                Warning(
                    position: position,
                    message: warning.message,
                    file: warning.location?.file,
                    line: warning.location?.line,
                    column: warning.location?.column
                )
            }
        )
    }

    /// Adds this shard's entries (to `entries`, per market), hashes, counts and warnings to what the merge has
    /// gathered; `folder` names the shard in errors. Entries are appended: the merge puts them back in catalog
    /// order and into the spill at the end.
    func add(
        to pages: inout CatalogPages,
        entries: inout [[IndexEntry]],
        site: SitePlan,
        folder: String
    ) throws(LocGenError) {
        let alternates = products.map { $0.alternates.map { PageHead.Alternate(hreflang: $0.hreflang, href: $0.href) } }
        for market in markets {
            guard let index = site.markets.firstIndex(where: { $0.id == market.market }) else {
                throw corrupt(folder, "it lists the market '\(market.market)', which the site does not have")
            }
            for entry in market.entries {
                guard products.indices.contains(entry.product) else {
                    throw corrupt(folder, "an entry of market '\(market.market)' names product \(entry.product)")
                }
                let product = products[entry.product]
                entries[index].append(
                    IndexEntry(
                        productID: product.id,
                        name: entry.name,
                        url: entry.url,
                        price: entry.price,
                        alternates: alternates[entry.product],
                        position: product.position,
                        lastModified: entry.lastModified
                    )
                )
            }
        }
        for page in self.pages {
            guard let input = UInt64(page.inputHash, radix: 16), let content = UInt64(page.contentHash, radix: 16)
            else {
                throw corrupt(folder, "the page '\(page.path)' has the hashes '\(page.inputHash)', '\(page.contentHash)'")
            }
            guard let market = Self.market(ofPage: page.path, in: site) else {
                throw corrupt(folder, "the page '\(page.path)' is in none of the markets built")
            }
            let record = BuildManifest.Page(inputHash: input, contentHash: content, lastModified: page.lastModified)
            try pages.spill.add(record: (page.path, record), market: market)
        }
        pages.rendered += rendered
        pages.reused += reused
        for warning in warnings {
            let location = warning.file.map {
                SourceLocation(file: $0, line: warning.line ?? 1, column: warning.column ?? 1)
            }
            pages.warnings.append((warning.position, LocGenError(.buildWarning, warning.message, at: location)))
        }
    }

    /// The built market whose folder is the longest a page's path starts with (`de/` rather than the root's ``).
    private static func market(ofPage path: String, in site: SitePlan) -> Int? {
        site.selected.filter { path.hasPrefix(site.markets[$0].folder) }
            .max { site.markets[$0].folder.utf8.count < site.markets[$1].folder.utf8.count }
    }

    private func corrupt(_ folder: String, _ problem: String) -> LocGenError {
        LocGenError(
            .shardMismatch,
            "\(folder)/\(Self.path) is damaged: \(problem); build the shard again"
        )
    }
}
