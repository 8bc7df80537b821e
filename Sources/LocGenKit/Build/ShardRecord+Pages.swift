import LocGenICU

extension ShardRecord {
    /// The record of a shard's catalog pass.
    init(_ pages: CatalogPages, shard: ShardSpec, inputs: UInt64, request: BuildRequest, site: SitePlan) {
        var products: [Product] = []
        var productIndex: [Int: Int] = [:]
        // Every page of a product lists the same cluster, so the first entry seen stands for all of them.
        var clusters: [Int: (id: String, alternates: [PageHead.Alternate])] = [:]
        for market in site.selected {
            for entry in pages.entries[market] where clusters[entry.position] == nil {
                clusters[entry.position] = (entry.productID, entry.alternates)
            }
        }
        for position in clusters.keys.sorted() {
            let cluster = clusters[position]!
            productIndex[position] = products.count
            products.append(
                Product(
                    position: position,
                    id: cluster.id,
                    alternates: cluster.alternates.map { Alternate(hreflang: $0.hreflang, href: $0.href) }
                )
            )
        }
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
            markets: site.selected.map { market in
                MarketEntries(
                    market: site.markets[market].id,
                    entries: pages.entries[market].map { entry in
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
            pages: pages.records.map { path, record in
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

    /// Adds this shard's entries, hashes, counts and warnings to what the merge has gathered; `folder` names
    /// the shard in errors. Entries are appended: the merge puts them back in catalog order at the end.
    func add(to pages: inout CatalogPages, site: SitePlan, folder: String) throws(LocGenError) {
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
                pages.entries[index].append(
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
            pages.records.append(
                (page.path, BuildManifest.Page(inputHash: input, contentHash: content, lastModified: page.lastModified))
            )
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

    private func corrupt(_ folder: String, _ problem: String) -> LocGenError {
        LocGenError(
            .shardMismatch,
            "\(folder)/\(Self.path) is damaged: \(problem); build the shard again"
        )
    }
}
