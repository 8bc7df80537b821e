/// The previous build's manifest, held compactly while this build runs: per page, a 64-bit hash of its path
/// with its input hash, content hash and day (about 40 bytes a page instead of 300 with the path's text).
///
/// The paths themselves are only needed at the end, for the pages of markets a `--market` build leaves out
/// and for the pages that went away; ``reader()`` streams them from the file again then. A manifest that is
/// missing, of another version or damaged is treated as empty, so the build renders every page (a cold
/// build), as ``BuildManifest/read(output:)`` does.
struct PreviousManifest: Sendable {
    /// One page's record, with its day packed as `yyyymmdd` (0 for none).
    private struct Record: Sendable {
        var inputHash: UInt64
        var contentHash: UInt64
        var day: UInt32
    }

    private var records: [UInt64: Record] = [:]
    /// The manifest file, when it was read and valid; nil for an empty manifest.
    private(set) var file: String?

    /// How many pages the manifest lists.
    var count: Int { records.count }

    /// An empty manifest: every page is new.
    init() {}

    /// Reads the manifest of an output folder; empty when there is none or it is not one this locgen writes.
    static func read(output: String) -> PreviousManifest {
        let path = output + "/" + BuildManifest.path
        guard let reader = ManifestReader(path: path) else { return PreviousManifest() }
        var manifest = PreviousManifest()
        do throws(ManifestLineParser.Malformed) {
            while let (pagePath, page) = try reader.next() {
                guard let day = Self.packed(page.lastModified) else { return PreviousManifest() }
                manifest.records[Self.key(pagePath)] = Record(
                    inputHash: page.inputHash,
                    contentHash: page.contentHash,
                    day: day
                )
            }
        } catch {
            return PreviousManifest()
        }
        manifest.file = manifest.records.isEmpty ? nil : path
        return manifest
    }

    /// The record of the page at `path`, if the previous build wrote it.
    func page(at path: String) -> BuildManifest.Page? {
        guard let record = records[Self.key(path)] else { return nil }
        return BuildManifest.Page(
            inputHash: record.inputHash,
            contentHash: record.contentHash,
            lastModified: Self.unpacked(record.day)
        )
    }

    /// A reader of the manifest's pages in path order, read from the file again; nil for an empty manifest.
    func reader() -> ManifestReader? {
        file.flatMap { ManifestReader(path: $0) }
    }

    /// The path's key: two paths share one only by a 64-bit hash collision (about one in 10⁸ at 600,000
    /// pages), which at worst gives a page the other's date or links the other's file when both input hashes
    /// also agree.
    private static func key(_ path: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(path)
        return hash.value
    }

    /// `2026-11-26` as 20261126, nil → 0; nil (the manifest is not used) for a day not written the way
    /// ``PageEmitter/day(_:)`` writes it, which could not be given back as it was.
    static func packed(_ day: String?) -> UInt32? {
        guard let day else { return 0 }
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let year = UInt32(parts[0]), let month = UInt32(parts[1]), let date = UInt32(parts[2]),
            (1...12).contains(month), (1...31).contains(date), year >= 1, year <= 400_000
        else { return nil }
        let packed = year * 10_000 + month * 100 + date
        return unpacked(packed) == day ? packed : nil
    }

    static func unpacked(_ packed: UInt32) -> String? {
        guard packed != 0 else { return nil }
        return PageEmitter.day(year: Int(packed / 10_000), month: Int(packed / 100 % 100), day: Int(packed % 100))
    }
}
