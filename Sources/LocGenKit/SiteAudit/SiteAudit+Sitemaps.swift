extension SiteAudit {
    /// The protocol's limits (https://www.sitemaps.org/protocol.html) and Baidu's smaller file size.
    static let maximumURLs = 50_000
    static let maximumBytes = 50 * 1024 * 1024
    static let maximumBaiduBytes = 10 * 1024 * 1024

    /// Reads every sitemap (those robots.txt names, every `sitemap*.xml` and the parts of each
    /// index) and checks it, then reports indexable pages that no sitemap lists.
    mutating func checkSitemaps(listing: SiteFolder, robotsSitemaps: [String]) {
        let named = listing.files.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasPrefix("sitemap") && (name.hasSuffix(".xml") || name.hasSuffix(".xml.gz"))
        }
        var queue = robotsSitemaps + named
        var done: Set<String> = []
        var listed: Set<String> = []
        var unreadHosts: Set<String> = []
        var sitemapHosts: Set<String> = []
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard done.insert(path).inserted else { continue }
            let host = map.host(ofFile: path) ?? ""
            sitemapHosts.insert(host)
            if case .success(let item) = FileSystem.item(at: findings.sourcePath(path)), item.size > SiteFindings.maximumSitemapBytes {
                findings.report(
                    .sitemapLimit,
                    "the file has \(SummaryLine.grouped(item.size)) bytes, over the limit of 50 MB; split it under a sitemap index (it was too large to read)",
                    at: SourceLocation(file: findings.displayPath(path), line: 0, column: 0)
                )
                continue
            }
            guard var bytes = findings.read(path, limit: SiteFindings.maximumSitemapBytes) else { continue }
            if Gzip.isCompressed(bytes) || path.hasSuffix(".gz") {
                do {
                    bytes = try Gzip.decompress(bytes, maximumSize: SiteFindings.maximumSitemapBytes)
                } catch {
                    unreadHosts.insert(host)
                    findings.report(
                        .sitemapCompressed,
                        "the compressed sitemap cannot be read: \(error.message); its URLs were not checked",
                        at: SourceLocation(file: findings.displayPath(path), line: 0, column: 0)
                    )
                    continue
                }
            }
            sitemapsRead += 1
            let document = SitemapDocument.parse(bytes)
            let file = findings.displayPath(path)
            let lines = LineTable(bytes)
            func report(_ check: Check.ID, _ message: String, line: Int, column: Int) {
                findings.report(check, message, at: SourceLocation(file: file, line: line, column: column), sourceLine: lines.line(line))
            }
            if let error = document.error {
                report(.sitemapSyntax, error.value, line: error.line, column: error.column)
                continue
            }
            guard let root = document.root else {
                report(
                    .sitemapSyntax,
                    "the root element is <\(document.rootName)> in '\(document.rootNamespace)', not <urlset> or <sitemapindex> in \(SitemapDocument.namespace)",
                    line: 1,
                    column: 1
                )
                continue
            }
            let limit = document.usesBaiduMobile ? Self.maximumBaiduBytes : Self.maximumBytes
            if bytes.count > limit {
                report(
                    .sitemapLimit,
                    "the file has \(SummaryLine.grouped(bytes.count)) bytes, over the limit of \(limit / 1024 / 1024) MB\(document.usesBaiduMobile ? " for Baidu's mobile sitemaps" : ""); split it under a sitemap index",
                    line: 1,
                    column: 1
                )
            }
            if document.entries.count > Self.maximumURLs {
                let entry = document.entries[Self.maximumURLs]
                report(
                    .sitemapLimit,
                    "the file lists \(SummaryLine.grouped(document.entries.count)) \(root == .index ? "sitemaps" : "URLs"), over the limit of 50,000; split it",
                    line: entry.line,
                    column: entry.column
                )
            }
            for entry in document.entries {
                guard let loc = entry.loc, !loc.value.isEmpty else {
                    report(.sitemapSyntax, "the entry has no <loc>; every <url> and <sitemap> needs one", line: entry.line, column: entry.column)
                    continue
                }
                if let lastmod = entry.lastmod, !W3CDateTime.isValid(lastmod.value) {
                    report(
                        .sitemapLastmod,
                        "<lastmod> '\(lastmod.value)' is not a W3C datetime; write 2026-11-26 or 2026-11-26T09:30:00+01:00",
                        line: lastmod.line,
                        column: lastmod.column
                    )
                }
                let target = map.target(of: loc.value)
                switch target {
                case .relative:
                    report(.sitemapURL, "<loc> '\(loc.value)' is not an absolute URL; write it with https:// and the host", line: loc.line, column: loc.column)
                    continue
                case .external:
                    report(.sitemapURL, "<loc> \(loc.value) is not a URL of this site's hosts; a sitemap lists only its own host's URLs", line: loc.line, column: loc.column)
                    continue
                case .missing(let expected):
                    report(.sitemapURL, "<loc> \(loc.value) names no file of the folder (no \(findings.displayPath(expected)))", line: loc.line, column: loc.column)
                    continue
                case .file(let target):
                    if let locHost = SiteURLMap.split(loc.value)?.host, !host.isEmpty, locHost != host, root == .urlset {
                        report(.sitemapURL, "<loc> \(loc.value) is on \(locHost), but this sitemap is served on \(host); list it in that host's sitemap", line: loc.line, column: loc.column)
                    }
                    if root == .index {
                        queue.append(target)
                        if target.hasSuffix(".xml") { checkNotIndex(target, from: file, line: loc.line, column: loc.column) }
                    } else {
                        listed.insert(target)
                        if !entry.alternates.isEmpty { compareAlternates(entry, of: target, in: file, lines: lines) }
                    }
                }
            }
        }
        reportUnlisted(listed: listed, sitemapHosts: sitemapHosts, unreadHosts: unreadHosts)
    }

    /// A sitemap index may name sitemaps only, not other indexes.
    private mutating func checkNotIndex(_ part: String, from file: String, line: Int, column: Int) {
        guard let bytes = try? TextFile.bytes(atPath: findings.sourcePath(part)),
            SitemapDocument.parse(bytes).root == .index
        else { return }
        findings.report(
            .sitemapLimit,
            "the index names \(findings.displayPath(part)), which is itself a sitemap index; an index may name only sitemaps",
            at: SourceLocation(file: file, line: line, column: column)
        )
    }

    /// A sitemap's `xhtml:link` alternates for a URL must be the page's own hreflang links.
    private mutating func compareAlternates(_ entry: SitemapDocument.Entry, of target: String, in file: String, lines: LineTable) {
        guard let page = pages[target] else { return }
        for alternate in entry.alternates {
            if let problem = HreflangCode.problem(with: alternate.code) {
                findings.report(.hreflangCode, problem, at: SourceLocation(file: file, line: alternate.line, column: 1), sourceLine: lines.line(alternate.line))
            }
        }
        let inSitemap = Set(entry.alternates.map { "\($0.code.lowercased()) \($0.href)" })
        let inPage = Set(page.alternates.map { "\($0.code.lowercased()) \($0.href)" })
        guard inSitemap != inPage else { return }
        var differences: [String] = []
        let onlySitemap = inSitemap.subtracting(inPage).sorted()
        let onlyPage = inPage.subtracting(inSitemap).sorted()
        if !onlySitemap.isEmpty { differences.append("only the sitemap has \(onlySitemap.joined(separator: ", "))") }
        if !onlyPage.isEmpty { differences.append("only the page has \(onlyPage.joined(separator: ", "))") }
        let line = entry.loc?.line ?? entry.line
        findings.report(
            .sitemapAlternates,
            "the alternates of \(entry.loc?.value ?? target) differ from the hreflang links of \(page.path): \(differences.joined(separator: "; "))",
            at: SourceLocation(file: file, line: line, column: entry.loc?.column ?? entry.column),
            sourceLine: lines.line(line)
        )
    }

    /// Pages that ask to be indexed (no `noindex`, canonical to themselves or none) but are in no
    /// sitemap of their host.
    private mutating func reportUnlisted(listed: Set<String>, sitemapHosts: Set<String>, unreadHosts: Set<String>) {
        if sitemapHosts.isEmpty {
            guard !pages.isEmpty else { return }
            findings.report(
                .sitemapMissingPage,
                "the site has no sitemap (no sitemap*.xml and no Sitemap: line in robots.txt); search engines find new pages much later without one",
                at: SourceLocation(file: findings.displayDirectory, line: 0, column: 0)
            )
            return
        }
        for path in sortedPaths where !listed.contains(path) {
            let page = pages[path]!
            let host = map.host(ofFile: path) ?? ""
            guard !page.isNoindex, !unreadHosts.contains(host) else { continue }
            if let canonical = page.canonicals.first?.value, map.file(of: canonical) != path { continue }
            findings.report(
                .sitemapMissingPage,
                "the page is in no sitemap\(sitemapHosts.contains(host) ? "" : " (its host \(host) has none)"); add its URL to the host's sitemap",
                in: page,
                at: page.htmlPlace
            )
        }
    }
}
