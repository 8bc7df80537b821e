extension SiteAudit {
    /// Checks each host's `robots.txt` (the folder's root and `_hosts/<host>/`): `Sitemap:` lines are
    /// absolute URLs naming files of the folder, and no obsolete `Host:` line (Yandex dropped it in
    /// 2018; https://yandex.com/support/webmaster/controlling-robot/robots-txt.html). Returns the
    /// sitemap files they name.
    mutating func checkRobots(_ files: [String]) -> [String] {
        var sitemaps: [String] = []
        let robotsFiles = files.filter { $0 == "robots.txt" || ($0.hasPrefix("_hosts/") && $0.split(separator: "/").count == 3 && $0.hasSuffix("/robots.txt")) }
        for path in robotsFiles {
            guard let bytes = findings.read(path) else { continue }
            let lines = LineTable(bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard let colon = line.firstIndex(of: ":") else { continue }
                let field = String(line[..<colon]).trimmingHTMLSpace.lowercased()
                let value = String(line[line.index(after: colon)...]).trimmingHTMLSpace
                let column = line.distance(from: line.startIndex, to: colon) + 2
                let location = SourceLocation(file: findings.displayPath(path), line: index + 1, column: column)
                switch field {
                case "sitemap":
                    switch map.target(of: value) {
                    case .relative:
                        findings.report(.robotsSitemap, "Sitemap: '\(value)' is not an absolute URL; write it with https:// and the host", at: location, sourceLine: lines.line(index + 1))
                    case .missing(let expected):
                        findings.report(.robotsSitemap, "Sitemap: \(value) names no file of the folder (no \(findings.displayPath(expected)))", at: location, sourceLine: lines.line(index + 1))
                    case .file(let file):
                        sitemaps.append(file)
                    case .external:
                        break
                    }
                case "host":
                    findings.report(.robotsHost, "the Host: directive is obsolete and read by no search engine; remove it and redirect other hosts with 301", at: SourceLocation(file: location.file, line: index + 1, column: 1), sourceLine: lines.line(index + 1))
                default:
                    break
                }
            }
        }
        return sitemaps
    }
}
