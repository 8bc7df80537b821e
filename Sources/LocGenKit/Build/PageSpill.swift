import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// What the build needs of every product page once the catalog ends, kept on disk rather than in memory:
/// per market, the index entries (for its index page and sitemaps) and the manifest records, in catalog
/// order, and per product its hreflang cluster, written once for all its pages.
///
/// The files live in a private folder beside the output, `<output>.spill-<random>` (on the output's disk,
/// not in a `/tmp` that may be memory), removed when the last copy of the spill goes and never part of the
/// output; a build that was killed leaves it, and the next build of that output removes it with the other
/// leftovers (``StagingFolder/recoverLeftovers(of:)``). At the end the build reads one market back at a time
/// (``entries(of:)``, ``records(of:)``) and writes it out sorted (``writeRuns(market:entries:home:)``),
/// so memory holds one market's pages, not the catalog's. The only thing kept per product is where its
/// cluster is in the cluster file (about 40 bytes).
struct PageSpill: Sendable {
    /// The folder; removed with the last reference.
    private let folder: SpillFolder
    private var entryFiles: [SpillWriter]
    private var recordFiles: [SpillWriter]
    private var clusters: SpillWriter
    /// Where each product's cluster is in the cluster file, by catalog position.
    private var clusterIndex: [Int: (offset: Int, length: Int)] = [:]
    /// Per market, how many index entries it has.
    private(set) var entryCounts: [Int]

    /// A spill for `markets` markets in a new folder beside the output folder `output`.
    init(markets: Int, beside output: String) throws(LocGenError) {
        folder = try SpillFolder(beside: output)
        let path = folder.path
        entryFiles = (0..<markets).map { SpillWriter(path: path + "/entries-\($0)") }
        recordFiles = (0..<markets).map { SpillWriter(path: path + "/records-\($0)") }
        clusters = SpillWriter(path: path + "/clusters")
        entryCounts = Array(repeating: 0, count: markets)
    }

    /// Adds a product page's index entry, and its product's cluster when it is the product's first page.
    mutating func add(_ entry: IndexEntry, market: Int) throws(LocGenError) {
        if clusterIndex[entry.position] == nil {
            let start = clusters.offset
            Self.write(cluster: entry.alternates, to: &clusters)
            clusterIndex[entry.position] = (start, clusters.offset - start)
            try clusters.endRecord()
        }
        entryFiles[market].append(entry.position)
        entryFiles[market].append(entry.productID)
        entryFiles[market].append(entry.name)
        entryFiles[market].append(entry.url)
        entryFiles[market].append(entry.price)
        entryFiles[market].append(optional: entry.lastModified)
        try entryFiles[market].endRecord()
        entryCounts[market] += 1
    }

    /// Adds a page's manifest record.
    mutating func add(record: ManifestRecord, market: Int) throws(LocGenError) {
        Self.write(record, to: &recordFiles[market])
        try recordFiles[market].endRecord()
    }

    /// Writes out what is buffered; call once everything was added, before reading back.
    mutating func flush() throws(LocGenError) {
        for market in entryFiles.indices {
            try entryFiles[market].flush()
            try recordFiles[market].flush()
        }
        try clusters.flush()
    }

    /// A market's index entries in the order added, without their clusters (see ``clusterReader()``).
    func entries(of market: Int) throws(LocGenError) -> [IndexEntry] {
        let reader = try SpillReader(path: entryFiles[market].path)
        var entries: [IndexEntry] = []
        entries.reserveCapacity(entryCounts[market])
        while try !reader.isAtEnd() {
            let position = try reader.count()
            var entry = IndexEntry(
                productID: try reader.text(),
                name: try reader.text(),
                url: try reader.text(),
                price: try reader.text()
            )
            entry.position = position
            entry.lastModified = try reader.optionalText()
            entries.append(entry)
        }
        return entries
    }

    /// A market's manifest records in the order added.
    func records(of market: Int) throws(LocGenError) -> [ManifestRecord] {
        let reader = try SpillReader(path: recordFiles[market].path)
        var records: [ManifestRecord] = []
        while try !reader.isAtEnd() { records.append(try Self.record(from: reader)) }
        return records
    }

    /// The manifest records of several markets, market by market.
    func records(of markets: [Int]) throws(LocGenError) -> [ManifestRecord] {
        var records: [ManifestRecord] = []
        for market in markets { records += try self.records(of: market) }
        return records
    }

    /// A reader of the products' clusters, by catalog position.
    func clusterReader() throws(LocGenError) -> ClusterReader {
        try ClusterReader(path: clusters.path, index: clusterIndex)
    }

    // MARK: Sorted runs

    /// The file of a market's sitemap entries sorted by URL, once ``writeRuns(market:entries:home:)`` wrote it.
    func sitemapRun(of market: Int) -> String { folder.path + "/sitemap-\(market)" }

    /// The file of a market's manifest records sorted by path, once ``writeRuns(market:entries:home:)`` wrote it.
    func manifestRun(of market: Int) -> String { folder.path + "/manifest-\(market)" }

