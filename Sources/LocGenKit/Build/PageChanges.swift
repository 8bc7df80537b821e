/// The pages one build added, changed (by content hash) or removed compared with the previous build, as
/// URLs per host: what IndexNow is told about.
///
/// A first build with an IndexNow key lists every page, so the URLs are not all kept in memory: every
/// ``runSize`` URLs, those held are sorted per host and written to a run file in the build's spill folder,
/// and ``urls(of:)`` merges a host's runs back in order.
struct PageChanges {
    /// How many URLs are held in memory before they go to run files.
    static let runSize = 50_000

    /// Where run files go: this followed by the run's number.
    private let filePrefix: String
    private let runSize: Int
    /// Per host name, the URLs not yet in a run.
    private var held: [String: [String]] = [:]
    private var heldCount = 0
    /// Per host name, its run files, each sorted.
    private var runs: [String: [String]] = [:]
    private var runCount = 0

    /// Changes whose run files are `filePrefix` followed by a number (a path in the build's spill folder).
    init(filePrefix: String, runSize: Int = Self.runSize) {
        self.filePrefix = filePrefix
        self.runSize = runSize
    }

    /// Adds the page at `path` (added, changed or removed; see ``ManifestMerge``); `baseURL` is the site's,
    /// for pages on the main host.
    mutating func add(_ path: String, baseURL: SiteURL) throws(LocGenError) {
        let (host, url) = Self.address(ofPage: path, baseURL: baseURL)
        held[host, default: []].append(url)
        heldCount += 1
        if heldCount >= runSize { try writeRuns() }
    }

    /// The changed URLs of a host, sorted by their UTF-8 bytes, one at a time.
    func urls(of host: String) throws(LocGenError) -> SortedMerge<String> {
        var sources: [SortedMerge<String>.Source] = []
        for run in runs[host] ?? [] { sources.append(try Self.urls(in: run)) }
        sources.append(SortedMerge.source((held[host] ?? []).sorted(by: Self.precedes)))
        return try SortedMerge(sources, by: Self.precedes)
    }

    /// A reader of a run file, as a source for ``SortedMerge``.
    private static func urls(in run: String) throws(LocGenError) -> () throws(LocGenError) -> String? {
        let reader = try SpillReader(path: run)
        return { () throws(LocGenError) -> String? in
            guard try !reader.isAtEnd() else { return nil }
            return try reader.text()
        }
    }

    private static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8Precedes(rhs)
    }

    /// Writes the URLs held, each host's sorted into a run file of its own.
    private mutating func writeRuns() throws(LocGenError) {
        for (host, urls) in held {
            var file = SpillWriter(path: filePrefix + String(runCount))
            runCount += 1
            for url in urls.sorted(by: Self.precedes) {
                file.append(url)
                try file.endRecord()
            }
            try file.flush()
            runs[host, default: []].append(file.path)
        }
        held = [:]
        heldCount = 0
    }

    /// The host and URL a page file is published at, following ``OutputLayout``: `de/zelt/index.html` →
    /// `https://shop.example.com/de/zelt/`, `_hosts/shop.example.cn/帐篷/index.html` →
    /// `https://shop.example.cn/%E5%B8%90%E7%AF%B7/`.
    static func address(ofPage path: String, baseURL: SiteURL) -> (host: String, url: String) {
        var folder = Substring(path)
        if folder.hasSuffix("index.html") { folder = folder.dropLast("index.html".count) }
        let segments = folder.split(separator: "/", omittingEmptySubsequences: false)
        if segments.count > 2, segments[0] == "_hosts" {
            let host = String(segments[1])
            let rest = segments.dropFirst(2).joined(separator: "/")
            return (host, "\(baseURL.scheme)://\(host)/" + URLPathEncoding.path(rest))
        }
        return (baseURL.host, baseURL.description + URLPathEncoding.path(String(folder)))
    }
}
