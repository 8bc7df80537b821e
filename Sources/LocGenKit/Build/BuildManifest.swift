import Foundation

/// What the previous build wrote: each page's path, the ``StableHash`` of the inputs that made it, the
/// hash of its bytes and the date those bytes last changed.
///
/// Kept at `<output>/.locgen/manifest.json`. A page whose inputs hash the same as last time is hard-linked
/// from the previous output instead of rendered, and keeps its content hash and date without being read. A
/// rendered page whose bytes hash the same as last time keeps its date too: that date is the sitemap's
/// `lastmod`. A missing or unreadable manifest, or one of version 1 (which had no content hashes), just
/// means every page is rendered and dated with this build.
struct BuildManifest: Sendable {
    /// The manifest's path inside the output.
    static let path = ".locgen/manifest.json"
    static let version = 2

    /// One page's record.
    struct Page: Sendable, Equatable {
        var inputHash: UInt64
        var contentHash: UInt64
        /// The day the page's bytes last changed (`2026-11-26`), or nil when it was built without a date.
        var lastModified: String?
    }

    /// Page path (relative to the output) to its record.
    var pages: [String: Page] = [:]

    /// Reads the manifest of an output folder; empty when there is none, it is of another version, or it is
    /// not as ``write(with:)`` writes it (then the build renders every page once).
    ///
    /// Read line by line rather than with `JSONSerialization`, whose `[String: Any]` of a 300,000-page
    /// manifest took about 150 MB on top of the records themselves.
    static func read(output: String) -> BuildManifest {
        guard let data = FileManager.default.contents(atPath: output + "/" + path) else { return BuildManifest() }
        return parse(Array(data)) ?? BuildManifest()
    }

    /// Parses the text ``write(with:)`` writes: a header line per key, then one `"<path>": "<record>"` line
    /// per page; nil for anything else.
    static func parse(_ bytes: [UInt8]) -> BuildManifest? {
        let header = Array("{\n  \"version\": \(version),\n  \"pages\": ".utf8)
        guard bytes.starts(with: header) else { return nil }
        var lines = bytes[header.count...].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.first else { return nil }
        if first.elementsEqual("{}".utf8) {
            return lines.dropFirst().elementsEqual([Array("}".utf8)[...], []]) ? BuildManifest() : nil
        }
        // "{", the pages, "  }", "}", and the empty rest after the final line break.
        guard first.elementsEqual("{".utf8), lines.count >= 4, lines.removeLast().isEmpty,
            lines.removeLast().elementsEqual("}".utf8), lines.removeLast().elementsEqual("  }".utf8)
        else { return nil }
        // The string decoder expects checked UTF-8, as every reader of JSON here.
        guard UTF8Check.firstInvalid(in: bytes, from: .start) == nil else { return nil }
        var manifest = BuildManifest()
        manifest.pages.reserveCapacity(lines.count - 1)
        for line in lines.dropFirst() {
            // Each line is a slice of `bytes`, so its indexes are offsets into the whole text.
            guard line.starts(with: "    ".utf8),
                let path = try? JSONValueParser.string(in: bytes, at: line.startIndex + 4),
                bytes[path.end..<line.endIndex].starts(with: ": ".utf8),
                let record = try? JSONValueParser.string(in: bytes, at: path.end + 2),
                record.end <= line.endIndex, let page = Page(record.text)
            else { return nil }
            let rest = bytes[record.end..<line.endIndex]
            guard rest.isEmpty || rest.elementsEqual(",".utf8) else { return nil }
            manifest.pages[path.text] = page
        }
        return manifest
    }

    /// Keeps the previous records of the pages of markets this build left out (`--market de`), so that the
    /// next full build finds their content hashes and dates: a build of some markets is not a change to the
    /// others. Their files are not in this output, so the next build renders them (a link finds no file)
    /// and keeps each date whose bytes hash the same.
    mutating func keepRecords(of previous: BuildManifest, forMarketsOtherThan selected: [Int], in site: SitePlan) {
        let left = Set(site.markets.indices).subtracting(selected)
        guard !left.isEmpty else { return }
        // The longest folder a path starts with names its market: `de/` rather than the root market's ``.
        let folders = site.markets.indices.map { ($0, site.markets[$0].folder) }.sorted { $0.1.count > $1.1.count }
        for (path, record) in previous.pages where pages[path] == nil {
            if let owner = folders.first(where: { path.hasPrefix($0.1) }), left.contains(owner.0) {
                pages[path] = record
            }
        }
    }

    /// The manifest as JSON text, pages sorted by path.
    var text: String {
        var text = ""
        pieces { text += $0 }
        return text
    }

    /// Writes the manifest into the output, piece by piece: at 300,000 pages its text is 30 MB, which the
    /// build should not hold (nor a copy of it as bytes) on top of the records.
    func write(with writer: OutputWriter) throws(LocGenError) {
        let file = try writer.openFile(Self.path)
        var failure: LocGenError?
        pieces { piece in
            guard failure == nil else { return }
            do throws(LocGenError) { try file.append(Array(piece.utf8)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Hands the JSON text to `emit` in pieces of about 256 KB, as ``JSONText`` would render it:
    /// `{"version": 2, "pages": {"<path>": "<record>", …}}`, pretty-printed, pages sorted by path.
    private func pieces(_ emit: (String) -> Void) {
        let paths = pages.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var piece = "{\n  \"version\": \(Self.version),\n  \"pages\": "
        if paths.isEmpty { piece += "{}" } else { piece += "{\n" }
        for (index, path) in paths.enumerated() {
            piece += "    "
            JSONText.escape(path, into: &piece)
            piece += ": "
            JSONText.escape(pages[path]!.text, into: &piece)
            piece += index < paths.count - 1 ? ",\n" : "\n"
            if piece.utf8.count >= 256 * 1024 {
                emit(piece)
                piece = ""
            }
        }
        if !paths.isEmpty { piece += "  }" }
        emit(piece + "\n}\n")
    }
}

extension BuildManifest.Page {
    /// The record as one string, `<input hash> <content hash> <date or ->`: one JSON string per page keeps
    /// a 300,000-page manifest quick to read.
    var text: String {
        StableHash.hex(inputHash) + " " + StableHash.hex(contentHash) + " " + (lastModified ?? "-")
    }

    init?(_ text: String) {
        let fields = text.split(separator: " ")
        guard fields.count == 3, let input = UInt64(fields[0], radix: 16), let content = UInt64(fields[1], radix: 16)
        else { return nil }
        self.init(inputHash: input, contentHash: content, lastModified: fields[2] == "-" ? nil : String(fields[2]))
    }
}
