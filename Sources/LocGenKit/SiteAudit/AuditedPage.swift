/// What `locgen seo check` reads from one HTML page: its language, canonical and hreflang links,
/// robots meta and JSON-LD, each with the byte offset it was found at.
struct AuditedPage: Sendable {
    /// One `<link rel="alternate" hreflang>`.
    struct Alternate: Sendable, Equatable {
        var code: String
        var href: String
        var offset: Int

        var isXDefault: Bool { code.lowercased() == "x-default" }
    }

    /// A value with where it was found.
    struct Located: Sendable, Equatable {
        var value: String
        var offset: Int
    }

    /// The path relative to the audited folder, with `/`.
    var path: String
    var lines: LineTable
    var lang: Located?
    /// The offset of `<html>`, or of the first byte when there is none.
    var htmlOffset: Int
    var canonicals: [Located] = []
    var alternates: [Alternate] = []
    /// The text of each `<script type="application/ld+json">`, at its content's offset.
    var jsonLD: [Located] = []
    /// `<meta name="robots" content="noindex">`: the page asks not to be indexed.
    var isNoindex = false

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.lines = LineTable(bytes)
        self.htmlOffset = 0
        for tag in HTMLTagScanner.tags(in: bytes) {
            read(tag)
        }
    }

    private mutating func read(_ tag: HTMLTagScanner.Tag) {
        switch tag.name {
        case "html":
            htmlOffset = tag.offset
            if lang == nil, let attribute = tag.attribute("lang") {
                lang = Located(value: attribute.value.trimmingHTMLSpace, offset: attribute.offset)
            }
        case "link":
            let relations = Set((tag.attribute("rel")?.value ?? "").lowercased().split(whereSeparator: \.isWhitespace))
            guard let href = tag.attribute("href") else { return }
            if relations.contains("canonical") {
                canonicals.append(Located(value: href.value.trimmingHTMLSpace, offset: href.offset))
            }
            if relations.contains("alternate"), let code = tag.attribute("hreflang") {
                alternates.append(Alternate(code: code.value.trimmingHTMLSpace, href: href.value.trimmingHTMLSpace, offset: code.offset))
            }
        case "meta":
            let name = tag.attribute("name")?.value.lowercased().trimmingHTMLSpace
            let content = tag.attribute("content")?.value.lowercased() ?? ""
            let directives = content.split(separator: ",").map { String($0).trimmingHTMLSpace }
            if name == "robots", directives.contains("noindex") || directives.contains("none") {
                isNoindex = true
            }
        case "script":
            let type = (tag.attribute("type")?.value ?? "").lowercased().split(separator: ";").first.map { String($0).trimmingHTMLSpace }
            if type == "application/ld+json", let content = tag.content, let offset = tag.contentOffset {
                jsonLD.append(Located(value: content, offset: offset))
            }
        default:
            break
        }
    }

    /// The location of a byte offset, for a diagnostic.
    func location(of offset: Int) -> SourceLocation {
        lines.position(of: offset).location(in: path)
    }
}
