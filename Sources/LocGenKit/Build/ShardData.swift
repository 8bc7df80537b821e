import LocGenICU

/// A shard's data file, `.locgen/shard.data` beside its ``ShardRecord``: what the finish phase needs of the
/// shard's product pages, written from the catalog pass's spill and read back by `locgen merge`, one record at
/// a time.
///
/// It holds, in ``PageSpill``'s encoding, market after market (in the record's ``ShardRecord/markets`` order)
/// the market's index entries in catalog order, each followed by 1 and its product's hreflang cluster
/// (``PageSpill/write(cluster:to:)``) where the product first appears in the file, or 0 where it appeared
/// before; then, market after market again, each page's manifest record. A
/// product's pages are all in one shard, so the first time a merge meets a product is in this file.
enum ShardData {
    static let path = ".locgen/shard.data"

    /// Writes the data file of a shard's catalog pass to `file` and returns the record describing it; holds
    /// one market's entries or records in memory at a time.
    static func write(
        _ pages: CatalogPages,
        to file: String,
        shard: ShardSpec,
        inputs: UInt64,
        request: BuildRequest,
        site: SitePlan
    ) throws(LocGenError) -> ShardRecord {
        // Readable like the rest of the output, which CI fleets pass between machines.
        var data = SpillWriter(path: file, mode: 0o644)
        let clusters = try pages.spill.clusterReader()
        var written: Set<Int> = []
        var markets: [ShardRecord.Market] = []
        for market in site.selected {
            let entries = try pages.spill.entries(of: market)
            for entry in entries {
                PageSpill.write(entry, to: &data)
                let isFirst = written.insert(entry.position).inserted
                data.append(isFirst ? 1 : 0)
                if isFirst { PageSpill.write(cluster: try clusters.alternates(ofProductAt: entry.position), to: &data) }
                try data.endRecord()
            }
            markets.append(ShardRecord.Market(market: site.markets[market].id, entries: entries.count, pages: 0))
        }
        for (index, market) in site.selected.enumerated() {
            let records = try pages.spill.records(of: market)
            for record in records {
                PageSpill.write(record, to: &data)
                try data.endRecord()
            }
            markets[index].pages = records.count
        }
        try data.flush()
        return ShardRecord(
            shard: shard.number,
            count: shard.count,
            inputs: StableHash.hex(inputs),
            options: ShardRecord.Options(
                markets: request.marketIDs,
                isStrict: request.isStrict,
                buildDate: request.buildDate.map { ShardRecord.Day(year: $0.year, month: $0.month, day: $0.day) }
            ),
            rendered: pages.rendered,
            reused: pages.reused,
            markets: markets,
            warnings: pages.warnings.map { position, warning in
                ShardRecord.Warning(
                    position: position,
                    message: warning.message,
                    file: warning.location?.file,
                    line: warning.location?.line,
                    column: warning.location?.column
                )
            }
        )
    }

    /// Reads the data file of the shard in `folder`, which `record` describes: calls `entry` with each index
    /// entry (its cluster given where its product first appears, else empty) and the index of its market in
    /// ``ShardRecord/markets``, then `page` with each manifest record and its market's index.
    ///
    /// Throws ``LocGenError/Code/shardMismatch`` naming the file when it is missing, ends early or holds more
    /// than the record lists; and whatever the two closures throw.
    static func read(
        folder: String,
        record: ShardRecord,
        entry: (IndexEntry, _ market: Int) throws(LocGenError) -> Void,
        page: (ManifestRecord, _ market: Int) throws(LocGenError) -> Void
    ) throws(LocGenError) {
        let file = BuildRequest.join(folder, path)
        let reader: SpillReader
        do {
            reader = try SpillReader(path: file)
        } catch {
            throw LocGenError(.shardMismatch, "\(file) cannot be read (\(error.message)); build the shard again")
        }
        // Only the reader's own errors mean a damaged file; the closures' pass through as they are.
        func field<Value>(_ read: () throws(LocGenError) -> Value) throws(LocGenError) -> Value {
            do {
                return try read()
            } catch {
                throw damaged(file, "it ends early or is damaged")
            }
        }
        for (market, counts) in record.markets.enumerated() {
            for _ in 0..<counts.entries {
                var next = try field { () throws(LocGenError) in try PageSpill.entry(from: reader) }
                switch try field({ () throws(LocGenError) in try reader.count() }) {
                case 0: break
                case 1: next.alternates = try field { () throws(LocGenError) in try PageSpill.cluster(from: reader) }
                default: throw damaged(file, "it ends early or is damaged")
                }
                try entry(next, market)
            }
        }
        for (market, counts) in record.markets.enumerated() {
            for _ in 0..<counts.pages {
                try page(try field { () throws(LocGenError) in try PageSpill.record(from: reader) }, market)
            }
        }
        guard try field({ () throws(LocGenError) in try reader.isAtEnd() }) else {
            throw damaged(file, "it holds more than \(ShardRecord.path) lists")
        }
    }

    private static func damaged(_ file: String, _ problem: String) -> LocGenError {
        LocGenError(.shardMismatch, "\(file) is damaged: \(problem); build the shard again")
    }
}

extension ShardRecord {
    /// Adds this shard's index entries, manifest records, counts and warnings to what the merge has gathered,
    /// reading its data file from `folder`; `bring` puts each of its pages into the merged site first.
    ///
    /// The entries go straight to the spill, shard after shard, so a market's entries are not in catalog order
    /// there: nothing that reads them back depends on it (the index page sorts by collation with the product id
    /// breaking ties, the sitemap and manifest runs sort by URL and path, clusters are found by position).
    func add(
        to pages: inout CatalogPages,
        site: SitePlan,
        folder: String,
        bring: (_ path: String) throws(LocGenError) -> Void
    ) throws(LocGenError) {
        var indices: [Int] = []
        for market in markets {
            guard let index = site.markets.firstIndex(where: { $0.id == market.market }) else {
                throw LocGenError(
                    .shardMismatch,
                    "\(folder)/\(Self.path) is damaged: it lists the market '\(market.market)', which the site does not have; build the shard again"
                )
            }
            indices.append(index)
        }
        try ShardData.read(
            folder: folder,
            record: self,
            entry: { (entry, market) throws(LocGenError) in try pages.spill.add(entry, market: indices[market]) },
            page: { (record, market) throws(LocGenError) in
                try bring(record.path)
                try pages.spill.add(record: record, market: indices[market])
            }
        )
        pages.rendered += rendered
        pages.reused += reused
        for warning in warnings {
            let location = warning.file.map {
                SourceLocation(file: $0, line: warning.line ?? 1, column: warning.column ?? 1)
            }
            pages.warnings.append((warning.position, LocGenError(.buildWarning, warning.message, at: location)))
        }
    }
}
