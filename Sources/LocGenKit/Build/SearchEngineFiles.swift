import Foundation

/// Writes each host's sitemaps, `robots.txt` and IndexNow key file after its pages, and the IndexNow
/// requests for the pages that changed into `.locgen/indexnow/`.
///
/// A host gets the standard sitemap when one of its markets is made for an engine other than Baidu,
/// and Baidu's sitemap when one is made for Baidu; each lists only its own host's pages, the market
/// home pages included, with the day each page last changed. `robots.txt` has the rules of `seo.robots`
/// and names the host's sitemaps by absolute URL; a `robots.txt` (or key file) the site ships in
/// `static/` for that host is kept as it is.
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
        var standard: [Sitemap.Entry] = []
        var baidu: [Sitemap.Entry] = []
    }

    /// Writes the files; `manifest` is this build's, `previous` the one before, for the IndexNow changes.
    /// `selector` is the URL of the language selector at the root, when the build wrote one; the main host's
    /// standard sitemap lists it.
    func write(
        entries: [[IndexEntry]],
        manifest: BuildManifest,
        previous: BuildManifest,
        selector: String? = nil
    ) throws(LocGenError) {
        let hosts = hosts(entries: entries, manifest: manifest, selector: selector)
        for origin in hosts.keys.sorted() {
            let host = hosts[origin]!
            var sitemapURLs: [String] = []
            for (kind, pages) in [(Sitemap.Kind.standard, host.standard), (.baidu, host.baidu)] where !pages.isEmpty {
                let sitemap = Sitemap(kind: kind, origin: origin, isCompressed: compressesSitemaps)
                // Written piece by piece: a 50 MB sitemap is never held whole.
                var file: OutputWriter.OpenFile?
                var compressor: Gzip.Compressor?
                try sitemap.write(pages) { (name, piece, ends) throws(LocGenError) in
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
                sitemapURLs.append(origin + "/" + sitemap.fileName)
            }
            let robots = RobotsFile(settings: site.config.seo, sitemapURLs: sitemapURLs)
            try writeUnlessShipped(robots.text, to: host.folder + "robots.txt")
            if let key = site.config.seo.indexNowKey {
                try writeUnlessShipped(key, to: host.folder + key + ".txt")
            }
        }
        if let key = site.config.seo.indexNowKey {
            try writeIndexNowRequests(
                key: key,
                hosts: hosts,
                changes: PageChanges(
                    from: previous,
                    to: manifest,
                    baseURL: site.config.baseURL
                )
            )
        }
    }

    /// The hosts of the markets built, by origin, with their sitemap entries.
    private func hosts(entries: [[IndexEntry]], manifest: BuildManifest, selector: String?) -> [String: Host] {
        var hosts: [String: Host] = [:]
        if let selector {
            hosts[site.config.baseURL.origin] = Host(
                name: site.config.baseURL.host,
                origin: site.config.baseURL.origin,
                folder: "",
                root: site.config.baseURL.description,
                standard: [
                    Sitemap.Entry(url: selector, alternates: [], lastModified: manifest.pages["index.html"]?.lastModified)
                ]
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
            var pages = entries[index].map {
                Sitemap.Entry(url: $0.url, alternates: $0.alternates, lastModified: $0.lastModified)
            }
            let home = manifest.pages[plan.folder + "index.html"]?.lastModified
            pages.append(Sitemap.Entry(url: plan.url, alternates: [], lastModified: home))
            if plan.market.searchEngines.contains(where: { $0 != .baidu }) { host.standard += pages }
            if plan.market.searchEngines.contains(.baidu) { host.baidu += pages }
            hosts[origin] = host
        }
        return hosts
    }

    /// One request body per host and 10,000 URLs, at `.locgen/indexnow/<host>-<n>.json`; URLs of hosts not
    /// built this time are left out, as their key file is not published.
    private func writeIndexNowRequests(key: String, hosts: [String: Host], changes: PageChanges) throws(LocGenError) {
        for host in hosts.values.sorted(by: { $0.name < $1.name }) {
            let requests = IndexNowRequest.requests(
                host: host.name,
                key: key,
                keyLocation: host.root + key + ".txt",
                urls: changes.urlsByHost[host.name] ?? []
            )
            for (number, request) in requests.enumerated() {
                try writer.write(request.body.utf8, to: "\(Self.indexNowFolder)/\(host.name)-\(number + 1).json")
            }
        }
    }

    private func writeUnlessShipped(_ text: String, to path: String) throws(LocGenError) {
        guard !FileManager.default.fileExists(atPath: staging + "/" + path) else { return }
        try writer.write(text.utf8, to: path)
    }
}
