/// The sitemaps of one host, split at the protocol's limits under a sitemap index when needed.
///
/// Two kinds: the standard sitemap (sitemaps.org 0.9) with an `xhtml:link` alternate for every page
/// of each URL's hreflang cluster, itself included, as Google, Bing and Naver read them; and Baidu's,
/// with its mobile namespace and no hreflang, which Baidu does not read. A sitemap lists only URLs of
/// its own host. An entry's `lastmod` is the day its page's bytes last changed (see ``BuildManifest``),
/// never the build's time; an entry without one has no `lastmod`, and an index part's `lastmod` is the
/// latest of its entries'.
public struct Sitemap: Sendable {
    /// Which search engines the sitemap is for.
    public enum Kind: Sendable, Equatable {
        case standard
        case baidu

        /// The file name of a single sitemap, or of the index when it is split.
        var fileName: String { self == .standard ? "sitemap.xml" : "sitemap-baidu.xml" }

        /// The file name of part `number` (from 1) of a split sitemap.
        func partName(_ number: Int) -> String {
            self == .standard ? "sitemap-\(number).xml" : "sitemap-baidu-\(number).xml"
        }

        /// The largest file, in bytes: the protocol's 50 MB, Baidu's 10 MB, less room for the closing tag.
        var maximumBytes: Int { self == .standard ? 50 * 1024 * 1024 - 64 : 10 * 1024 * 1024 - 64 }
    }

    /// One page in a sitemap.
    public struct Entry: Sendable, Equatable {
        public var url: String
        public var alternates: [PageHead.Alternate]
        /// A W3C datetime, `2026-11-26`, or nil for none.
        public var lastModified: String?

        /// The standard sitemap's `xhtml:link` lines for ``alternates``, made once per product by the build
        /// (``Sitemap/links(_:)``) instead of once per entry: their UTF-8 size, and the lines themselves on the
        /// pass that writes them. When set, ``alternates`` is not read.
        var links: PreparedLinks?

        public init(url: String, alternates: [PageHead.Alternate], lastModified: String? = nil) {
            self.url = url
            self.alternates = alternates
            self.lastModified = lastModified
        }
    }

    /// An entry's alternate lines, made ahead; `text` is nil on the pass that only measures.
    struct PreparedLinks: Sendable, Equatable {
        var size: Int
        var text: String?
    }

    /// The protocol's limit of URLs per file.
    public static let maximumURLs = 50_000

    public var kind: Kind
    /// The host's origin (`https://shop.example.cn`), for the index's absolute part URLs.
    public var origin: String
    /// Whether the files are named `.xml.gz`: the caller compresses them, and the index names the parts so.
    /// The limits stay on the uncompressed size, as the protocol says.
    public var isCompressed = false
    /// Limits, lower in tests.
    var maximumURLs = Sitemap.maximumURLs
    var maximumBytes: Int

    public init(kind: Kind, origin: String, isCompressed: Bool = false) {
        self.kind = kind
        self.origin = origin
        self.isCompressed = isCompressed
        self.maximumBytes = kind.maximumBytes
    }

    /// The name of the single sitemap or of the index: `sitemap.xml`, `sitemap-baidu.xml.gz`.
    public var fileName: String { kind.fileName + (isCompressed ? ".gz" : "") }

    private func partName(_ number: Int) -> String { kind.partName(number) + (isCompressed ? ".gz" : "") }

