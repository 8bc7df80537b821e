/// What `locgen seo check` reads from one HTML page: its language, canonical and hreflang links,
/// robots meta and JSON-LD, each with where it was found.
///
/// Only these are kept, with the line and column and the text of their line, not the page itself:
/// a site of 300,000 pages must not be held in memory.
struct AuditedPage: Sendable {
    /// Where something was found: its line and column, and the text of that line for the caret.
    struct Place: Sendable, Equatable {
        var position: TextPosition
        var sourceLine: String?
    }

    /// One `<link rel="alternate" hreflang>`.
    struct Alternate: Sendable, Equatable {
        var code: String
        var href: String
        var place: Place

        var isXDefault: Bool { code.lowercased() == "x-default" }
    }

    /// A value with where it was found.
    struct Located: Sendable, Equatable {
        var value: String
        var place: Place
    }

    /// The text of a `<script type="application/ld+json">`, where it starts, and the lines it spans.
    struct Script: Sendable, Equatable {
        var value: String
        var start: TextPosition
        var sourceLines: [String?]

        /// The text of a line of the page inside the script, for the caret.
        func sourceLine(_ line: Int) -> String? {
            let index = line - start.line
            return sourceLines.indices.contains(index) ? sourceLines[index] : nil
        }
    }

    /// The path relative to the audited folder, with `/`.
    var path: String
    var lang: Located?
    /// Where `<html>` is, or the first line when there is none.
    var htmlPlace: Place
    var canonicals: [Located] = []
    var alternates: [Alternate] = []
    var jsonLD: [Script] = []
    /// `<meta name="robots" content="noindex">`: the page asks not to be indexed.
    var isNoindex = false

    init(path: String, bytes: [UInt8]) {
        self.path = path
        let lines = LineTable(bytes)
        self.htmlPlace = Place(position: .start, sourceLine: lines.line(1))
        for tag in HTMLTagScanner.tags(in: bytes) {
            read(tag, lines: lines)
        }
    }

    private static func place(_ offset: Int, _ lines: LineTable) -> Place {
        let position = lines.position(of: offset)
        return Place(position: position, sourceLine: lines.line(position.line))
    }

    private mutating func read(_ tag: HTMLTagScanner.Tag, lines: LineTable) {
        switch tag.name {
        case "html":
            htmlPlace = Self.place(tag.offset, lines)
            if lang == nil, let attribute = tag.attribute("lang") {
                lang = Located(value: attribute.value.trimmingHTMLSpace, place: Self.place(attribute.offset, lines))
            }
        case "link":
            let relations = Set((tag.attribute("rel")?.value ?? "").lowercased().split(whereSeparator: \.isWhitespace))
            guard let href = tag.attribute("href") else { return }
            if relations.contains("canonical") {
                canonicals.append(Located(value: href.value.trimmingHTMLSpace, place: Self.place(href.offset, lines)))
            }
            if relations.contains("alternate"), let code = tag.attribute("hreflang") {
                alternates.append(
                    Alternate(code: code.value.trimmingHTMLSpace, href: href.value.trimmingHTMLSpace, place: Self.place(code.offset, lines))
                )
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
                let start = lines.position(of: offset)
                let end = lines.position(of: offset + content.utf8.count)
                let spanned = (start.line...end.line).map { lines.line($0) }
                jsonLD.append(Script(value: content, start: start, sourceLines: spanned))
            }
        default:
            break
        }
    }
}
