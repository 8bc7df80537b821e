import Foundation

/// Writes each host's sitemaps, `robots.txt` and IndexNow key file after its pages, and the IndexNow
/// requests for the pages that changed into `.locgen/indexnow/`.
///
/// A host gets the standard sitemap when one of its markets is made for an engine other than Baidu,
/// and Baidu's sitemap when one is made for Baidu; each lists only its own host's pages, the market
/// home pages included, with the day each page last changed. `robots.txt` has the rules of `seo.robots`
/// and names the host's sitemaps by absolute URL; a `robots.txt` (or key file) the site ships in
/// `static/` for that host is kept as it is.
///
/// The sitemaps are written from each market's entries sorted on disk, merged by URL, so that a host's
/// sitemaps of any size are made holding one entry per market.
struct SearchEngineFiles {
    let site: SitePlan
    let staging: String
    let writer: OutputWriter
    /// Whether sitemaps are written gzip-compressed, as `.xml.gz`.
    let compressesSitemaps: Bool

    /// The folder of the IndexNow request bodies, inside the output; not for publishing.
    static let indexNowFolder = ".locgen/indexnow"

    /// One host's markets and where its files go in the output.
    private struct Host {
        var name: String
        var origin: String
        var folder: String
        /// The URL of the host's output folder: the base URL on the main host, the origin elsewhere.
        var root: String
        /// The markets its standard sitemap lists, and whether it lists the language selector.
        var standard: [Int] = []
        var listsSelector = false
        /// The markets its Baidu sitemap lists.
        var baidu: [Int] = []
    }

    /// Writes the sitemaps, `robots.txt` and key files; `spill` holds each built market's sitemap entries
    /// sorted by URL (``PageSpill/writeRuns(market:entries:home:)``). `selector` is the language selector at
    /// the root, when the build wrote one; the main host's standard sitemap lists it.
    func write(spill: PageSpill, selector: Sitemap.Entry? = nil) throws(LocGenError) {
        let hosts = hosts(hasSelector: selector != nil)
        let clusters = try spill.clusterReader()
        for origin in hosts.keys.sorted() {
            let host = hosts[origin]!
            var sitemapURLs: [String] = []
            let kinds = [(Sitemap.Kind.standard, host.standard), (.baidu, host.baidu)]
            for (kind, markets) in kinds where !markets.isEmpty {
                let sitemap = Sitemap(kind: kind, origin: origin, isCompressed: compressesSitemaps)
                let extra = kind == .standard && host.listsSelector ? selector.map { [$0] } ?? [] : []
                // Written piece by piece from the markets' runs, merged: a 50 MB sitemap is never held whole.
                var file: OutputWriter.OpenFile?
                var compressor: Gzip.Compressor?
                // The first pass only measures: it needs the size of each cluster's lines, not the lines.
                var passes = 0
                try sitemap.write(
                    sorted: { () throws(LocGenError) in
                        passes += 1
                        return try Self.merge(
                            markets.map(spill.sitemapRun(of:)),
                            extra: extra,
                            links: kind == .standard ? (clusters, passes > 1) : nil
                        )
                    },
                    pieces: { (name, piece, ends) throws(LocGenError) in
                        if file == nil {
                            file = try writer.openFile(host.folder + name)
                            compressor = compressesSitemaps ? Gzip.Compressor() : nil
                        }
                        let bytes = Array(piece.utf8)
                        try file?.append(compressor?.compress(bytes, finish: ends) ?? bytes)
                        if ends {
                            file = nil
                            compressor = nil
                        }
                    }
                )
                sitemapURLs.append(origin + "/" + sitemap.fileName)
            }
            let robots = RobotsFile(settings: site.config.seo, sitemapURLs: sitemapURLs)
            try writeUnlessShipped(robots.text, to: host.folder + "robots.txt")
            if let key = site.config.seo.indexNowKey {
                try writeUnlessShipped(key, to: host.folder + key + ".txt")
            }
        }
    }

