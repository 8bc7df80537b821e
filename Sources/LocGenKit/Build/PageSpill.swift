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
    private var clusterIndex: [Int: ClusterPlace] = [:]
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
            // The sitemap's lines first, raw, so that a sitemap reads them without decoding anything.
            let start = clusters.offset
            let links = Sitemap.links(entry.alternates)
            clusters.append(raw: links)
            let linksLength = clusters.offset - start
            Self.write(cluster: entry.alternates, to: &clusters)
            clusterIndex[entry.position] = ClusterPlace(
                offset: start,
                length: clusters.offset - start,
                linksLength: linksLength
            )
            try clusters.endRecord()
        }
        Self.write(entry, to: &entryFiles[market])
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
        while try !reader.isAtEnd() { entries.append(try Self.entry(from: reader)) }
        return entries
    }

    /// A market's manifest records in the order added.
    func records(of market: Int) throws(LocGenError) -> [ManifestRecord] {
        let reader = try SpillReader(path: recordFiles[market].path)
        var records: [ManifestRecord] = []
        while try !reader.isAtEnd() { records.append(try Self.record(from: reader)) }
        return records
    }

    /// A file in the spill's folder, for a file made from the spill before it goes into the output (a shard's
    /// data file).
    func file(named name: String) -> String { folder.path + "/" + name }

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
        if let home {
            sitemap.append(SitemapRunEntry(url: home.url, position: 0, lastModified: home.record.record.lastModified))
        }
        sitemap.sort { $0.url.utf8Precedes($1.url) }
        var file = SpillWriter(path: sitemapRun(of: market))
        for entry in sitemap {
            file.append(entry.url)
            file.append(entry.position)
            file.append(optional: entry.lastModified)
            try file.endRecord()
        }
        try file.flush()
        try writeManifestRun(market: market, home: home?.record)
    }

    /// Writes a market's manifest records sorted by path (UTF-8), with `home` added, for the merge that writes
    /// the manifest.
    func writeManifestRun(market: Int, home: ManifestRecord?) throws(LocGenError) {
        var records = try self.records(of: market)
        if let home { records.append(home) }
        records.sort { $0.path.utf8Precedes($1.path) }
        var file = SpillWriter(path: manifestRun(of: market))
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

    /// Writes an index entry's fields but its cluster.
    static func write(_ entry: IndexEntry, to file: inout SpillWriter) {
        file.append(entry.position)
        file.append(entry.productID)
        file.append(entry.name)
        file.append(entry.url)
        file.append(entry.price)
        file.append(optional: entry.lastModified)
    }

    /// Reads an index entry written with `write(_:to:)`; the entry has no cluster.
    static func entry(from reader: SpillReader) throws(LocGenError) -> IndexEntry {
        let position = try reader.count()
        var entry = IndexEntry(
            productID: try reader.text(),
            name: try reader.text(),
            url: try reader.text(),
            price: try reader.text()
        )
        entry.position = position
        entry.lastModified = try reader.optionalText()
        return entry
    }

    /// Writes a page's path and manifest record.
    static func write(_ record: ManifestRecord, to file: inout SpillWriter) {
        file.append(record.path)
        file.append(record.record.inputHash)
        file.append(record.record.contentHash)
        file.append(optional: record.record.lastModified)
    }

    /// Reads a page's path and manifest record written with `write(_:to:)`.
    static func record(from reader: SpillReader) throws(LocGenError) -> ManifestRecord {
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

/// Where a product's cluster is in the spill's cluster file: its record, of which the first `linksLength`
/// bytes are the standard sitemap's `xhtml:link` lines (``Sitemap/links(_:)``) and the rest the alternates.
struct ClusterPlace: Sendable {
    var offset: Int
    var length: Int
    var linksLength: Int
}

/// Reads the products' hreflang clusters from the spill's cluster file, each by its offset.
final class ClusterReader {
    private let file: SpillFileHandle
    private let index: [Int: ClusterPlace]

    fileprivate init(path: String, index: [Int: ClusterPlace]) throws(LocGenError) {
        file = try SpillFileHandle(path: path)
        self.index = index
    }

    /// The cluster of the product at a catalog position; empty for position 0 (a page without one).
    func alternates(ofProductAt position: Int) throws(LocGenError) -> [PageHead.Alternate] {
        guard let place = index[position] else { return [] }
        let bytes = try file.bytes(at: place.offset + place.linksLength, length: place.length - place.linksLength)
        return try PageSpill.cluster(from: SpillReader(bytes: bytes, path: file.path))
    }

    /// The UTF-8 size of the standard sitemap's lines for the cluster of the product at a catalog position,
    /// without reading the file; 0 for position 0.
    func linksSize(ofProductAt position: Int) -> Int {
        index[position]?.linksLength ?? 0
    }

    /// The standard sitemap's `xhtml:link` lines for the cluster of the product at a catalog position, as
    /// ``Sitemap/links(_:)`` made them; empty for position 0.
    func links(ofProductAt position: Int) throws(LocGenError) -> String {
        guard let place = index[position], place.linksLength > 0 else { return "" }
        return String(decoding: try file.bytes(at: place.offset, length: place.linksLength), as: UTF8.self)
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
