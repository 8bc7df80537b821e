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
        let items: [JSONText] = crumbs.enumerated().map { offset, crumb in
            .object([
                ("@type", .string("ListItem")),
                ("position", .int(offset + 1)),
                ("name", .string(crumb.name)),
                ("item", .string(crumb.url)),
            ])
        }
        return JSONText.object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("BreadcrumbList")),
            ("itemListElement", .array(items)),
        ]).scriptSafe
    }
}
