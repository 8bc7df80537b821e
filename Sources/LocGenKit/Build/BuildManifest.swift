import Foundation

/// What the previous build wrote: each page's path, the ``StableHash`` of the inputs that made it, the
/// hash of its bytes and the date those bytes last changed.
///
/// Kept at `<output>/.locgen/manifest.json`. A page whose inputs hash the same as last time is hard-linked
/// from the previous output instead of rendered, and keeps its content hash and date without being read. A
/// rendered page whose bytes hash the same as last time keeps its date too: that date is the sitemap's
/// `lastmod`. A missing or unreadable manifest, or one of version 1 (which had no content hashes), just
/// means every page is rendered and dated with this build.
///
/// A build reads the previous manifest compactly (``PreviousManifest``) and writes its own from sorted runs
/// on disk (``ManifestMerge``); this type, which holds every path, is for shard builds and tests.
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
    static func read(output: String) -> BuildManifest {
        read(file: output + "/" + path) ?? BuildManifest()
    }

    /// Reads the manifest file at `file` through ``ManifestReader``, as a build reads it: a header line per
    /// key, then one `"<path>": "<record>"` line per page, sorted by path; nil for a missing file or anything
    /// else.
    static func read(file: String) -> BuildManifest? {
        guard let reader = ManifestReader(path: file) else { return nil }
        var manifest = BuildManifest()
        do throws(ManifestLineParser.Malformed) {
            while let (path, page) = try reader.next() { manifest.pages[path] = page }
        } catch {
            return nil
        }
        return manifest
    }

    /// Parses one page line, `    "<path>": "<record>"` with a trailing comma unless it is the last; nil when
    /// the line is not one.
    static func record(inLine line: ArraySlice<UInt8>) -> (path: String, page: Page, hasComma: Bool)? {
        // The string decoder expects checked UTF-8 and offsets into an array of its own.
        let bytes = Array(line)
        guard bytes.starts(with: "    ".utf8), UTF8Check.firstInvalid(in: bytes, from: .start) == nil,
            let path = try? JSONValueParser.string(in: bytes, at: 4),
            bytes[path.end...].starts(with: ": ".utf8),
            let record = try? JSONValueParser.string(in: bytes, at: path.end + 2),
            let page = Page(record.text)
        else { return nil }
        let rest = bytes[record.end...]
        guard rest.isEmpty || rest.elementsEqual(",".utf8) else { return nil }
        return (path.text, page, !rest.isEmpty)
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

    /// Hands the JSON text to `emit` in pieces of about 256 KB (see ``ManifestText``), pages sorted by path.
    private func pieces(_ emit: (String) -> Void) {
        var text = ManifestText()
        for path in pages.keys.sorted(by: { $0.utf8Precedes($1) }) {
            if let piece = text.add(path, pages[path]!) { emit(piece) }
        }
        emit(text.finish())
    }
}

/// The manifest's JSON text made page by page, in the order given (sorted by path), as ``JSONText`` would
/// render it: `{"version": 2, "pages": {"<path>": "<record>", …}}`, pretty-printed.
struct ManifestText {
    private var piece = "{\n  \"version\": \(BuildManifest.version),\n  \"pages\": "
    private var isEmpty = true

    /// Adds a page; returns a piece of text to write out once about 256 KB have gathered.
    mutating func add(_ path: String, _ page: BuildManifest.Page) -> String? {
        piece += isEmpty ? "{\n    " : ",\n    "
        isEmpty = false
        JSONText.escape(path, into: &piece)
        piece += ": "
        JSONText.escape(page.text, into: &piece)
        guard piece.utf8.count >= 256 * 1024 else { return nil }
        defer { piece = "" }
        return piece
    }

    /// The rest of the text, to its end.
    mutating func finish() -> String {
        defer { piece = "" }
        return piece + (isEmpty ? "{}\n}\n" : "\n  }\n}\n")
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