    /// The files to write at the host's root, by name: one sitemap, or the parts and their index.
    /// Entries are written in URL order, so the same pages give the same bytes.
    public func files(for entries: [Entry]) -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = []
        write(entries) { name, text in files.append((name, text)) }
        return files
    }

    /// Hands each file to `emit` as soon as it is complete: a single sitemap, or the parts in order and then
    /// their index. One part (up to 50 MB) is held in memory at a time; ``write(_:pieces:)`` holds less.
    public func write<Failure: Error>(
        _ entries: [Entry],
        to emit: (_ name: String, _ text: String) throws(Failure) -> Void
    ) throws(Failure) {
        var text = ""
        try write(entries) { (name, piece, ends) throws(Failure) in
            text += piece
            if ends {
                try emit(name, text)
                text = ""
            }
        }
    }

    /// The size of the pieces ``write(_:pieces:)`` hands out: large enough for few writes, small enough that
    /// a 50 MB sitemap never sits in memory.
    static let pieceSize = 256 * 1024

    /// Hands out the files piece by piece, about ``pieceSize`` bytes each, in order: a single sitemap, or the
    /// parts and then their index; `ends` marks a file's last piece. So a build writes sitemaps of any size
    /// with flat memory.
    public func write<Failure: Error>(
        _ entries: [Entry],
        pieces emit: (_ name: String, _ piece: String, _ ends: Bool) throws(Failure) -> Void
    ) throws(Failure) {
        let sorted = entries.sorted { $0.url.utf8Precedes($1.url) }
        try write(
            sorted: { () throws(Failure) -> () throws(Failure) -> Entry? in
                var entries = sorted.makeIterator()
                return { () throws(Failure) -> Entry? in entries.next() }
            },
            pieces: emit
        )
    }

    /// Hands out the files piece by piece as ``write(_:pieces:)`` does, for entries a caller streams in URL
    /// order (UTF-8) rather than holds: `entries` starts a pass over them, giving a function that returns the
    /// next entry or nil after the last; it is called twice.
    ///
    /// A first pass measures the items to find where parts end, so that no file is written twice.
    func write<Failure: Error>(
        sorted entries: () throws(Failure) -> () throws(Failure) -> Entry?,
        pieces emit: (_ name: String, _ piece: String, _ ends: Bool) throws(Failure) -> Void
    ) throws(Failure) {
        // Where each part ends (exclusive) and the latest lastmod of its entries.
        var parts: [(end: Int, lastModified: String?)] = []
        var latest: String?
        var bytes = header.utf8.count + Self.footer.utf8.count
        var count = 0
        var index = 0
        var next = try entries()
        while let entry = try next() {
            let size = itemSize(entry)
            if count > 0, count == maximumURLs || bytes + size > maximumBytes {
                parts.append((index, latest))
                bytes = header.utf8.count + Self.footer.utf8.count
                count = 0
                latest = nil
            }
            bytes += size
            count += 1
            index += 1
            if let date = entry.lastModified, latest.map({ date > $0 }) ?? true { latest = date }
        }
        parts.append((index, latest))
        var partNames: [String] = []
        var part = 0
        var piece = header
        index = 0
        func name(_ part: Int) -> String { parts.count == 1 ? fileName : partName(part + 1) }
        next = try entries()
        while let entry = try next() {
            if part < parts.count - 1, index == parts[part].end {
                try emit(name(part), piece + Self.footer, true)
                partNames.append(name(part))
                part += 1
                piece = header
            }
            piece += item(entry)
            index += 1
            if piece.utf8.count >= Self.pieceSize {
                try emit(name(part), piece, false)
                piece = ""
            }
        }
        try emit(name(part), piece + Self.footer, true)
        partNames.append(name(part))
        guard parts.count > 1 else { return }
        var sitemapIndex = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (name, part) in zip(partNames, parts) {
            let date = part.lastModified.map { "<lastmod>\(Self.escape($0))</lastmod>" } ?? ""
            sitemapIndex += "  <sitemap><loc>\(Self.escape(origin + "/" + name))</loc>\(date)</sitemap>\n"
        }
        sitemapIndex += "</sitemapindex>\n"
        try emit(fileName, sitemapIndex, true)
    }

    /// The UTF-8 size of an entry's item, without making it.
    private func itemSize(_ entry: Entry) -> Int {
        var size = "  <url>\n    <loc></loc>\n  </url>\n".utf8.count + Self.escapedSize(entry.url)
        if let date = entry.lastModified { size += "    <lastmod></lastmod>\n".utf8.count + Self.escapedSize(date) }
        switch kind {
        case .standard:
            if let links = entry.links { return size + links.size }
            let fixed = "    <xhtml:link rel=\"alternate\" hreflang=\"\" href=\"\"/>\n".utf8.count
            for alternate in entry.alternates {
                size += fixed + Self.escapedSize(alternate.hreflang) + Self.escapedSize(alternate.href)
            }
        case .baidu:
            size += "    <mobile:mobile type=\"pc,mobile\"/>\n".utf8.count
        }
        return size
    }

    /// The UTF-8 size of text once escaped for XML.
    static func escapedSize(_ text: String) -> Int {
        var size = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): size += 5
            case UInt8(ascii: "<"), UInt8(ascii: ">"): size += 4
            case UInt8(ascii: "\""): size += 6
            case UInt8(ascii: "'"): size += 5
            default: size += 1
            }
        }
        return size
    }

    private var header: String {
        switch kind {
        case .standard:
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        case .baidu:
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:mobile=\"http://www.baidu.com/schemas/sitemap-mobile/1/\">\n"
        }
    }

    private static let footer = "</urlset>\n"

    private func item(_ entry: Entry) -> String {
        var text = "  <url>\n    <loc>\(Self.escape(entry.url))</loc>\n"
        if let date = entry.lastModified { text += "    <lastmod>\(Self.escape(date))</lastmod>\n" }
        switch kind {
        case .standard:
            if let links = entry.links {
                precondition(links.text != nil, "a sitemap entry's prepared links are written without their text")
                text += links.text ?? ""
            } else {
                text += Self.links(entry.alternates)
            }
        case .baidu:
            text += "    <mobile:mobile type=\"pc,mobile\"/>\n"
        }
        return text + "  </url>\n"
    }

    /// The standard sitemap's `xhtml:link` lines for a URL's hreflang cluster, as an entry's item has them.
    static func links(_ alternates: [PageHead.Alternate]) -> String {
        var text = ""
        for alternate in alternates {
            text += "    <xhtml:link rel=\"alternate\" hreflang=\"\(escape(alternate.hreflang))\" href=\"\(escape(alternate.href))\"/>\n"
        }
        return text
    }

    /// Escapes text for XML content and attributes: the same five characters as for HTML, and
    /// `&#39;` is as valid in XML as in HTML.
    static func escape(_ text: String) -> String { HTMLEscaper.escape(text) }
}
