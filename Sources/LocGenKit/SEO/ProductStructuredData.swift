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
        var members: [(String, JSONText)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("Product")),
            ("name", .string(name)),
        ]
        if !images.isEmpty { members.append(("image", .array(images.map(JSONText.string)))) }
        if !description.isEmpty { members.append(("description", .string(description))) }
        members.append(("sku", .string(sku)))
        members.append((
            "offers",
            .object([
                ("@type", .string("Offer")),
                ("price", .number(price)),
                ("priceCurrency", .string(currency)),
                ("availability", .string(isInStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock")),
                ("url", .string(url)),
            ])
        ))
        return JSONText.object(members).scriptSafe
    }
}
