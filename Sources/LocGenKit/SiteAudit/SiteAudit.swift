/// One run of the site checks over the pages read by ``SiteAuditor``.
struct SiteAudit {
    let map: SiteURLMap
    /// The pages by path relative to the folder.
    let pages: [String: AuditedPage]
    var findings: SiteFindings
    var sitemapsRead = 0

    /// The file each page names as itself in its hreflang links, by relative path: its own code.
    private(set) var selfCodes: [String: String] = [:]

    init(map: SiteURLMap, pages: [String: AuditedPage], findings: SiteFindings) {
        self.map = map
        self.pages = pages
        self.findings = findings
        for (path, page) in pages {
            if let own = page.alternates.first(where: { !$0.isXDefault && map.file(of: $0.href) == path }) {
                selfCodes[path] = own.code
            }
        }
    }

    /// The pages in path order, so findings come out the same every run.
    var sortedPaths: [String] { pages.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

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
                findings.report(.hreflangCode, problem, in: page, at: alternate.offset)
            }
            let key = alternate.code.lowercased()
            if let first = seen[key] {
                let detail =
                    first.href == alternate.href
                    ? "is listed twice for \(alternate.href); remove one"
                    : "names two URLs (\(first.href) and \(alternate.href)); keep one page per code"
                findings.report(.hreflangDuplicate, "hreflang '\(alternate.code)' \(detail)", in: page, at: alternate.offset)
            } else {
                seen[key] = alternate
            }
            checkTarget(alternate.href, kind: "hreflang '\(alternate.code)'", in: page, at: alternate.offset)
        }
        let hasLanguages = page.alternates.contains { !$0.isXDefault }
        if hasLanguages, selfCodes[path] == nil {
            let code = page.lang?.value ?? "…"
            findings.report(
                .hreflangSelf,
                "the hreflang links leave out this page itself; add <link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(page.canonicals.first?.value ?? "…")\">",
                in: page,
                at: page.alternates[0].offset
            )
        }
    }

    private mutating func checkLanguage(of page: AuditedPage, at path: String) {
        guard let lang = page.lang, !lang.value.isEmpty else {
            let code = selfCodes[path].map { " lang=\"\($0)\"" } ?? " lang"
            findings.report(.htmlLang, "the page has no <html\(code)>; add it, so browsers and Bing know its language", in: page, at: page.htmlOffset)
            return
        }
        guard let code = selfCodes[path] else { return }
        if !HreflangCode.agrees(htmlLang: lang.value, hreflang: code) {
            findings.report(
                .htmlLang,
                "<html lang=\"\(lang.value)\"> disagrees with the page's own hreflang '\(code)'; make them name the same language and region",
                in: page,
                at: lang.offset
            )
        }
    }

    private mutating func checkCanonical(of page: AuditedPage, at path: String) {
        let hasLanguages = page.alternates.contains { !$0.isXDefault }
        guard let canonical = page.canonicals.first else {
            if hasLanguages {
                let own = page.alternates.first { map.file(of: $0.href) == path }?.href ?? "this page's URL"
                findings.report(
                    .canonicalMissing,
                    "the page has hreflang links but no canonical; add <link rel=\"canonical\" href=\"\(own)\">",
                    in: page,
                    at: page.alternates[0].offset
                )
            }
            return
        }
        for extra in page.canonicals.dropFirst() {
            findings.report(
                .canonicalInvalid,
                "a second canonical (\(extra.value)); search engines ignore all of them when there are several, keep one",
                in: page,
                at: extra.offset
            )
        }
        guard !canonical.value.isEmpty else {
            findings.report(.canonicalInvalid, "the canonical URL is empty; write this page's absolute URL", in: page, at: canonical.offset)
            return
        }
        let target = map.target(of: canonical.value)
        if target == .relative {
            findings.report(
                .canonicalInvalid,
                "the canonical URL '\(canonical.value)' is not absolute; write it with https:// and the host",
                in: page,
                at: canonical.offset
            )
            return
        }
        checkTarget(canonical.value, kind: "the canonical URL", in: page, at: canonical.offset)
        if hasLanguages, case .file(let file) = target, file != path {
            findings.report(
                .canonicalSelf,
                "the canonical URL \(canonical.value) is another page (\(findings.displayPath(file))), which contradicts this page's hreflang links; make the canonical this page's own URL",
                in: page,
                at: canonical.offset
            )
        }
        if let own = page.alternates.first(where: { !$0.isXDefault && map.file(of: $0.href) == path }),
            own.href != canonical.value, target == .file(path)
        {
            findings.report(
                .canonicalHreflang,
                "the page's own hreflang URL \(own.href) differs from its canonical \(canonical.value); use the canonical URL in hreflang links",
                in: page,
                at: own.offset
            )
        }
    }

    /// Reports a link of this site that names no file of the folder, or that is relative.
    mutating func checkTarget(_ href: String, kind: String, in page: AuditedPage, at offset: Int) {
        switch map.target(of: href) {
        case .relative:
            findings.report(.linkTarget, "\(kind) '\(href)' is not an absolute URL; write it with https:// and the host", in: page, at: offset)
        case .missing(let expected):
            findings.report(
                .linkTarget,
                "\(kind) \(href) names a page that is not in the folder (no \(findings.displayPath(expected)))",
                in: page,
                at: offset
            )
        case .file, .external:
            break
        }
    }
}
