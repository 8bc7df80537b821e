#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reads a manifest file as ``BuildManifest`` writes it, one page line at a time, a chunk of the file at a
/// time: a 300,000-page manifest (30 MB) is never held whole.
final class ManifestReader {
    /// The file read.
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var index = 0
    private var isExhausted = false
    private var parser = ManifestLineParser()

    private static let chunk = 1 << 20

    /// Opens the manifest at `path`; nil when there is no readable file.
    init?(path: String) {
        self.path = path
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// The next page's path and record in file order, or nil after the last one; throws as soon as the text
    /// is not what ``BuildManifest`` writes (see ``ManifestLineParser``), or cannot be read.
    func next() throws(ManifestLineParser.Malformed) -> (path: String, page: BuildManifest.Page)? {
        while let line = try line() {
            if let record = try parser.parse(line) { return record }
        }
        guard parser.isDone else { throw ManifestLineParser.Malformed() }
        return nil
    }

    /// The next page as ``next()`` reads it, for a build that read this manifest before: that it no longer
    /// reads is an error of the build's.
    func nextRecord() throws(LocGenError) -> ManifestRecord? {
        do {
            return try next().map { ($0.path, $0.page) }
        } catch {
            throw LocGenError(
                .outputFailure,
                "the previous build's manifest '\(path)' changed or became unreadable during the build; build again"
            )
        }
    }

    /// The next line without its line break; nil at the end of the file. A last line without a line break is
    /// malformed: every line ``BuildManifest`` writes ends with one.
    private func line() throws(ManifestLineParser.Malformed) -> ArraySlice<UInt8>? {
        while true {
            if let end = buffer[index...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { index = end + 1 }
                return buffer[index..<end]
            }
            if isExhausted {
                guard index == buffer.count else { throw ManifestLineParser.Malformed() }
                return nil
            }
            do {
                isExhausted = try ChunkedRead.refill(
                    &buffer,
                    index: &index,
                    from: descriptor,
                    wanted: 1,
                    chunk: Self.chunk
                )
            } catch {
                throw ManifestLineParser.Malformed()
            }
        }
    }
}

/// Checks a manifest's lines one after the other, as ``BuildManifest`` writes them: `{`, the version, the
/// pages (`{}`, or `{`, one line per page and `  }`), `}`.
///
/// Anything else is ``Malformed``: another version, a damaged or cut file, and pages out of strictly increasing
/// path order (UTF-8), which the build's readers rely on to stream the previous manifest next to this build's.
struct ManifestLineParser {
    /// The text is not a manifest of this version.
    struct Malformed: Error {}

    private enum State {
        case open, version, pages, firstPage, page, close, done
    }

    private var state = State.open
    private var lastPath: String?
    private var expectsMore = false

    /// Whether the closing line has been read: any line after it is malformed, and a text that ends before it
    /// is cut.
    var isDone: Bool { state == .done }

    /// Reads the next line (without its line break); returns the page it lists, if it is a page line.
    mutating func parse(_ line: ArraySlice<UInt8>) throws(Malformed) -> (path: String, page: BuildManifest.Page)? {
        switch state {
        case .open:
            guard line.elementsEqual("{".utf8) else { throw Malformed() }
            state = .version
        case .version:
            guard line.elementsEqual("  \"version\": \(BuildManifest.version),".utf8) else { throw Malformed() }
            state = .pages
        case .pages:
            if line.elementsEqual("  \"pages\": {}".utf8) {
                state = .close
            } else {
                guard line.elementsEqual("  \"pages\": {".utf8) else { throw Malformed() }
                state = .firstPage
            }
        case .firstPage, .page:
            if state == .page, !expectsMore, line.elementsEqual("  }".utf8) {
                state = .close
                return nil
            }
            guard state == .firstPage || expectsMore, let (path, page, hasComma) = BuildManifest.record(inLine: line),
                lastPath.map({ $0.utf8Precedes(path) }) ?? true
            else { throw Malformed() }
            state = .page
            expectsMore = hasComma
            lastPath = path
            return (path, page)
        case .close:
            guard line.elementsEqual("}".utf8) else { throw Malformed() }
            state = .done
        case .done:
            throw Malformed()
        }
        return nil
    }
}
