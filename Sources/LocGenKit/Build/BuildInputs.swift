import Foundation
import LocGenICU

/// Everything a build reads, reduced to one ``StableHash``, and what the build made of it.
///
/// Kept at `<output>/.locgen/inputs.json`. When a new build's inputs hash the same as the build that
/// made the output, the output is already what the build would write, so the build stops there: a
/// rebuild with nothing changed reads its inputs once and writes nothing. Editing files inside the
/// output by hand is not noticed; delete the output (or `.locgen/inputs.json`) to force a build.
struct BuildInputs: Sendable {
    static let path = ".locgen/inputs.json"

    /// The hash of every input: request (with `--gzip`), configuration, catalog, rates, templates, messages, static
    /// files (their paths, sizes and modification times), the ICU version and the locgen executable.
    var digest: UInt64
    /// What the build that matched made, to report again.
    var markets: [BuildReport.MarketPages]
    var staticFiles: Int
    /// Pages of no market (the language selector at the root), counted in the report's totals.
    var sitePages = 0

    /// Hashes the inputs of a planned build: ``siteDigest(of:request:)`` and the catalog's bytes.
    static func digest(of site: SitePlan, request: BuildRequest) -> UInt64 {
        var hash = StableHash()
        hash.combine("locgen-build-inputs-2")
        hash.combine(siteDigest(of: site, request: request))
        // The date also dates the changed pages' lastmod, even where no page shows it.
        combineDate(of: request, into: &hash)
        combineFile(site.catalogPath, into: &hash)
        return hash.value
    }

    /// Hashes every input but the catalog's contents: what all of a build's pages share, so that a product
    /// whose own record (and related products) and this digest are as before has the pages it had
    /// (``ProductArchive``).
    ///
    /// The request (with `--gzip`, the shard, and the build date when a market counts delivery estimates from
    /// it, the only thing a product's page or index entry reads of it), the configuration and rates files, the
    /// catalog's path, templates, messages, static files (their paths, sizes and modification times), the ICU
    /// version and the locgen executable.
    static func siteDigest(of site: SitePlan, request: BuildRequest) -> UInt64 {
        var hash = StableHash()
        hash.combine("locgen-site-inputs-1")
        hash.combine(request.marketIDs.joined(separator: ","))
        hash.combine(request.isStrict ? "strict" : "lenient")
        if site.markets.contains(where: { $0.market.deliveryDays != nil }) { combineDate(of: request, into: &hash) }
        hash.combine(request.themeDirectories.joined(separator: "\u{1F}"))
        // Only sharded builds hash their shard, so a whole build's digest is the one it always was.
        if let shard = request.shard { hash.combine("shard \(shard)") }
        hash.combine(request.compressesSitemaps ? "gzip" : "plain")
        hash.combine(site.templatesDigest)
        for market in site.markets { hash.combine(market.messageDigest) }
        hash.combine(site.catalogPath)
        for path in [request.configPath, site.config.ratesPath ?? ""] where !path.isEmpty {
            hash.combine(path)
            combineFile(path, into: &hash)
        }
        combineTree(request.siteDirectory + "/static", into: &hash)
        hash.combine(ICU.version)
        // The executable: a new locgen may write other bytes from the same inputs.
        combineStatus(of: "/proc/self/exe", into: &hash)
        return hash.value
    }

    /// The inputs of the build that made an output, if it recorded them.
    static func read(output: String) -> BuildInputs? {
        guard let data = FileManager.default.contents(atPath: output + "/" + path),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let digestText = object["digest"] as? String, let digest = UInt64(digestText, radix: 16),
            let markets = object["markets"] as? [[String: Any]],
            let staticFiles = object["staticFiles"] as? Int
        else { return nil }
        // Absent in records of builds before the selector page.
        let sitePages = object["sitePages"] as? Int ?? 0
        var pages: [BuildReport.MarketPages] = []
        for market in markets {
            guard let id = market["id"] as? String, let count = market["pages"] as? Int else { return nil }
            pages.append(BuildReport.MarketPages(id: id, pages: count))
        }
        return BuildInputs(digest: digest, markets: pages, staticFiles: staticFiles, sitePages: sitePages)
    }

    static func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Writes the record into a staging folder, next to the manifest.
    static func write(_ record: BuildInputs, into folder: String) throws(LocGenError) {
        let target = folder + "/" + path
        do {
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true
            )
            try Data(record.text.utf8).write(to: URL(fileURLWithPath: target))
        } catch {
            throw LocGenError(.outputFailure, "cannot write '\(target)': \(error.localizedDescription)")
        }
    }

    /// The record as JSON text.
    var text: String {
        JSONText.object([
            ("version", .int(1)),
            ("digest", .string(StableHash.hex(digest))),
            ("markets", .array(markets.map { .object([("id", .string($0.id)), ("pages", .int($0.pages))]) })),
            ("staticFiles", .int(staticFiles)),
            ("sitePages", .int(sitePages)),
        ]).rendered + "\n"
    }

    /// The options that change what a build writes: `--market`, `--strict` and the build date.
    static func combineOptions(of request: BuildRequest, into hash: inout StableHash) {
        hash.combine(request.marketIDs.joined(separator: ","))
        hash.combine(request.isStrict ? "strict" : "lenient")
        combineDate(of: request, into: &hash)
    }

    static func combineDate(of request: BuildRequest, into hash: inout StableHash) {
        hash.combine(request.buildDate.map { "\($0.year)-\($0.month)-\($0.day)" } ?? "-")
    }

    static func combineFile(_ path: String, into hash: inout StableHash) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            hash.combine("missing")
            return
        }
        defer { try? handle.close() }
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            // Eight bytes at a time: byte by byte, the catalog's 2 MB took 5 ms at 1,000 products, a tenth of a
            // rebuild with nothing changed and a serial step before the first page of a cold build. (`Data`'s
            // own iterator had cost another tenth.) The digest already changes with each locgen executable.
            chunk.withUnsafeBytes { hash.combine(contentsOf: $0) }
        }
    }

    private static func combineTree(_ folder: String, into hash: inout StableHash) {
        guard let paths = try? FileManager.default.subpathsOfDirectory(atPath: folder) else {
            hash.combine("no-static")
            return
        }
        for path in paths.sorted() {
            hash.combine(path)
            combineStatus(of: folder + "/" + path, into: &hash)
        }
    }

    private static func combineStatus(of path: String, into hash: inout StableHash) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            hash.combine("unreadable")
            return
        }
        hash.combine(UInt64(bitPattern: Int64(status.st_size)))
        hash.combine(UInt64(bitPattern: Int64(status.st_mtim.tv_sec)))
        hash.combine(UInt64(bitPattern: Int64(status.st_mtim.tv_nsec)))
    }
}
