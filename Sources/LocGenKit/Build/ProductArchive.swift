/// What a build leaves of each product for the next one, in `<output>/.locgen/products`: the product's
/// key (``ProductKey``), its hreflang cluster and, per page, the market, the manifest record and the index
/// entry (name, URL, price). A rebuild whose ``BuildInputs/siteDigest(of:request:)`` is the previous build's
/// keeps the pages of every product whose key is unchanged without planning them: it claims their paths in
/// the overlay and hands the finish (index pages, sitemaps, manifest) what it reads here, so that only the
/// changed products are planned, hashed and rendered.
///
/// The file is written front to back in catalog order as the catalog pass goes (``SpillWriter``'s format):
/// a header (format and site digest), then per product its id, catalog position, key, the length of the rest
/// and the rest. `locgen merge` puts the shards' files together in catalog order (``merge(_:siteDigest:with:)``),
/// so that a merged site's file is the one a single build writes.
/// A rebuild reads it once to index each product's place (about 40 bytes a product, nothing per page) and
/// reads a product's pages when it keeps them. A missing file, one of another format or site digest, or a
/// damaged one is not used: every product is planned, as in a build without one. A product is kept only
/// when its pages are the ones the previous manifest lists and are still regular files in the output.
struct ProductArchive: Sendable {
    /// The file's path inside the output.
    static let path = ".locgen/products"
    static let format = "locgen-products-1"

    /// The digest of everything but the catalog, which the file's header records.
    let siteDigest: UInt64
    /// The previous build's products, when their pages may stay in place (an overlay build); nil otherwise.
    let previous: PreviousProducts?

    init(siteDigest: UInt64, previous: PreviousProducts?) {
        self.siteDigest = siteDigest
        self.previous = previous
    }

    /// The archive of a build: the previous one is read from the output when staging is an overlay.
    init(site: SitePlan, request: BuildRequest, isOverlay: Bool) {
        let siteDigest = BuildInputs.siteDigest(of: site, request: request)
        self.init(
            siteDigest: siteDigest,
            previous: isOverlay ? PreviousProducts.read(output: site.config.outputPath, siteDigest: siteDigest) : nil
        )
    }

    /// Creates the file in staging with its header; the catalog pass appends the products.
    func create(with writer: OutputWriter) throws(LocGenError) -> SpillWriter {
        try writer.write([], to: Self.path)
        var file = SpillWriter(path: writer.root + "/" + Self.path)
        file.append(Self.format)
        file.append(siteDigest)
        return file
    }

    /// The product's pages as the previous build left them, when its key is unchanged and each page is still
    /// in the output as the previous manifest lists it; the pages are then claimed for this build. Nil when
    /// the product has to be planned.
    func keep(_ product: Product, at position: Int, key: UInt64, emitter: PageEmitter) throws(LocGenError)
        -> KeptProduct?
    {
        guard let previous, let archived = previous.product(id: product.id, position: position, key: key) else {
            return nil
        }
        let site = emitter.site
        let markets = site.selected.filter { site.markets[$0].sells(product) }
        guard archived.pages.map(\.market) == markets.map({ site.markets[$0].id }) else { return nil }
        for page in archived.pages {
            guard emitter.previous.page(at: page.record.path) == page.record.record,
                emitter.writer.isKeepable(page.record.path)
            else { return nil }
        }
        for page in archived.pages { try emitter.writer.keep(page.record.path) }
        return KeptProduct(product: archived, markets: markets)
    }

    /// Writes a merged site's archive: the products of every shard's archive, in catalog order, under this
    /// build's header; the same file a single build of the site writes. Writes nothing when a shard has no
    /// archive or one that does not read (shards of an older locgen): the next build then plans every product.
    ///
    /// The shards' headers are not compared with `siteDigest`: a shard's digest names its shard and its
    /// machine's paths; the merge has checked that the shards were built from the site's inputs.
    static func merge(_ shards: [String], siteDigest: UInt64, with writer: OutputWriter) throws(LocGenError) {
        // Per product: its position, its shard and where its record is there; nothing per page.
        var products: [(position: Int, shard: Int, offset: Int, length: Int)] = []
        var files: [SpillFileHandle] = []
        for (number, folder) in shards.enumerated() {
            let path = BuildRequest.join(folder, Self.path)
            do throws(LocGenError) {
                let reader = try SpillReader(path: path)
                guard try reader.text() == format else { return }
                _ = try reader.integer()
                while try !reader.isAtEnd() {
                    let start = reader.offset
                    _ = try reader.text()
                    let position = try reader.count()
                    _ = try reader.integer()
                    try reader.skip(try reader.count())
                    products.append((position, number, start, reader.offset - start))
                }
                files.append(try SpillFileHandle(path: path))
            } catch {
                return
            }
        }
        var file = try ProductArchive(siteDigest: siteDigest, previous: nil).create(with: writer)
        for product in products.sorted(by: { $0.position < $1.position }) {
            file.append(encoded: try files[product.shard].bytes(at: product.offset, length: product.length))
            try file.endRecord()
        }
        try file.flush()
    }

