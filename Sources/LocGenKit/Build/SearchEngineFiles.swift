import Foundation

/// Writes each host's sitemaps and `robots.txt` after its pages.
///
/// A host gets the standard sitemap when one of its markets is made for an engine other than Baidu,
/// and Baidu's sitemap when one is made for Baidu; each lists only its own host's pages, the market
/// home pages included. `robots.txt` allows everything and names the host's sitemaps by absolute URL;
/// a `robots.txt` the site ships in `static/` for that host is kept as it is.
struct SearchEngineFiles {
    let site: SitePlan
    let staging: String
    let writer: OutputWriter

    /// One host's markets and where its files go in the output.
    private struct Host {
        var origin: String
        var folder: String
        var standard: [Sitemap.Entry] = []
        var baidu: [Sitemap.Entry] = []
    }

    /// Writes the files; `selector` is the language selector's URL when it is the site's x-default, which
    /// the main host's standard sitemap then lists.
    func write(entries: [[IndexEntry]], selector: String? = nil) throws(LocGenError) {
        var hosts: [String: Host] = [:]
        if let selector {
            hosts[site.config.baseURL.origin] = Host(
                origin: site.config.baseURL.origin,
                folder: "",
                standard: [Sitemap.Entry(url: selector, alternates: [])]
            )
        }
        for index in site.selected {
            let plan = site.markets[index]
            let origin = plan.market.url.origin
            let folder = plan.market.host == site.config.baseURL.host ? "" : "_hosts/" + plan.market.host + "/"
            var host = hosts[origin] ?? Host(origin: origin, folder: folder)
            var pages = entries[index].map { Sitemap.Entry(url: $0.url, alternates: $0.alternates) }
            pages.append(Sitemap.Entry(url: plan.url, alternates: []))
            if plan.market.searchEngines.contains(where: { $0 != .baidu }) { host.standard += pages }
            if plan.market.searchEngines.contains(.baidu) { host.baidu += pages }
            hosts[origin] = host
        }
        for origin in hosts.keys.sorted() {
            let host = hosts[origin]!
            var sitemapNames: [String] = []
            for (kind, pages) in [(Sitemap.Kind.standard, host.standard), (.baidu, host.baidu)] where !pages.isEmpty {
                try Sitemap(kind: kind, origin: origin).write(pages) { (name, text) throws(LocGenError) in
                    try writer.write(text.utf8, to: host.folder + name)
                }
                sitemapNames.append(kind.fileName)
            }
            let robotsPath = host.folder + "robots.txt"
            guard !FileManager.default.fileExists(atPath: staging + "/" + robotsPath) else { continue }
            var robots = "User-agent: *\nAllow: /\n\n"
            for name in sitemapNames { robots += "Sitemap: \(origin)/\(name)\n" }
            try writer.write(robots.utf8, to: robotsPath)
        }
    }
}
