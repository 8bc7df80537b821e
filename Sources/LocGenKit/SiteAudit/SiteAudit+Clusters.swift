extension SiteAudit {
    /// Checks what pages say about each other: every hreflang link returned with the same code, the
    /// code a page is given matching the code it gives itself, hreflang URLs that are the target's
    /// canonical, and one x-default in each cluster (pages joined by hreflang links).
    mutating func checkClusters() {
        var clusters = UnionFind(sortedPaths)
        for path in sortedPaths {
            let page = pages[path]!
            for alternate in page.alternates where !alternate.isXDefault {
                guard let target = file(of: alternate.href), target != path, let other = pages[target] else { continue }
                clusters.join(path, target)
                checkReturnLink(from: page, at: path, to: other, at: target, as: alternate)
                if let canonical = other.canonicals.first?.value, canonical != alternate.href,
                    file(of: canonical) == target
                {
                    findings.report(
                        .canonicalHreflang,
                        "hreflang '\(alternate.code)' links \(alternate.href), but that page's canonical is \(canonical); link the canonical URL",
                        in: page,
                        at: alternate.place
                    )
                }
            }
        }
        checkXDefaults(in: clusters.groups())
    }

    /// `1 other page`, `3 other pages`.
    static func otherPages(_ count: Int) -> String { count == 1 ? "1 other page" : "\(count) other pages" }

    private mutating func checkReturnLink(
        from page: AuditedPage,
        at path: String,
        to other: AuditedPage,
        at target: String,
        as alternate: AuditedPage.Alternate
    ) {
        if let ownCode = selfCodes[target], ownCode.lowercased() != alternate.code.lowercased() {
            findings.report(
                .hreflangReciprocal,
                "hreflang '\(alternate.code)' links \(other.path), which calls itself '\(ownCode)'; use one code for a page everywhere",
                in: page,
                at: alternate.place
            )
        }
        guard let myCode = selfCodes[path] else { return }
        let back = other.alternates.filter { !$0.isXDefault && file(of: $0.href) == path }
        if back.isEmpty {
            findings.report(
                .hreflangReciprocal,
                "hreflang '\(alternate.code)' links \(other.path), which has no hreflang link back to this page; add <link rel=\"alternate\" hreflang=\"\(myCode)\" href=\"\(page.canonicals.first?.value ?? "this page's URL")\"> to it",
                in: page,
                at: alternate.place
            )
        }
    }

    /// Each cluster's pages should name one x-default page; those that differ from the most common
    /// choice (or name none while others do) are reported.
    private mutating func checkXDefaults(in groups: [[String]]) {
        for group in groups where group.count > 1 {
            var choices: [String: Int] = [:]
            for path in group {
                let xDefault = pages[path]!.alternates.first(where: \.isXDefault).map { file(of: $0.href) ?? $0.href }
                choices[xDefault ?? "", default: 0] += 1
            }
            guard choices.count > 1 else { continue }
            let named = choices.filter { !$0.key.isEmpty }
            guard let usual = named.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
            for path in group {
                let page = pages[path]!
                if let xDefault = page.alternates.first(where: \.isXDefault) {
                    let target = file(of: xDefault.href) ?? xDefault.href
                    guard target != usual else { continue }
                    findings.report(
                        .hreflangXDefault,
                        "x-default is \(xDefault.href) here, but \(Self.otherPages(choices[usual]!)) of this cluster name\(choices[usual]! == 1 ? "s" : "") \(findings.displayPath(usual)); use one x-default page for the whole cluster",
                        in: page,
                        at: xDefault.place
                    )
                } else {
                    findings.report(
                        .hreflangXDefault,
                        "the page has no x-default, but \(Self.otherPages(choices[usual]!)) of its cluster name\(choices[usual]! == 1 ? "s" : "") \(findings.displayPath(usual)); add <link rel=\"alternate\" hreflang=\"x-default\">",
                        in: page,
                        at: page.alternates.first?.place ?? page.htmlPlace
                    )
                }
            }
        }
    }
}

/// Groups of strings joined pairwise (union–find with path halving).
struct UnionFind {
    private var parent: [String: String] = [:]
    private let order: [String]

    init(_ elements: [String]) {
        order = elements
        for element in elements { parent[element] = element }
    }

    mutating func root(_ element: String) -> String {
        var current = element
        while let next = parent[current], next != current {
            parent[current] = parent[next]
            current = next
        }
        return current
    }

    mutating func join(_ a: String, _ b: String) {
        let (rootA, rootB) = (root(a), root(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// The groups, each in the order the elements were given.
    mutating func groups() -> [[String]] {
        var byRoot: [String: [String]] = [:]
        var roots: [String] = []
        for element in order {
            let root = root(element)
            if byRoot[root] == nil { roots.append(root) }
            byRoot[root, default: []].append(element)
        }
        return roots.map { byRoot[$0]! }
    }
}
