/// Writes this build's manifest by merging the markets' records, each market's sorted by path on disk, with
/// the previous manifest read again from its file: one page at a time, whatever the catalog's size.
///
/// Pages of markets a `--market` build left out keep their previous records, so that the next full build
/// finds their content hashes and dates (a build of some markets is not a change to the others). The same
/// pass finds, for IndexNow, the pages added, changed (by content hash) or removed since the previous build.
struct ManifestMerge {
    let site: SitePlan
    let previous: PreviousManifest

    /// Writes `.locgen/manifest.json` from the sorted runs at `runs` and the sorted `records`; adds the pages
    /// that changed to `changes` when it is not nil.
    func write(
        runs: [String],
        records: [ManifestRecord],
        with writer: OutputWriter,
        changes: inout PageChanges?
    ) throws(LocGenError) {
        var sources: [SortedMerge<ManifestRecord>.Source] = []
        for run in runs { sources.append(try PageSpill.manifestRecords(in: run)) }
        sources.append(SortedMerge.source(records))
        // The previous manifest comes last, so that this build's record of a path comes out first.
        let previousSource = sources.count
        if let reader = previous.reader() {
            sources.append(reader.nextRecord)
        }
        var merge = try SortedMerge(sources) { $0.path.utf8Precedes($1.path) }
        let file = try writer.openFile(BuildManifest.path)
        var text = ManifestText()
        let left = LeftMarkets(site: site)
        // This build's record of the path being merged, and the previous one.
        var pending: Pending?
        while true {
            let next = try merge.next()
            if let page = pending, next?.element.path != page.path {
                if let record = try settle(page, left: left, changes: &changes), let piece = text.add(page.path, record) {
                    try file.append(Array(piece.utf8))
                }
                pending = nil
            }
            guard let (record, source) = next else { break }
            if pending == nil { pending = Pending(path: record.path) }
            if source == previousSource {
                pending?.previous = record.record
            } else if pending?.current == nil {
                pending?.current = record.record
            }
        }
        try file.append(Array(text.finish().utf8))
    }
}

extension ManifestMerge {
    /// One path's records: this build's and the previous build's.
    private struct Pending {
        var path: String
        var current: BuildManifest.Page?
        var previous: BuildManifest.Page?
    }

    /// The record to write for a path, if any, noting in `changes` whether the page was added, changed or
    /// removed.
    private func settle(_ page: Pending, left: LeftMarkets, changes: inout PageChanges?) throws(LocGenError)
        -> BuildManifest.Page?
    {
        if let current = page.current {
            if page.previous?.contentHash != current.contentHash {
                try changes?.add(page.path, baseURL: site.config.baseURL)
            }
            return current
        }
        if left.owns(page.path) { return page.previous }
        try changes?.add(page.path, baseURL: site.config.baseURL)
        return nil
    }
}

/// The markets a `--market` build leaves out, which keep their previous records.
private struct LeftMarkets {
    /// The folders of every market, longest first: the longest a path starts with names its market (`de/`
    /// rather than the root market's ``).
    private let folders: [(market: Int, folder: String)]
    private let left: Set<Int>

    init(site: SitePlan) {
        left = Set(site.markets.indices).subtracting(site.selected)
        folders = site.markets.indices.map { ($0, site.markets[$0].folder) }.sorted { $0.1.count > $1.1.count }
    }

    /// Whether the page at `path` belongs to a market this build left out.
    func owns(_ path: String) -> Bool {
        guard !left.isEmpty, let owner = folders.first(where: { path.hasPrefix($0.folder) }) else { return false }
        return left.contains(owner.market)
    }
}
