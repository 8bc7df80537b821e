/// The schema.org `Product` with its `Offer` in the market's currency, as JSON-LD for a page.
public struct ProductStructuredData: Sendable, Equatable {
    public var name: String
    public var description: String
    public var images: [String]
    public var sku: String
    public var url: String
    /// The price as a plain decimal number in the market's currency: the amount the page shows.
    public var price: String
    /// ISO 4217.
    public var currency: String
    public var isInStock: Bool

    public init(
        name: String,
        description: String,
        images: [String],
        sku: String,
        url: String,
        price: String,
        currency: String,
        isInStock: Bool
    ) {
        self.name = name
        self.description = description
        self.images = images
        self.sku = sku
        self.url = url
        self.price = price
        self.currency = currency
        self.isInStock = isInStock
    }

    /// The JSON-LD text, safe inside `<script>`: `<`, `>` and `&` in strings become `\u003c`,
    /// `\u003e` and `\u0026`, so no value can close the script (`</script>`) or open a comment, and
    /// U+2028 and U+2029 are escaped.
    public var scriptText: String {
        // Written straight into one string, in the order and form `JSONText.compact` gives the same document:
        // every page has one, and the tree of enums and arrays cost more than the text.
        var json = ""
        json.reserveCapacity(512 + name.utf8.count + description.utf8.count + url.utf8.count + images.count * 96)
        json += #"{"@context":"https://schema.org","@type":"Product","name":"#
        JSONText.escape(name, into: &json)
        if !images.isEmpty {
            json += #","image":["#
            for (index, image) in images.enumerated() {
                if index > 0 { json += "," }
                JSONText.escape(image, into: &json)
            }
            json += "]"
        }
        if !description.isEmpty {
            json += #","description":"#
            JSONText.escape(description, into: &json)
        }
        json += #","sku":"#
        JSONText.escape(sku, into: &json)
        json += #","offers":{"@type":"Offer","price":"#
        json += price
        json += #","priceCurrency":"#
        JSONText.escape(currency, into: &json)
        json += #","availability":"#
        json += isInStock ? #""https://schema.org/InStock""# : #""https://schema.org/OutOfStock""#
        json += #","url":"#
        JSONText.escape(url, into: &json)
        json += "}}"
        return JSONText.scriptSafe(json)
    }
}