    /// The entries of the sitemap runs at `runs` and of `extra` in URL order: a function giving the next one,
    /// nil after the last. With `links`, each entry carries its product's sitemap lines from the cluster file,
    /// their size only unless `withText`; without, none (Baidu's sitemap has no hreflang).
    private static func merge(
        _ runs: [String],
        extra: [Sitemap.Entry],
        links: (clusters: ClusterReader, withText: Bool)?
    ) throws(LocGenError) -> () throws(LocGenError) -> Sitemap.Entry? {
        var sources: [SortedMerge<SitemapRunEntry>.Source] = []
        for run in runs { sources.append(try PageSpill.sitemapEntries(in: run)) }
        let extra = extra.map { SitemapRunEntry(url: $0.url, position: 0, lastModified: $0.lastModified) }
        sources.append(SortedMerge.source(extra))
        let merge = SitemapMerge(try SortedMerge(sources) { $0.url.utf8Precedes($1.url) })
        return { () throws(LocGenError) -> Sitemap.Entry? in
            guard let entry = try merge.next() else { return nil }
            var item = Sitemap.Entry(url: entry.url, alternates: [], lastModified: entry.lastModified)
            if let (clusters, withText) = links {
                item.links = Sitemap.PreparedLinks(
                    size: clusters.linksSize(ofProductAt: entry.position),
                    text: withText ? try clusters.links(ofProductAt: entry.position) : nil
                )
            }
            return item
        }
    }

    /// The hosts of the markets built, by origin.
    private func hosts(hasSelector: Bool) -> [String: Host] {
        var hosts: [String: Host] = [:]
        if hasSelector {
            hosts[site.config.baseURL.origin] = Host(
                name: site.config.baseURL.host,
                origin: site.config.baseURL.origin,
                folder: "",
                root: site.config.baseURL.description,
                listsSelector: true
            )
        }
        for index in site.selected {
            let plan = site.markets[index]
            let origin = plan.market.url.origin
            let isMain = plan.market.host == site.config.baseURL.host
            var host =
                hosts[origin]
                ?? Host(
                    name: plan.market.host,
                    origin: origin,
                    folder: isMain ? "" : "_hosts/" + plan.market.host + "/",
                    root: isMain ? site.config.baseURL.description : origin + "/"
                )
            if plan.market.searchEngines.contains(where: { $0 != .baidu }) { host.standard.append(index) }
            if plan.market.searchEngines.contains(.baidu) { host.baidu.append(index) }
            hosts[origin] = host
        }
        return hosts
    }

    /// Writes the IndexNow requests for the pages that changed, when the site has an IndexNow key; `hasSelector`
    /// as for ``write(spill:selector:)``.
    func writeIndexNowRequests(changes: PageChanges, hasSelector: Bool) throws(LocGenError) {
        guard let key = site.config.seo.indexNowKey else { return }
        try writeIndexNowRequests(key: key, hosts: hosts(hasSelector: hasSelector), changes: changes)
    }

    /// One request body per host and 10,000 URLs, at `.locgen/indexnow/<host>-<n>.json`, the URLs sorted as
    /// ``IndexNowRequest/requests(host:key:keyLocation:urls:)`` sorts them; URLs of hosts not built this time
    /// are left out, as their key file is not published.
    private func writeIndexNowRequests(key: String, hosts: [String: Host], changes: PageChanges) throws(LocGenError) {
        for host in hosts.values.sorted(by: { $0.name < $1.name }) {
            var urls = try changes.urls(of: host.name)
            var request = IndexNowRequest(host: host.name, key: key, keyLocation: host.root + key + ".txt", urls: [])
            var number = 0
            func write() throws(LocGenError) {
                number += 1
                try writer.write(request.body.utf8, to: "\(Self.indexNowFolder)/\(host.name)-\(number).json")
                request.urls.removeAll(keepingCapacity: true)
            }
            while let (url, _) = try urls.next() {
                request.urls.append(url)
                if request.urls.count == IndexNowRequest.maximumURLs { try write() }
            }
            if !request.urls.isEmpty { try write() }
        }
    }

    /// Holds a merge for the function ``merge(_:extra:clusters:)`` returns.
    private final class SitemapMerge {
        private var merge: SortedMerge<SitemapRunEntry>

        init(_ merge: SortedMerge<SitemapRunEntry>) {
            self.merge = merge
        }

        func next() throws(LocGenError) -> SitemapRunEntry? {
            try merge.next()?.element
        }
    }

    private func writeUnlessShipped(_ text: String, to path: String) throws(LocGenError) {
        guard !FileManager.default.fileExists(atPath: staging + "/" + path) else { return }
        try writer.write(text.utf8, to: path)
    }
}
