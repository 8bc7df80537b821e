/// `locgen seo check`: audits a built static site folder, locgen's or any other, for what search
/// engines need: hreflang clusters, canonicals, sitemaps, robots.txt and Product JSON-LD.
///
/// Pages are the folder's `.html` and `.htm` files (hidden folders such as `.locgen/` left out); URLs
/// are matched with files through ``SiteURLMap``. Every finding names a file, line and column.
public struct SiteAuditor: Sendable {
    /// The folder to audit.
    public var directory: String
    /// The site's base URLs (`https://shop.example.com/`); when empty, the origins of the canonical
    /// links of the pages outside `_hosts/`.
    public var baseURLs: [String]
    /// Whether warnings count as errors.
    public var isStrict: Bool
    /// The folder as findings name it, when it differs from `directory` (a build's staging folder
    /// is named as the output it becomes).
    public var displayDirectory: String?

    public init(directory: String, baseURLs: [String] = [], isStrict: Bool = false, displayDirectory: String? = nil) {
        self.directory = directory
        self.baseURLs = baseURLs
        self.isStrict = isStrict
        self.displayDirectory = displayDirectory
    }

    /// Audits the folder and returns every finding, sorted.
    ///
    /// Throws ``LocGenError/Code/unreadableFile`` when the folder itself cannot be read and
    /// ``LocGenError/Code/invalidArguments`` for a base URL that is not an absolute http(s) URL.
    public func audit() throws(LocGenError) -> SiteAuditResult {
        var bases: [SiteURLMap.Base] = []
        for url in baseURLs {
            guard let base = SiteURLMap.base(from: url) else {
                throw LocGenError(
                    .invalidArguments,
                    "--base-url '\(url)' is not an absolute http(s) URL; write it as https://shop.example.com/"
                )
            }
            bases.append(base)
        }
        let listing = try SiteFolder.list(directory)
        var findings = SiteFindings(directory: directory, displayDirectory: displayDirectory ?? directory, isStrict: isStrict)
        var pages: [String: AuditedPage] = [:]
        let pagePaths = listing.files.filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }
        for (path, loaded) in zip(pagePaths, PageLoader.load(pagePaths, findings: findings)) {
            switch loaded {
            case .page(let page): pages[path] = page
            case .failure(let location, let message): findings.report(.unreadable, message, at: location)
            }
        }
        if bases.isEmpty { bases = Self.canonicalOrigins(of: pages) }
        let map = SiteURLMap(bases: bases, hostFolders: listing.hostFolders, files: Set(listing.files))
        if bases.isEmpty, pages.values.contains(where: { !$0.alternates.isEmpty || !$0.canonicals.isEmpty }) {
            findings.report(
                .baseURL,
                "no --base-url was given and no page outside _hosts/ has a canonical URL, so no URL could be matched with a file; pass --base-url https://your.site/",
                at: SourceLocation(file: displayDirectory ?? directory, line: 0, column: 0)
            )
        }
        var audit = SiteAudit(map: map, pages: pages, findings: findings)
        audit.checkPages()
        audit.checkClusters()
        let robots = audit.checkRobots(listing.files)
        audit.checkSitemaps(listing: listing, robotsSitemaps: robots)
        let diagnostics = audit.findings.diagnostics.sorted()
        var summary = ValidationSummary(
            files: listing.files.map(findings.displayPath),
            messagesChecked: 0,
            localesChecked: [],
            diagnostics: diagnostics
        )
        summary.scope = "\(SummaryLine.counted(pages.count, "page")), \(SummaryLine.counted(audit.sitemapsRead, "sitemap"))"
        return SiteAuditResult(diagnostics: diagnostics, summary: summary)
    }

    /// The most common origin of the canonical URLs of pages outside `_hosts/`, as the site's base.
    static func canonicalOrigins(of pages: [String: AuditedPage]) -> [SiteURLMap.Base] {
        var counts: [String: Int] = [:]
        for (path, page) in pages where !path.hasPrefix("_hosts/") {
            for canonical in page.canonicals {
                guard let parts = SiteURLMap.split(canonical.value) else { continue }
                counts[parts.scheme + "://" + parts.host, default: 0] += 1
            }
        }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best.map { [SiteURLMap.Base(origin: $0.key, pathPrefix: "/")] } ?? []
    }
}

/// The findings of one `locgen seo check` run and what it looked at.
public struct SiteAuditResult: Sendable {
    /// Every finding, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// The counts every report format ends with.
    public var summary: ValidationSummary

    /// 0 when no finding is an error (after `--strict`), else 1.
    public var exitStatus: Int32 { summary.hasErrors ? 1 : 0 }
}
