/// The schema.org `BreadcrumbList` of a page, as JSON-LD: the trail from the market's home to the page.
public struct BreadcrumbStructuredData: Sendable, Equatable {
    /// One step of the trail: its name as the page shows it and its absolute URL.
    public struct Crumb: Sendable, Equatable {
        public var name: String
        public var url: String

        public init(name: String, url: String) {
            self.name = name
            self.url = url
        }
    }

    /// The steps, from the home page to the page itself.
    public var crumbs: [Crumb]

    public init(crumbs: [Crumb]) {
        self.crumbs = crumbs
    }

    /// The JSON-LD text, safe inside `<script>`; `position` counts from 1 as schema.org asks.
    public var scriptText: String {
        // Written straight into one string, in the order and form `JSONText.compact` gives the same document:
        // every page has one, and the tree of enums and arrays cost more than the text.
        var json = ""
        json.reserveCapacity(160 + crumbs.reduce(0) { $0 + 64 + $1.name.utf8.count + $1.url.utf8.count })
        json += #"{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":["#
        for (offset, crumb) in crumbs.enumerated() {
            if offset > 0 { json += "," }
            json += #"{"@type":"ListItem","position":"#
            json += String(offset + 1)
            json += #","name":"#
            JSONText.escape(crumb.name, into: &json)
            json += #","item":"#
            JSONText.escape(crumb.url, into: &json)
            json += "}"
        }
        json += "]}"
        return JSONText.scriptSafe(json)
    }
}
