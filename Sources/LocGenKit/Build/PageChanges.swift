/// The pages one build added, changed (by content hash) or removed compared with the previous build, as
/// URLs per host: what IndexNow is told about.
struct PageChanges {
    /// Host name to the URLs of its pages that changed.
    var urlsByHost: [String: [String]] = [:]

    /// Adds the page at `path` (added, changed or removed; see ``ManifestMerge``); `baseURL` is the site's,
    /// for pages on the main host.
    mutating func add(_ path: String, baseURL: SiteURL) {
        let (host, url) = Self.address(ofPage: path, baseURL: baseURL)
        urlsByHost[host, default: []].append(url)
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
