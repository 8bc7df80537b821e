/// Maps a site's absolute URLs to the files of a built folder, the way a static host serves them.
///
/// A URL of a base URL's host (and under its path) maps to the folder's root; a URL of any other host
/// maps to `_hosts/<host>/` when that folder exists, locgen's layout for markets on their own domain.
/// A path ending in `/` is its `index.html`; `/a` may also be `a/index.html` or `a.html`, as most
/// static hosts serve it. Query and fragment are ignored; percent-escapes are decoded.
struct SiteURLMap: Sendable {
    /// Where a URL leads.
    enum Target: Equatable {
        /// A file of the folder, by relative path.
        case file(String)
        /// A URL of this site whose file is not in the folder; the path it would have.
        case missing(String)
        /// A URL of another site, which cannot be checked.
        case external
        /// Not an absolute http(s) URL.
        case relative
    }

    /// A base URL: `https://shop.example.com/` or `https://example.com/shop/`.
    struct Base: Sendable, Equatable {
        var origin: String
        var pathPrefix: String
    }

    var bases: [Base]
    /// Host names with a `_hosts/<host>/` folder.
    var hostFolders: Set<String>
    /// Every file of the folder, by relative path.
    var files: Set<String>

    /// The scheme, host (lower case, with port) and path of an absolute http(s) URL.
    static func split(_ url: String) -> (scheme: String, host: String, path: String)? {
        let trimmed = url.trimmingHTMLSpace
        guard let range = trimmed.firstRange(of: "://") else { return nil }
        let scheme = trimmed[..<range.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[range.upperBound...]
        let hostEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let host = rest[..<hostEnd].lowercased()
        guard !host.isEmpty else { return nil }
        var path = String(rest[hostEnd...])
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        if path.isEmpty { path = "/" }
        return (scheme, host, path)
    }

    /// A base from a URL such as `https://shop.example.com` or `https://example.com/shop/`.
    static func base(from url: String) -> Base? {
        guard let parts = split(url) else { return nil }
        let prefix = parts.path.hasSuffix("/") ? parts.path : parts.path + "/"
        return Base(origin: parts.scheme + "://" + parts.host, pathPrefix: prefix)
    }

    /// Where a URL leads in the folder.
    func target(of url: String) -> Target {
        guard let parts = Self.split(url) else { return .relative }
        var relative: String
        if hostFolders.contains(parts.host) {
            relative = "_hosts/" + parts.host + parts.path
        } else if let base = bases.first(where: { Self.split($0.origin)?.host == parts.host && parts.path.hasPrefix($0.pathPrefix) }) {
            relative = String(parts.path.dropFirst(base.pathPrefix.count))
        } else {
            return .external
        }
        relative = Self.percentDecoded(relative)
        while relative.hasPrefix("/") { relative.removeFirst() }
        let candidates: [String]
        if relative.isEmpty || relative.hasSuffix("/") {
            candidates = [relative + "index.html"]
        } else {
            candidates = [relative, relative + "/index.html", relative + ".html"]
        }
        if let found = candidates.first(where: files.contains) { return .file(found) }
        return .missing(candidates[0])
    }

    /// The file a URL leads to, if it is one of the folder.
    func file(of url: String) -> String? {
        if case .file(let path) = target(of: url) { return path }
        return nil
    }

    /// The host a file of the folder is served on: `_hosts/<host>/…` or a base URL's.
    func host(ofFile path: String) -> String? {
        if path.hasPrefix("_hosts/") {
            return path.dropFirst("_hosts/".count).split(separator: "/").first.map(String.init)
        }
        return bases.first.flatMap { Self.split($0.origin)?.host }
    }

    /// The text with `%XX` escapes decoded as UTF-8; a malformed escape or byte sequence stays as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(validating: output, as: UTF8.self) ?? text
    }
}
