/// Where pages go in the output folder.
///
/// Markets on the site's own host are laid out as their URL paths, relative to the base URL's path prefix
/// (`/ch/` → `ch/`, `/` → the output's root), so the output folder can be published at the base URL as it
/// is. A market on a host of its own goes under `_hosts/<host>/` followed by its path from that host's root
/// (`https://shop.example.cn/` → `_hosts/shop.example.cn/`): publish that folder on that host. Host names are
/// checked ASCII names by ``SiteURL``, so they are safe folder names. `_hosts` is therefore reserved as the
/// first segment of a main-host market path, and names starting with `.` (the build's own `.locgen/`) are
/// never made.
enum OutputLayout {
    /// The folder a market's pages go into, relative to the output folder: `""`, `ch/` or
    /// `_hosts/shop.example.cn/`. Throws `unsafe-path` for a path the layout cannot hold.
    static func folder(of market: Market, mainHost: String) throws(LocGenError) -> String {
        let segments = market.path.split(separator: "/").map(String.init)
        let isOwnHost = market.host != mainHost
        if !isOwnHost, segments.first == "_hosts" {
            throw LocGenError(
                .unsafePath,
                "market '\(market.id)' has the path '\(market.path)', but '_hosts/' holds the markets on their own hosts; choose another path"
            )
        }
        let prefix = isOwnHost ? ["_hosts", market.host] : []
        let folder = prefix + segments
        for segment in folder where problem(withSegment: segment) != nil {
            throw LocGenError(
                .unsafePath,
                "market '\(market.id)' has the path '\(market.path)', whose segment '\(PathSafety.visible(segment))' \(problem(withSegment: segment)!)"
            )
        }
        return folder.map { $0 + "/" }.joined()
    }

    /// The file of a product page: `<folder><slug>/index.html`, proven to stay inside the output.
    static func pagePath(folder: String, slug: String) throws(LocGenError) -> String {
        // A slug PathSafety accepts is a safe segment too: not empty, no leading `.`, no separator, no NUL.
        if let problem = PathSafety.problem(withSlug: slug) {
            throw LocGenError(.unsafePath, "the slug '\(PathSafety.visible(slug))' cannot be a folder name: \(problem)")
        }
        let path = folder + slug + "/index.html"
        try checkContained(path)
        return path
    }

    /// Checks that a relative path names something inside the output folder: not absolute, no empty, `.`
    /// or `..` segment, no NUL; a programmer error otherwise, as callers build paths from checked parts.
    static func checkContained(_ path: String) throws(LocGenError) {
        // By UTF-8 bytes, as the file system reads the path: every page's path is checked, and splitting it into
        // Substrings by Characters cost more than the rest of the check.
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var isContained = !path.utf8.contains(0)
        var segment = 0
        var dots = 0
        for byte in path.utf8 where isContained {
            if byte == slash {
                isContained = segment > dots || dots > 2
                segment = 0
                dots = 0
            } else {
                segment += 1
                if byte == dot, dots == segment - 1 { dots += 1 }
            }
        }
        isContained = isContained && (segment > dots || dots > 2)
        guard isContained else {
            throw LocGenError(.unsafePath, "'\(PathSafety.visible(path))' would be written outside the output folder")
        }
    }

    /// Why a folder name cannot be used, or nil: empty, `.`-led (hidden, `..`), or holding `/`, `\` or NUL.
    private static func problem(withSegment segment: String) -> String? {
        if segment.isEmpty { return "is empty" }
        if segment.hasPrefix(".") { return "starts with '.'" }
        if segment.contains("/") || segment.contains("\\") { return "contains a path separator" }
        if segment.unicodeScalars.contains("\0") { return "contains a NUL character" }
        return nil
    }
}
