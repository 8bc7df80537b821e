/// One run of the site checks over the pages read by ``SiteAuditor``.
struct SiteAudit {
    let map: SiteURLMap
    /// The pages by path relative to the folder.
    let pages: [String: AuditedPage]
    var findings: SiteFindings
    var sitemapsRead = 0

    /// The code each page gives itself in its hreflang links, by relative path.
    private(set) var selfCodes: [String: String] = [:]
    /// Where every hreflang and canonical URL of the pages leads, resolved once: each URL of a
    /// cluster is named by every page of it.
    private let targetsOfURLs: [String: SiteURLMap.Target]

    init(map: SiteURLMap, pages: [String: AuditedPage], findings: SiteFindings) {
        self.map = map
        self.pages = pages
        self.findings = findings
        var targets: [String: SiteURLMap.Target] = [:]
        for page in pages.values {
            for url in page.alternates.map(\.href) + page.canonicals.map(\.value) where targets[url] == nil {
                targets[url] = map.target(of: url)
            }
        }
        targetsOfURLs = targets
        for (path, page) in pages {
            if let own = page.alternates.first(where: { !$0.isXDefault && targets[$0.href] == .file(path) }) {
                selfCodes[path] = own.code
            }
        }
    }

    /// The file of the folder a URL of a page leads to, if any.
    func file(of url: String) -> String? {
        if case .file(let path) = target(of: url) { return path }
        return nil
    }

    /// Where a URL of a page leads.
    func target(of url: String) -> SiteURLMap.Target {
        targetsOfURLs[url] ?? map.target(of: url)
    }

    /// The pages in path order, so findings come out the same every run.
    var sortedPaths: [String] { pages.keys.sorted { $0.utf8Precedes($1) } }

    // MARK: Each page on its own

    mutating func checkPages() {
        for path in sortedPaths {
            let page = pages[path]!
            checkAlternates(of: page, at: path)
            checkLanguage(of: page, at: path)
            checkCanonical(of: page, at: path)
            checkStructuredData(of: page)
        }
    }

    private mutating func checkAlternates(of page: AuditedPage, at path: String) {
        var seen: [String: AuditedPage.Alternate] = [:]
        for alternate in page.alternates {
            if let problem = HreflangCode.problem(with: alternate.code) {
                findings.report(.hreflangCode, problem, in: page, at: alternate.place)
            }
            let key = alternate.code.lowercased()
            if let first = seen[key] {
                let detail =
                    first.href == alternate.href
                    ? "is listed twice for \(alternate.href); remove one"
                    : "names two URLs (\(first.href) and \(alternate.href)); keep one page per code"
                findings.report(.hreflangDuplicate, "hreflang '\(alternate.code)' \(detail)", in: page, at: alternate.place)
            } else {
                seen[key] = alternate
            }
            checkTarget(alternate.href, kind: "the hreflang '\(alternate.code)' URL", in: page, at: alternate.place)
        }
        let hasLanguages = page.alternates.contains { !$0.isXDefault }
        // A language-selector page names itself as x-default only, which is how Google expects it.
        let namesItself = selfCodes[path] != nil || page.alternates.contains { $0.isXDefault && file(of: $0.href) == path }
        if hasLanguages, !namesItself {
            let code = page.lang?.value ?? "…"
            findings.report(
                .hreflangSelf,
                "the hreflang links leave out this page itself; add <link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(page.canonicals.first?.value ?? "…")\">",
                in: page,
                at: page.alternates[0].place
            )
        }
    }

    private mutating func checkLanguage(of page: AuditedPage, at path: String) {
        guard let lang = page.lang, !lang.value.isEmpty else {
            let code = selfCodes[path].map { " lang=\"\($0)\"" } ?? " lang"
            findings.report(.htmlLang, "the page has no <html\(code)>; add it, so browsers and Bing know its language", in: page, at: page.htmlPlace)
            return
        }
        guard let code = selfCodes[path] else { return }
        if !HreflangCode.agrees(htmlLang: lang.value, hreflang: code) {
            findings.report(
                .htmlLang,
                "<html lang=\"\(lang.value)\"> disagrees with the page's own hreflang '\(code)'; make them name the same language and region",
                in: page,
                at: lang.place
            )
        }
    }

    private mutating func checkCanonical(of page: AuditedPage, at path: String) {
        let hasLanguages = page.alternates.contains { !$0.isXDefault }
        guard let canonical = page.canonicals.first else {
            if hasLanguages {
                let own = page.alternates.first { file(of: $0.href) == path }?.href ?? "this page's URL"
                findings.report(
                    .canonicalMissing,
                    "the page has hreflang links but no canonical; add <link rel=\"canonical\" href=\"\(own)\">",
                    in: page,
                    at: page.alternates[0].place
                )
            }
            return
        }
        for extra in page.canonicals.dropFirst() {
            findings.report(
                .canonicalInvalid,
                "a second canonical (\(extra.value)); search engines ignore all of them when there are several, keep one",
                in: page,
                at: extra.place
            )
        }
        guard !canonical.value.isEmpty else {
            findings.report(.canonicalInvalid, "the canonical URL is empty; write this page's absolute URL", in: page, at: canonical.place)
            return
        }
        let target = self.target(of: canonical.value)
        if target == .relative {
            findings.report(
                .canonicalInvalid,
                "the canonical URL '\(canonical.value)' is not absolute; write it with https:// and the host",
                in: page,
                at: canonical.place
            )
            return
        }
        checkTarget(canonical.value, kind: "the canonical URL", in: page, at: canonical.place)
        if hasLanguages, case .file(let file) = target, file != path {
            findings.report(
                .canonicalSelf,
                "the canonical URL \(canonical.value) is another page (\(findings.displayPath(file))), which contradicts this page's hreflang links; make the canonical this page's own URL",
                in: page,
                at: canonical.place
            )
        }
        if let own = page.alternates.first(where: { !$0.isXDefault && file(of: $0.href) == path }),
            own.href != canonical.value, target == .file(path)
        {
            findings.report(
                .canonicalHreflang,
                "the page's own hreflang URL \(own.href) differs from its canonical \(canonical.value); use the canonical URL in hreflang links",
                in: page,
                at: own.place
            )
        }
    }

    /// Reports a link of this site that names no file of the folder, or that is relative.
    mutating func checkTarget(_ href: String, kind: String, in page: AuditedPage, at place: AuditedPage.Place) {
        switch target(of: href) {
        case .relative:
            findings.report(.linkTarget, "\(kind) '\(href)' is not an absolute URL; write it with https:// and the host", in: page, at: place)
        case .missing(let expected):
            findings.report(
                .linkTarget,
                "\(kind) \(href) names a page that is not in the folder (no \(findings.displayPath(expected)))",
                in: page,
                at: place
            )
        case .file, .external:
            break
        }
    }
}