    /// A product whose pages were kept, with the index into ``SitePlan/markets`` of each page's market.
    struct KeptProduct {
        var product: ArchivedProduct
        var markets: [Int]
    }
}

/// One product of a ``ProductArchive``.
struct ArchivedProduct: Sendable {
    var id: String
    /// The product's position in the catalog (1 for the first), which orders a merged archive.
    var position: Int
    var key: UInt64
    /// The hreflang cluster all its pages share.
    var cluster: [PageHead.Alternate]
    var pages: [Page]

    /// One page: its market's id, its manifest record and its market index entry's text.
    struct Page: Sendable {
        var market: String
        var record: ManifestRecord
        var name: String
        var url: String
        var price: String
    }

    /// The product as the file holds it: id, position, key, the length of the rest, then the cluster and the
    /// pages.
    func encoded() -> [UInt8] {
        let rest = SpillWriter.encoded { file in
            PageSpill.write(cluster: cluster, to: &file)
            file.append(pages.count)
            for page in pages {
                file.append(page.market)
                PageSpill.write(page.record, to: &file)
                file.append(page.name)
                file.append(page.url)
                file.append(page.price)
            }
        }
        return SpillWriter.encoded { file in
            file.append(id)
            file.append(position)
            file.append(key)
            file.append(rest.count)
            file.append(encoded: rest)
        }
    }

    /// Reads what follows the length: the cluster and the pages.
    init(id: String, position: Int, key: UInt64, rest reader: SpillReader) throws(LocGenError) {
        self.id = id
        self.position = position
        self.key = key
        cluster = try PageSpill.cluster(from: reader)
        pages = []
        for _ in 0..<(try reader.count()) {
            let market = try reader.text()
            let record = try PageSpill.record(from: reader)
            pages.append(
                Page(
                    market: market,
                    record: record,
                    name: try reader.text(),
                    url: try reader.text(),
                    price: try reader.text()
                )
            )
        }
    }

    init(id: String, position: Int, key: UInt64, cluster: [PageHead.Alternate], pages: [Page]) {
        self.id = id
        self.position = position
        self.key = key
        self.cluster = cluster
        self.pages = pages
    }
}

/// The previous build's ``ProductArchive``, indexed by product id: each product's key and where the rest of
/// its record is in the file, which is read again for the products whose pages are kept.
final class PreviousProducts: Sendable {
    /// Open for the whole build; read with `pread`, so tasks may share it.
    private let file: SpillFileHandle
    private let index: [String: (key: UInt64, offset: Int, length: Int)]

    /// How many products the previous build archived.
    var count: Int { index.count }

    private init(file: SpillFileHandle, index: [String: (key: UInt64, offset: Int, length: Int)]) {
        self.file = file
        self.index = index
    }

    /// Reads the archive of an output folder; nil when there is none, it is of another format or site digest,
    /// or it is damaged: then every product is planned.
    static func read(output: String, siteDigest: UInt64) -> PreviousProducts? {
        let path = output + "/" + ProductArchive.path
        var index: [String: (key: UInt64, offset: Int, length: Int)] = [:]
        let file: SpillFileHandle
        do throws(LocGenError) {
            let reader = try SpillReader(path: path)
            guard try reader.text() == ProductArchive.format, try reader.integer() == siteDigest else { return nil }
            while try !reader.isAtEnd() {
                let id = try reader.text()
                // The position the product had; this build's may differ (a reordered catalog).
                _ = try reader.count()
                let key = try reader.integer()
                let length = try reader.count()
                let offset = reader.offset
                try reader.skip(length)
                // Ids are unique in a catalog that built; a file saying otherwise is not to be trusted.
                guard index.updateValue((key, offset, length), forKey: id) == nil else { return nil }
            }
            file = try SpillFileHandle(path: path)
        } catch {
            return nil
        }
        return PreviousProducts(file: file, index: index)
    }

    /// The product of this id, at this build's `position`, when the previous build archived it with this key
    /// and its record reads.
    func product(id: String, position: Int, key: UInt64) -> ArchivedProduct? {
        guard let (archivedKey, offset, length) = index[id], archivedKey == key,
            let bytes = try? file.bytes(at: offset, length: length)
        else { return nil }
        let reader = SpillReader(bytes: bytes, path: file.path)
        guard let product = try? ArchivedProduct(id: id, position: position, key: key, rest: reader),
            (try? reader.isAtEnd()) == true
        else { return nil }
        return product
    }
}