    /// Writes a market's sitemap entries sorted by URL and its manifest records sorted by path (UTF-8),
    /// with `home` (its index page: URL, path and record) added to both, for the merges that write the
    /// sitemaps and the manifest.
    func writeRuns(
        market: Int,
        entries: [IndexEntry],
        home: (url: String, record: ManifestRecord)?
    ) throws(LocGenError) {
        var sitemap = entries.map { SitemapRunEntry(url: $0.url, position: $0.position, lastModified: $0.lastModified) }
        var records = try self.records(of: market)
        if let home {
            sitemap.append(SitemapRunEntry(url: home.url, position: 0, lastModified: home.record.record.lastModified))
            records.append(home.record)
        }
        sitemap.sort { $0.url.utf8.lexicographicallyPrecedes($1.url.utf8) }
        var file = SpillWriter(path: sitemapRun(of: market))
        for entry in sitemap {
            file.append(entry.url)
            file.append(entry.position)
            file.append(optional: entry.lastModified)
            try file.endRecord()
        }
        try file.flush()
        records.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        file = SpillWriter(path: manifestRun(of: market))
        for record in records {
            Self.write(record, to: &file)
            try file.endRecord()
        }
        try file.flush()
    }

    /// A reader of a sitemap run ``writeRuns(market:entries:home:)`` wrote, as a source for ``SortedMerge``.
    static func sitemapEntries(in path: String) throws(LocGenError) -> () throws(LocGenError) -> SitemapRunEntry? {
        let reader = try SpillReader(path: path)
        return { () throws(LocGenError) -> SitemapRunEntry? in
            guard try !reader.isAtEnd() else { return nil }
            return SitemapRunEntry(
                url: try reader.text(),
                position: try reader.count(),
                lastModified: try reader.optionalText()
            )
        }
    }

    /// A reader of a manifest run, as a source for ``SortedMerge``.
    static func manifestRecords(in path: String) throws(LocGenError) -> () throws(LocGenError) -> ManifestRecord? {
        let reader = try SpillReader(path: path)
        return { () throws(LocGenError) -> ManifestRecord? in
            guard try !reader.isAtEnd() else { return nil }
            return try record(from: reader)
        }
    }

    /// Writes a product's hreflang cluster: its count, then each alternate's hreflang and URL.
    static func write(cluster: [PageHead.Alternate], to file: inout SpillWriter) {
        file.append(cluster.count)
        for alternate in cluster {
            file.append(alternate.hreflang)
            file.append(alternate.href)
        }
    }

    /// Reads a cluster ``write(cluster:to:)`` wrote.
    static func cluster(from reader: SpillReader) throws(LocGenError) -> [PageHead.Alternate] {
        let count = try reader.count()
        var alternates: [PageHead.Alternate] = []
        alternates.reserveCapacity(count)
        for _ in 0..<count {
            alternates.append(PageHead.Alternate(hreflang: try reader.text(), href: try reader.text()))
        }
        return alternates
    }

    private static func write(_ record: ManifestRecord, to file: inout SpillWriter) {
        file.append(record.path)
        file.append(record.record.inputHash)
        file.append(record.record.contentHash)
        file.append(optional: record.record.lastModified)
    }

    private static func record(from reader: SpillReader) throws(LocGenError) -> ManifestRecord {
        let path = try reader.text()
        let page = BuildManifest.Page(
            inputHash: try reader.integer(),
            contentHash: try reader.integer(),
            lastModified: try reader.optionalText()
        )
        return (path, page)
    }
}

/// A page's path and manifest record.
typealias ManifestRecord = (path: String, record: BuildManifest.Page)

/// A sitemap entry as the runs keep it: the product's cluster is looked up by its position (0 for a page
/// without one).
struct SitemapRunEntry: Sendable {
    var url: String
    var position: Int
    var lastModified: String?
}

/// Reads the products' hreflang clusters from the spill's cluster file, each by its offset.
final class ClusterReader {
    private let file: SpillFileHandle
    private let index: [Int: (offset: Int, length: Int)]

    fileprivate init(path: String, index: [Int: (offset: Int, length: Int)]) throws(LocGenError) {
        file = try SpillFileHandle(path: path)
        self.index = index
    }

    /// The cluster of the product at a catalog position; empty for position 0 (a page without one).
    func alternates(ofProductAt position: Int) throws(LocGenError) -> [PageHead.Alternate] {
        guard let (offset, length) = index[position] else { return [] }
        return try PageSpill.cluster(from: SpillReader(bytes: try file.bytes(at: offset, length: length), path: file.path))
    }
}

/// A private folder beside the output, removed with everything in it when the last reference goes.
final class SpillFolder: Sendable {
    /// What follows the output's name in a spill folder's name.
    static let infix = ".spill-"

    let path: String

    init(beside output: String) throws(LocGenError) {
        let (parent, name) = StagingFolder.split(output)
        var template = Array((parent + "/" + name + Self.infix + "XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw LocGenError(
                .outputFailure,
                "cannot create the build's temporary folder beside '\(output)' in '\(parent)': \(String(cString: strerror(errno)))"
            )
        }
        path = String(cString: made)
    }

    deinit { FolderRemoval.remove(path) }
}
